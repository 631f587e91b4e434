namespace Hengnan.Report.Content;

public sealed record LiteralText(string Text) : TextPart
{
    /// <summary>Where the text starts in the outline (for checks on typed figures).</summary>
    public SourceLocation? Location { get; init; }
}
