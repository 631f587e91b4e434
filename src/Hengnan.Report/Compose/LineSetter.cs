using Hengnan.Report.Content;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Compose;

/// <summary>Sets short texts (titles, labels, page numbers) as paragraphs of their own, for fixed designs.</summary>
public static class LineSetter
{
    public static Paragraph Text(string text, TextStyle style, Language language, TextAlign align = TextAlign.Left, float leading = 1.35f) =>
        new([new TextSpan(text, style)], Typography.Line(language, style.Size, align, leading));

    public static Paragraph Spans(IReadOnlyList<TextSpan> spans, Language language, TextAlign align = TextAlign.Left, float leading = 1.35f) =>
        new(spans, Typography.Line(language, spans.Max(s => s.Style.Size), align, leading));

    /// <summary>The visuals of a text set in <paramref name="width"/>, placed at (x, y), and its height.</summary>
    public static (List<Placed> Items, float Height, float NaturalWidth) Place(Paragraph paragraph, float x, float y, float width, ICollection<LayoutProblem> problems)
    {
        var items = new List<Placed>();
        float top = y;
        float natural = 0;
        foreach (var line in paragraph.Lines(width, problems))
        {
            items.Add(new Placed(x, top, new FragmentVisual(new Fragment(width, line.Height, line.Items))));
            top += line.Height;
            natural = Math.Max(natural, line.Width);
        }
        return (items, top - y, natural);
    }
}
