namespace Hengnan.Report.Edition;

/// <summary>A problem found in the input, located by file, line and column (1-based; 0 = unknown).</summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string? Hint = null)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var text = $"{where}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
        return Hint is null ? text : $"{text}\n  hint: {Hint}";
    }
}
