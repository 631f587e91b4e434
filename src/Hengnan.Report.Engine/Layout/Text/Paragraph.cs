using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout.Text;

/// <summary>
/// A paragraph as a layout element. Lines are set once for the column width; the paragraph then
/// splits between lines, never leaving fewer than <see cref="ParagraphStyle.MinLinesAtEdge"/> lines
/// at the bottom of a region (orphan) or at the top of the next (widow).
/// </summary>
public sealed class Paragraph : Element
{
    private readonly IReadOnlyList<TextSpan> _spans;
    private IReadOnlyList<TextLine>? _lines;
    private IReadOnlyList<LayoutProblem> _problems = [];
    private float _width = -1;
    private readonly int _firstLine;

    public Paragraph(IReadOnlyList<TextSpan> spans, ParagraphStyle style)
    {
        _spans = spans;
        Style = style;
    }

    private Paragraph(Paragraph whole, int firstLine)
    {
        _spans = whole._spans;
        Style = whole.Style;
        _lines = whole._lines;
        _problems = whole._problems;
        _width = whole._width;
        _firstLine = firstLine;
        Origin = whole.Origin;
        Origins = whole.Origins;
        Role = whole.Role;
        _node = whole.Node;
    }

    /// <summary>Where the paragraph's text was written (for problems found while setting it).</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>
    /// Where each piece of the text was written, in order of <see cref="TextOrigin.Start"/>: a problem at a character
    /// (<see cref="LayoutProblem.Offset"/>) is said at that character's line and column; without, at <see cref="Origin"/>.
    /// </summary>
    public IReadOnlyList<TextOrigin>? Origins { get; init; }

    /// <summary>Where the character at <paramref name="offset"/> of the text was written, as near as <see cref="Origins"/> tell.</summary>
    private SourceLocation? Locate(int? offset)
    {
        if (offset is not { } at || Origins is null) return Origin;
        var piece = Origins.LastOrDefault(o => o.Start <= at);
        if (piece is null) return Origin;
        return piece.Exact ? piece.At with { Column = piece.At.Column + (at - piece.Start) } : piece.At;
    }

    public ParagraphStyle Style { get; }

    /// <summary>What the paragraph is in the document's structure: a paragraph (P), a heading, a caption, or page furniture (Artifact).</summary>
    public StructureRole Role { get; init; } = StructureRole.P;

    private StructureNode? _node;

    /// <summary>The structure node of the whole paragraph, shared by the parts it splits into.</summary>
    public StructureNode Node => _node ??= Role == StructureRole.Artifact ? StructureNode.Artifact : new StructureNode(Role, null, Style.Language.Tag());

    public override string Describe() => $"paragraph \"{(Text.Length > 20 ? Text[..20] + "…" : Text)}\"";

    public string Text => string.Concat(_spans.Select(s => s.Text));

    /// <param name="cache">Where paragraphs already set are kept; by default the current layout context's (none outside layout).</param>
    public IReadOnlyList<TextLine> Lines(float width, ICollection<LayoutProblem> problems, LineCache? cache = null)
    {
        if (_lines is null || Math.Abs(width - _width) > 0.01f)
        {
            cache ??= LayoutContext.Current?.Lines;
            var found = new List<LayoutProblem>();
            _lines = cache is null ? ParagraphLayouter.Lay(_spans, Style, width, found) : cache.Get(_spans, Style, width, found);
            _problems = found.Select(problem => problem with { At = problem.At ?? Locate(problem.Offset) }).ToList();
            _width = width;
        }
        // Said to every caller, not only the first: lines measured first (with problems set aside) and placed later
        // must not lose the problem of a line wider than its column, or the text would overprint without a word.
        foreach (var problem in _problems) problems.Add(problem);
        return _lines;
    }

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        var lines = Lines(width, context.Problems, context.Lines);
        int remaining = lines.Count - _firstLine;
        if (remaining <= 0) return LayoutResult.Full(Fragment.Empty(width));
        int fit = (int)Math.Floor((height + 0.01f) / Style.Leading);
        if (fit >= remaining) return LayoutResult.Full(Build(lines, _firstLine, remaining, width));

        int edge = Style.MinLinesAtEdge;
        int take = fit;
        if (remaining - take < edge) take = remaining - edge;   // widow: keep lines for the next region
        if (take < Math.Min(edge, remaining))                   // orphan: too few lines would stay here
        {
            if (!context.AtRegionTop) return LayoutResult.Nothing;
            take = Math.Max(1, fit);
        }
        if (take <= 0) return context.AtRegionTop ? Forced() : LayoutResult.Nothing;
        return LayoutResult.Partial(Build(lines, _firstLine, take, width), new Paragraph(this, _firstLine + take));

        LayoutResult Forced()
        {
            context.Problems.Add(new LayoutProblem($"no line of \"{Text[..Math.Min(20, Text.Length)]}\" fits the page")
                { Key = "LAY001.paragraph", Args = [Text[..Math.Min(20, Text.Length)]] });
            return LayoutResult.Full(Build(lines, _firstLine, remaining, width));
        }
    }

    private Fragment Build(IReadOnlyList<TextLine> lines, int from, int count, float width)
    {
        var items = new List<Placed>();
        float y = 0;
        for (int i = from; i < from + count; i++)
        {
            items.Add(new Placed(0, y, new FragmentVisual(new Fragment(width, lines[i].Height, lines[i].Items))));
            y += lines[i].Height;
        }
        return new Fragment(width, y, items) { Node = Node };
    }
}
