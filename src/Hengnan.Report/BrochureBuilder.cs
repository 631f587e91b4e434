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
    private static readonly object RenderGate = new();

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

        using var fonts = new FontLibrary(request.FontsFolder ?? FontLibrary.DefaultFolder, content.Settings.Fonts);
        var typography = new Typography(fonts, Palette.From(content.Settings.Colors));
        int build = Interlocked.Increment(ref _builds);
        var chartFont = ChartFontResolver.Register(fonts["sans-zh"], build);
        var chartBold = ChartFontResolver.Register(fonts["sans-zh-bold"], build);
        try
        {
            return BuildWithFonts(request, content, fonts, typography, chartFont, chartBold, diagnostics, timings, Lap);
        }
        finally
        {
            ChartFontResolver.Unregister(chartFont);
            ChartFontResolver.Unregister(chartBold);
        }
    }

    private static BuildResult BuildWithFonts(BuildRequest request, EditionContent content, FontLibrary fonts, Typography typography,
        string chartFont, string chartBold, DiagnosticBag diagnostics, Dictionary<string, TimeSpan> timings, Action<string> Lap)
    {
        var settings = content.Settings;
        PaperSize.TryParse(settings.Paper, out var paper);

        var context = new LayoutContext();
        var problems = context.Problems;
        var composer = new BrochureComposer(content, typography, request.Mode, paper, chartFont, chartBold, problems);

        // Contents entries and cross references print page numbers that only the layout knows: lay out
        // with placeholders, then again with the numbers found, until they no longer move (a longer
        // number can reflow a paragraph). Converges in two passes for the sample; capped at four.
        List<PageModel> pages = [];
        IReadOnlyList<PageLabelRange> labelRanges = [];
        Dictionary<string, string>? labels = null;
        for (int pass = 0; pass < 4; pass++)
        {
            composer.Charts.Clear();
            pages = Paginator.Paginate(composer.Compose(labels), paper, context);
            labelRanges = PageNumbering.Assign(pages, request.Mode);
            var found = AnchorLabels(pages);
            bool stable = labels is not null && found.Count == labels.Count && found.All(kv => labels.TryGetValue(kv.Key, out var v) && v == kv.Value);
            labels = found;
            if (stable) break;
            if (pass == 3) problems.Add(new LayoutProblem("page numbers in the contents and cross references did not settle after four layout passes"));
        }
        var pageOf = AnchorPages(pages);
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
        {
            var at = problem.At;
            var file = at?.File ?? EditionLoader.Display(request.EditionFolder, EditionLoader.OutlineFile);
            if (problem.IsWarning) diagnostics.Warning(problem.Code, file, at?.Line ?? 0, at?.Column ?? 0, problem.Message);
            else diagnostics.Error(problem.Code, file, at?.Line ?? 0, at?.Column ?? 0, problem.Message);
        }
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
        var marks = new PrintMarks(request.BleedMm * PaperSize.PointsPerMm, request.CropMarks);
        byte[] skia;
        // ScottPlot keeps process-wide font state; builds running side by side (tests, a host
        // application) render one at a time. A command-line build is alone anyway.
        lock (RenderGate)
            skia = PdfRenderer.WritePdf(pages, paper, new PdfRenderer.Metadata(title, author, subject, settings.Keywords, settings.Date), marks);
        Lap("render");

        var bookmarks = Bookmarks(content, request.Mode, pageOf, titles);
        var links = Links(pages, pageOf);
        var pdf = PdfFinisher.Finish(skia, new PdfFinisher.Settings(title, author, subject, settings.Keywords,
            language == Language.Zh ? "zh-CN" : "en", settings.Date, bookmarks, links, labelRanges, paper, marks));
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
        if (request.Impose)
        {
            byte[] spreads;
            lock (RenderGate)
                spreads = SaddleStitchImposition.WritePdf(pages, paper, new PdfRenderer.Metadata(title, author, subject, settings.Keywords, settings.Date));
            WriteAtomically(Path.ChangeExtension(path, ".spreads.pdf"), spreads);
        }
        if (request.PreviewDpi > 0)
        {
            var stem = Path.Combine(request.OutputFolder, Path.GetFileNameWithoutExtension(name));
            lock (RenderGate)
                foreach (var page in pages) PdfRenderer.WritePng(page, paper, $"{stem}-p{page.Number:00}.png", request.PreviewDpi);
        }
        Lap("write");
        return new BuildResult(path, diagnostics.Items, pages, pdf.LongLength, timings);
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Dictionary<string, TimeSpan> timings) =>
        new(null, diagnostics.Items, [], 0, timings);

    private static Dictionary<string, string> AnchorLabels(IEnumerable<PageModel> pages)
    {
        var map = new Dictionary<string, string>();
        foreach (var page in pages)
            foreach (var anchor in page.Anchors) map.TryAdd(anchor, page.Label);
        return map;
    }

    /// <summary>One bookmark per part and per subsection, in both languages, opening on the page where it is printed.</summary>
    private static List<PdfFinisher.Bookmark> Bookmarks(EditionContent content, LanguageMode mode, IReadOnlyDictionary<string, int> pageOf,
        IReadOnlyDictionary<string, BilingualText> titles)
    {
        string Text(BilingualText t) => mode switch { LanguageMode.Zh => t.Zh, LanguageMode.En => t.En, _ => $"{t.Zh} {t.En}" };
        var marks = new List<PdfFinisher.Bookmark>();
        void Add(string anchor, BilingualText title, List<PdfFinisher.Bookmark>? children = null)
        {
            if (pageOf.TryGetValue(anchor, out var page)) marks.Add(new PdfFinisher.Bookmark(Text(title), page - 1, children ?? []));
        }
        Add(BrochureComposer.ForewordAnchor, titles.GetValueOrDefault(BrochureComposer.ForewordAnchor) ?? new BilingualText("序言", "Foreword"));
        foreach (var s in content.Outline.Sections)
        {
            var children = new List<PdfFinisher.Bookmark>();
            if (pageOf.TryGetValue(BrochureComposer.NumbersAnchor(s.Id), out var n))
                children.Add(new PdfFinisher.Bookmark(Text(new BilingualText("数字力量", "By the Numbers")), n - 1, []));
            if (pageOf.TryGetValue(BrochureComposer.ReviewAnchor(s.Id), out var r))
                children.Add(new PdfFinisher.Bookmark(Text(new BilingualText("权威回顾", "Review")), r - 1, []));
            Add(BrochureComposer.SectionAnchor(s.Id), titles[BrochureComposer.SectionAnchor(s.Id)], children);
        }
        if (content.Outline.Closing is not null) Add(BrochureComposer.ClosingAnchor, titles[BrochureComposer.ClosingAnchor]);
        Add(BrochureComposer.ColophonAnchor, new BilingualText("编后记", "Credits"));
        return marks;
    }

    /// <summary>Every link area on every page (contents entries), with the page it leads to.</summary>
    private static List<PdfFinisher.Link> Links(IEnumerable<PageModel> pages, IReadOnlyDictionary<string, int> pageOf)
    {
        var links = new List<PdfFinisher.Link>();
        foreach (var page in pages)
            foreach (var (origin, visual) in page.Visuals())
                if (visual is LinkVisual link && pageOf.TryGetValue(link.Anchor, out var target))
                    links.Add(new PdfFinisher.Link(page.Number - 1, new SkiaSharp.SKRect(origin.X, origin.Y, origin.X + link.Width, origin.Y + link.Height), target - 1));
        return links;
    }

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

    internal static string ToChineseNumeral(int n) => ChineseNumeral.Format(n);
}
