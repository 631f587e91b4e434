using Hengnan.Report.Edition;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Compose;

/// <summary>Sets short texts (titles, labels, page numbers) as paragraphs of their own, for fixed designs.</summary>
public static class LineSetter
{
    /// <param name="at">Where the text was written, for a problem found while setting it (a word wider than the column).</param>
    /// <param name="origins">Where each piece of <paramref name="text"/> was written, to the character (see <see cref="Paragraph.Origins"/>).</param>
    public static Paragraph Text(string text, TextStyle style, Language language, TextAlign align = TextAlign.Left, float leading = 1.35f,
        StructureRole role = StructureRole.P, SourceLocation? at = null, IReadOnlyList<TextOrigin>? origins = null) =>
        new([new TextSpan(text, style)], Typography.Line(language, style.Size, align, leading)) { Role = role, Origin = at, Origins = origins };

    /// <param name="at">Where the text was written, for a problem found while setting it (a word wider than the column).</param>
    public static Paragraph Spans(IReadOnlyList<TextSpan> spans, Language language, TextAlign align = TextAlign.Left, float leading = 1.35f,
        StructureRole role = StructureRole.P, SourceLocation? at = null) =>
        new(spans, Typography.Line(language, spans.Max(s => s.Style.Size), align, leading)) { Role = role, Origin = at };

    /// <summary>
    /// A short text that must fit its place in at most <paramref name="maxLines"/> lines of
    /// <paramref name="width"/> (a running head, a contents entry, a cover title): set at its size if it
    /// fits, else smaller in steps down to <paramref name="minScale"/> of it; if even that does not fit,
    /// a located error (LAY010) — it never overprints what is below it. <paramref name="key"/> is the error's
    /// message in the catalogue, which names the place (LAY010.cover: "the cover title …"). Lines already set are
    /// taken from <paramref name="lines"/> when given (a text repeated on every page is set once).
    /// </summary>
    public static Paragraph Fit(IReadOnlyList<TextSpan> spans, Language language, TextAlign align, float leading, StructureRole role,
        float width, int maxLines, float minScale, ICollection<LayoutProblem> problems, SourceLocation? at, string key, LineCache? lines = null)
    {
        Paragraph? last = null;
        for (float scale = 1; scale >= minScale - 0.001f; scale -= 0.05f)
        {
            var scaled = spans.Select(s => s with { Style = s.Style with { Size = s.Style.Size * scale } }).ToList();
            last = new Paragraph(scaled, Typography.Line(language, scaled.Max(s => s.Style.Size), align, leading)) { Role = role, Origin = at };
            var scratch = new List<LayoutProblem>();
            // A line wider than the room (a word that cannot be broken) does not fit either: it would run over what is beside it.
            if (last.Lines(width, scratch, lines).Count <= maxLines && !scratch.Any(p => p.Key == "LAY001.line")) return last;
        }
        var text = string.Concat(spans.Select(s => s.Text));
        var message = Msg.Of(key, text.Length > 30 ? text[..30] + "…" : text, maxLines, $"{width / PaperSize.PointsPerMm:0}", $"{minScale * 100:0}");
        problems.Add(new LayoutProblem(message.In(UiLanguage.En), at, "LAY010") { Key = key, Args = message.Args });
        return last!;
    }

    /// <summary>The visuals of a text set in <paramref name="width"/>, placed at (x, y) as one fragment carrying the paragraph's structure node, and its height.</summary>
    public static (List<Placed> Items, float Height, float NaturalWidth) Place(Paragraph paragraph, float x, float y, float width, ICollection<LayoutProblem> problems,
        LineCache? cache = null)
    {
        var lines = new List<Placed>();
        float top = 0;
        float natural = 0;
        foreach (var line in paragraph.Lines(width, problems, cache))
        {
            lines.Add(new Placed(0, top, new FragmentVisual(new Fragment(width, line.Height, line.Items))));
            top += line.Height;
            natural = Math.Max(natural, line.Width);
        }
        var fragment = new Fragment(width, top, lines) { Node = paragraph.Node };
        return ([new Placed(x, y, new FragmentVisual(fragment))], top, natural);
    }
}
