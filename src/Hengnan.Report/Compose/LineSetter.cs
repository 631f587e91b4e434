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

    /// <summary>
    /// A short text that must fit its place in at most <paramref name="maxLines"/> lines of
    /// <paramref name="width"/> (a running head, a contents entry, a cover title): set at its size if it
    /// fits, else smaller in steps down to <paramref name="minScale"/> of it; if even that does not fit,
    /// a located error (LAY010) — it never overprints what is below it.
    /// </summary>
    public static Paragraph Fit(IReadOnlyList<TextSpan> spans, Language language, TextAlign align, float leading, StructureRole role,
        float width, int maxLines, float minScale, ICollection<LayoutProblem> problems, SourceLocation? at, string what)
    {
        var scratch = new List<LayoutProblem>();
        Paragraph? last = null;
        for (float scale = 1; scale >= minScale - 0.001f; scale -= 0.05f)
        {
            var scaled = spans.Select(s => s with { Style = s.Style with { Size = s.Style.Size * scale } }).ToList();
            last = Spans(scaled, language, align, leading, role);
            if (last.Lines(width, scratch).Count <= maxLines) return last;
        }
        var text = string.Concat(spans.Select(s => s.Text));
        problems.Add(new LayoutProblem(
            $"{what} \"{(text.Length > 30 ? text[..30] + "…" : text)}\" is too long for its place (at most {maxLines} line{(maxLines > 1 ? "s" : "")} of {width / PaperSize.PointsPerMm:0} mm, even at {minScale:P0} of its size); shorten it",
            at, "LAY010")
        {
            Key = "LAY010",
            Args = [what, text.Length > 30 ? text[..30] + "…" : text, $"{maxLines}", $"{width / PaperSize.PointsPerMm:0}", $"{minScale * 100:0}"],
        });
        return last!;
    }

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
