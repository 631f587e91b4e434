using System.Numerics;
using Hengnan.Report.Content;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Compose;

/// <summary>
/// Running heads and folios: the current section's title (Chinese, English smaller) at the top
/// outer corner with a hairline under it, the page number at the bottom outer corner. Mirrored on
/// left and right pages; none on covers and front matter pages. A draft is marked 样稿 DRAFT across every page.
/// </summary>
public sealed class PageDecorator(Typography type, LanguageMode mode, EditionSettings settings, ICollection<LayoutProblem> problems)
{
    // Every page sets the same few lines (the edition's title at the foot, its section's title at the head): each is
    // set once and its lines reused, as the layout reuses a paragraph's (a long build set them once a page).
    private readonly LineCache _lines = new();

    /// <summary>Cores the pages are decorated on (each page's heads and folio are its own; problems keep page order).</summary>
    public int Cores { get; init; } = 1;

    /// <param name="origins">Where each titled part was written, for a title too long for the running head.</param>
    public void Decorate(IReadOnlyList<PageModel> pages, IReadOnlyDictionary<string, BilingualText> titles,
        IReadOnlyDictionary<string, SourceLocation>? origins = null, IReadOnlyDictionary<string, string>? numbers = null)
    {
        // The part each page is in (the last titled anchor up to it), found in page order first ...
        var parts = new (BilingualText? Title, SourceLocation? Origin, string? Number)[pages.Count];
        BilingualText? current = null;
        SourceLocation? origin = null;
        string? number = null;
        for (int i = 0; i < pages.Count; i++)
        {
            foreach (var anchor in pages[i].Anchors)
                if (titles.TryGetValue(anchor, out var t))
                {
                    current = t;
                    origin = origins?.GetValueOrDefault(anchor);
                    number = numbers?.GetValueOrDefault(anchor);
                }
            parts[i] = (current, origin, number);
        }
        // ... then every page decorated on its own, on all cores (lines come from the shared cache), and what did not
        // fit reported in page order, as one page after another would.
        var found = new List<LayoutProblem>[pages.Count];
        OrderedParallel.For(pages.Count, Cores, i =>
        {
            var own = found[i] = new List<LayoutProblem>();
            var page = pages[i];
            if (page.IsBlank) return;
            if (page.Template.Kind is PageKind.FrontMatter or PageKind.BackMatter) Folio(page, own);
            if (!page.Template.RunningHeads) return;
            Folio(page, own);
            // The page that opens a section carries no running head: its opener says it louder.
            bool opens = page.Anchors.Any(titles.ContainsKey);
            if (parts[i].Title is { } title && !opens) Head(page, title, parts[i].Origin, parts[i].Number, own);
        });
        foreach (var list in found)
            foreach (var problem in list) problems.Add(problem);
    }

    private TextStyle Sans(float size, Color color) => type.Sans with { Size = size, Color = color };

    private void Head(PageModel page, BilingualText title, SourceLocation? origin, string? number, ICollection<LayoutProblem> problems)
    {
        var r = page.BodyRect;
        var spans = new List<TextSpan>();
        // The section's number as the opener and the contents print it ("01").
        if (number is not null) spans.Add(new TextSpan(number + "  ", type.SansBold with { Size = 8.5f, Color = type.Palette.Primary }));
        if (mode != LanguageMode.En) spans.Add(new TextSpan(title.Zh, Sans(8.5f, type.Palette.Text)));
        if (mode == LanguageMode.Bilingual) spans.Add(new TextSpan("  ", Sans(7.5f, type.Palette.Muted)));
        if (mode != LanguageMode.Zh) spans.Add(new TextSpan(title.En, Sans(7.5f, type.Palette.Muted)));
        var align = page.IsLeft ? TextAlign.Left : TextAlign.Right;
        // One line above the rule: a long title is set smaller, never run into the rule.
        var para = LineSetter.Fit(spans, mode == LanguageMode.En ? Language.En : Language.Zh, align, 1.35f, StructureRole.P,
            r.Width, 1, 0.75f, problems, origin, "LAY010.head", _lines);
        float y = r.Top - 34;
        page.Overlay.AddRange(LineSetter.Place(para, r.Left, y, r.Width, problems, _lines).Items);
        page.Overlay.Add(new Placed(r.Left, r.Top - 16, PathVisual.Line(r.Width, 0, type.Palette.Muted.Tinted(0.47f), 0.4f)));
    }

    private void Folio(PageModel page, ICollection<LayoutProblem> problems)
    {
        var r = page.BodyRect;
        var number = page.Label;
        var align = page.IsLeft ? TextAlign.Left : TextAlign.Right;
        var folio = LineSetter.Text(number, type.SansBold with { Size = 9, Color = type.Palette.Primary }, Language.En, align);
        float y = r.Bottom + 26;
        page.Overlay.AddRange(LineSetter.Place(folio, r.Left, y, r.Width, problems, _lines).Items);
        var runningTitle = mode == LanguageMode.En ? settings.Title.En : settings.Title.Zh;
        // The edition's title shares the foot line with the folio: it keeps clear of the folio's side.
        const float folioRoom = 60;
        var inner = LineSetter.Fit([new TextSpan(runningTitle, Sans(7, type.Palette.Muted))], mode == LanguageMode.En ? Language.En : Language.Zh,
            page.IsLeft ? TextAlign.Right : TextAlign.Left, 1.35f, StructureRole.P, r.Width - folioRoom, 1, 0.8f, problems,
            settings.Locations.GetValueOrDefault(mode == LanguageMode.En ? "title.en" : "title.zh"), "LAY010.foot", _lines);
        page.Overlay.AddRange(LineSetter.Place(inner, page.IsLeft ? r.Left + folioRoom : r.Left, y + 1, r.Width - folioRoom, problems, _lines).Items);
    }

    /// <summary>The words of the draft mark: 样稿 in a Chinese edition, DRAFT in an English one, both in the bilingual.</summary>
    public string DraftWords => mode switch { LanguageMode.Zh => "样稿", LanguageMode.En => "DRAFT", _ => "样稿 DRAFT" };

    /// <summary>
    /// Marks every page, blank ones and the covers included, as a draft: <see cref="DraftWords"/> across the page
    /// from the lower left to the upper right, in a light tint of the edition's main colour, drawn over the page art
    /// and under the body so the text stays legible. The words are drawn as shapes in a watermark artifact, written once for all pages: they
    /// are seen (on screen, on paper, at the print shop) but not read out, extracted or searched as the brochure's text.
    /// </summary>
    public void MarkDraft(IReadOnlyList<PageModel> pages, PaperSize paper)
    {
        var face = type.Fonts["sans-zh-bold"];
        // Sized so the words span about 70 % of the page's diagonal, but never taller than a sixth of the page.
        float diagonal = MathF.Sqrt(paper.Width * paper.Width + paper.Height * paper.Height);
        var (_, unitWidth) = GlyphOutlines.Of(face, DraftWords, 1, Matrix3x2.Identity);
        float size = MathF.Min(0.7f * diagonal / unitWidth, paper.Height / 6);
        float width = unitWidth * size;
        var transform = Matrix3x2.CreateTranslation(-width / 2, 0.35f * size)
                        * Matrix3x2.CreateRotation(MathF.Atan2(-paper.Height, paper.Width))
                        * Matrix3x2.CreateTranslation(paper.Width / 2, paper.Height / 2);
        var (glyphs, _) = GlyphOutlines.Of(face, DraftWords, size, transform);
        var color = type.Palette.Primary.Tinted(0.16f);
        // One mark shared by every page: the PDF holds its outlines once (a form XObject), not once a page.
        var mark = new SharedVisual(new Fragment(paper.Width, paper.Height, glyphs.Select(g => new Placed(0, 0, new PathVisual(g, color))).ToList()));
        foreach (var page in pages)
            page.Watermark.Add(new Placed(0, 0, mark));
    }
}
