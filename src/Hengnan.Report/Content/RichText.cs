namespace Hengnan.Report.Content;

/// <summary>A paragraph's text in one language: literal parts and figure bindings.</summary>
public sealed record RichText(IReadOnlyList<TextPart> Parts, SourceLocation Location)
{
    public IEnumerable<FigureBinding> Bindings => Parts.OfType<FigureBinding>();
}
