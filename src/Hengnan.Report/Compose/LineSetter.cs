using Hengnan.Report.Layout;

namespace Hengnan.Report.Compose;

/// <summary>Sets short texts (titles, labels, page numbers) as paragraphs of their own, for fixed designs.</summary>
public static class LineSetter
{
    public static Paragraph Text(string text, TextStyle style, Language language, TextAlign align = TextAlign.Left, float leading = 1.35f,
        StructureRole role = StructureRole.P) =>
        new([new TextSpan(text, style)], Typography.Line(language, style.Size, align, leading)) { Role = role };

    public static Paragraph Spans(IReadOnlyList<TextSpan> spans, Language language, TextAlign align = TextAlign.Left, float leading = 1.35f,
        StructureRole role = StructureRole.P) =>
        new(spans, Typography.Line(language, spans.Max(s => s.Style.Size), align, leading)) { Role = role };

    /// <summary>The visuals of a text set in <paramref name="width"/>, placed at (x, y) as one fragment carrying the paragraph's structure node, and its height.</summary>
    public static (List<Placed> Items, float Height, float NaturalWidth) Place(Paragraph paragraph, float x, float y, float width, ICollection<LayoutProblem> problems)
    {
        var lines = new List<Placed>();
        float top = 0;
        float natural = 0;
        foreach (var line in paragraph.Lines(width, problems))
        {
            lines.Add(new Placed(0, top, new FragmentVisual(new Fragment(width, line.Height, line.Items))));
            top += line.Height;
            natural = Math.Max(natural, line.Width);
        }
        var fragment = new Fragment(width, top, lines) { Node = paragraph.Node };
        return ([new Placed(x, y, new FragmentVisual(fragment))], top, natural);
    }
}
