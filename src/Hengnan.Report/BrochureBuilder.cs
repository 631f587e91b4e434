using System.Diagnostics;
using Hengnan.Report.Charts;
using Hengnan.Report.Compose;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Finish;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout;
using Hengnan.Report.Render;

namespace Hengnan.Report;

/// <summary>
/// The whole pipeline: load and check the edition, compose the brochure, lay it out (twice when the
/// contents page needs the final page numbers), subset the fonts, render with Skia, finish with
/// PDFsharp, and write the file atomically — or write nothing and say why.
/// </summary>
public static class BrochureBuilder
{
    private static int _builds;

    public static BuildResult Build(BuildRequest request)
    {
        var timings = new Dictionary<string, TimeSpan>();
        var clock = Stopwatch.StartNew();
        void Lap(string stage)
        {
            timings[stage] = clock.Elapsed;
            clock.Restart();
        }

        var diagnostics = new DiagnosticBag();
        var content = EditionLoader.Load(request.EditionFolder, diagnostics, request.Encoding);
        Lap("load");
        if (content is null) return Failed(diagnostics, timings);

        var settings = content.Settings;
        PaperSize.TryParse(settings.Paper, out var paper);
        using var fonts = new FontLibrary(request.FontsFolder ?? FontLibrary.DefaultFolder, settings.Fonts);
        var typography = new Typography(fonts, Palette.From(settings.Colors));
        int build = Interlocked.Increment(ref _builds);
        var chartFont = ChartFontResolver.Register(fonts["sans-zh"], build);
        var chartBold = ChartFontResolver.Register(fonts["sans-zh-bold"], build);

        var context = new LayoutContext();
        var problems = context.Problems;
        var composer = new BrochureComposer(content, typography, request.Mode, paper, chartFont, chartBold, problems);

        // Pass 1 with placeholder page numbers; pass 2 prints the real ones. The contents page has a
        // fixed number of entries, so the second pass cannot move a section; it is checked anyway.
        var pages = Paginator.Paginate(composer.Compose(null), paper, context);
        var pageOf = AnchorPages(pages);
        composer.Charts.Clear();
        pages = Paginator.Paginate(composer.Compose(pageOf), paper, context);
        var finalPageOf = AnchorPages(pages);
        if (!finalPageOf.OrderBy(kv => kv.Key).SequenceEqual(pageOf.OrderBy(kv => kv.Key)))
            problems.Add("the contents page changed the page numbers it lists");
        Lap("layout");

        var titles = new Dictionary<string, BilingualText>();
        foreach (var s in content.Outline.Sections)
            titles[BrochureComposer.SectionAnchor(s.Id)] = new BilingualText($"{ToChineseNumeral(s.Number)}、{s.Title.Zh}", s.Title.En);
        if (content.Outline.Intro is { } intro) titles[BrochureComposer.ForewordAnchor] = intro.Title;
        if (content.Outline.Closing is { } closing) titles[BrochureComposer.ClosingAnchor] = closing.Title;
        new PageDecorator(typography, request.Mode, settings, problems).Decorate(pages, titles);

        // Chart text is drawn by ScottPlot at render time: its glyphs must be in the subsets.
        foreach (var chart in composer.Charts)
            foreach (var text in chart.Texts) fonts["sans-zh-bold"].Reserve(text);
        fonts["sans-zh"].Reserve("0123456789.,%-");
        fonts["sans-zh-bold"].Reserve("0123456789.,%-");

        foreach (var problem in problems.Distinct())
            diagnostics.Error("LAY001", EditionLoader.Display(request.EditionFolder, EditionLoader.OutlineFile), 0, 0, problem);
        if (diagnostics.HasErrors) return Failed(diagnostics, timings);

        fonts.Seal();
        Lap("fonts");

        var language = request.Mode == LanguageMode.En ? Language.En : Language.Zh;
        var title = request.Mode switch
        {
            LanguageMode.Zh => $"{settings.Title.Zh}——{settings.Subtitle.Zh}",
            LanguageMode.En => $"{settings.Title.En}: {settings.Subtitle.En}",
            _ => $"{settings.Title.Zh}——{settings.Subtitle.Zh} / {settings.Title.En}: {settings.Subtitle.En}",
        };
        var author = request.Mode == LanguageMode.En ? settings.Author.En : request.Mode == LanguageMode.Zh ? settings.Author.Zh : $"{settings.Author.Zh} / {settings.Author.En}";
        var subject = request.Mode == LanguageMode.En ? settings.Congress.En : request.Mode == LanguageMode.Zh ? settings.Congress.Zh : $"{settings.Congress.Zh} / {settings.Congress.En}";
        var skia = PdfRenderer.WritePdf(pages, paper, new PdfRenderer.Metadata(title, author, subject, settings.Keywords, settings.Date));
        Lap("render");

        var bookmarks = new List<PdfFinisher.Bookmark>();
        foreach (var (anchor, page) in finalPageOf.OrderBy(kv => kv.Value))
        {
            if (!titles.TryGetValue(anchor, out var t))
                t = anchor == BrochureComposer.ColophonAnchor ? new BilingualText("编后记", "Credits") : null;
            if (t is null) continue;
            var text = request.Mode switch { LanguageMode.Zh => t.Zh, LanguageMode.En => t.En, _ => $"{t.Zh} {t.En}" };
            bookmarks.Add(new PdfFinisher.Bookmark(text, page - 1));
        }
        var pdf = PdfFinisher.Finish(skia, new PdfFinisher.Settings(title, author, subject, settings.Keywords,
            language == Language.Zh ? "zh-CN" : "en", settings.Date, bookmarks));
        Lap("finish");

        Directory.CreateDirectory(request.OutputFolder);
        var name = request.Mode switch
        {
            LanguageMode.Zh => Path.GetFileNameWithoutExtension(settings.OutputName) + ".zh.pdf",
            LanguageMode.En => Path.GetFileNameWithoutExtension(settings.OutputName) + ".en.pdf",
            _ => settings.OutputName,
        };
        var path = Path.GetFullPath(Path.Combine(request.OutputFolder, name));
        WriteAtomically(path, pdf);
        if (request.PreviewDpi > 0)
        {
            var stem = Path.Combine(request.OutputFolder, Path.GetFileNameWithoutExtension(name));
            foreach (var page in pages) PdfRenderer.WritePng(page, paper, $"{stem}-p{page.Number:00}.png", request.PreviewDpi);
        }
        Lap("write");
        return new BuildResult(path, diagnostics.Items, pages, pdf.LongLength, timings);
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Dictionary<string, TimeSpan> timings) =>
        new(null, diagnostics.Items, [], 0, timings);

    private static Dictionary<string, int> AnchorPages(IEnumerable<PageModel> pages)
    {
        var map = new Dictionary<string, int>();
        foreach (var page in pages)
            foreach (var anchor in page.Anchors) map.TryAdd(anchor, page.Number);
        return map;
    }

    /// <summary>Writes to a temporary file beside the target, then moves it over: a reader never sees half a PDF.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    internal static string ToChineseNumeral(int n) => n switch
    {
        1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", 10 => "十",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
