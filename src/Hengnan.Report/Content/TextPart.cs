namespace Hengnan.Report.Content;

/// <summary>A piece of narrative: literal text, or a figure bound to the CSV.</summary>
public abstract record TextPart;

public sealed record LiteralText(string Text) : TextPart
{
    /// <summary>Where the text starts in the outline (for checks on typed figures).</summary>
    public SourceLocation? Location { get; init; }
}
