namespace Hengnan.Report.Layout;

/// <summary>Where something was written in the input: file, 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
