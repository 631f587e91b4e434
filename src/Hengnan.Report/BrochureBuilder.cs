using System.Diagnostics;
using Hengnan.Report.Charts;
using Hengnan.Report.Compose;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Export;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Export.Png;
using Hengnan.Report.Fonts;
using Hengnan.Report.Preflight;

namespace Hengnan.Report;

/// <summary>
/// The whole pipeline: load and check the edition, compose the brochure, lay it out (again while the
/// contents page's page numbers move), subset the fonts, export the display lists to PDF (and
/// spreads and PNG previews), and write every file only when all of them are made — or write
/// nothing and say why. No process-wide state: builds may run side by side.
/// </summary>
public static class BrochureBuilder
{
    public static BuildResult Build(BuildRequest request)
    {
        request.Progress?.Begin(BuildStage.Load);
        try { return BuildAndTime(request); }
        finally { request.Progress?.End(); }
    }

    private static BuildResult BuildAndTime(BuildRequest request)
    {
        var timings = new Dictionary<string, TimeSpan>();
        var allocated = new Dictionary<string, long>();
        var clock = Stopwatch.StartNew();
        long heap = GC.GetTotalAllocatedBytes();
        void Lap(string stage)
        {
            timings[stage] = clock.Elapsed;
            long now = GC.GetTotalAllocatedBytes();
            allocated[stage] = now - heap;
            heap = now;
            clock.Restart();
        }

        // Start-up work that does not depend on the edition runs on the other core while the edition is read.
        TextData.Preload();
        var diagnostics = new DiagnosticBag();
        // The previous outputs a killed build had set aside are put back first, whatever this build then finds.
        if (request.WriteFiles)
        {
            try { OutputFiles.Recover(request.OutputFolder); }
            catch (OutputException e)
            {
                ReportOutput(diagnostics, e);
                return Failed(diagnostics, timings);
            }
        }
        var content = EditionLoader.Load(request.EditionFolder, diagnostics, request.Encoding, request.Final);
        Lap("load");
        if (content is null) return Failed(diagnostics, timings);
        if (HasCharts(content.Outline)) ChartDrawing.Prepare();
        request.Progress?.Begin(BuildStage.Layout);

        using var fonts = new FontLibrary(request.FontsFolder ?? FontLibrary.DefaultFolder, content.Settings.Fonts);
        var typography = new Typography(fonts, Palette.From(content.Settings.Colors), content.Settings.NeverHyphenate);
        return BuildWithFonts(request, content, fonts, typography, diagnostics, timings, Lap) with { Allocated = allocated };
    }

    /// <summary>A page less than this full, inside a flow (not a section's last page by design), is reported.</summary>
    public const float LeastFill = 0.4f;

    /// <summary>Warns of each page well short of full in the middle of a flow (a photo or chart group carried over).</summary>
    private static void ReportEmptyPages(IReadOnlyList<PageModel> pages, List<LayoutProblem> problems)
    {
        foreach (var page in pages.Where(p => !p.IsBlank && !p.EndsFlow))
        {
            float fill = page.Body.Height / page.BodyRect.Height;
            if (fill >= LeastFill) continue;
            var percent = Math.Round(fill * 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            problems.Add(new LayoutProblem($"page {page.Label} is only {percent} % full", null, "LAY020")
                { IsWarning = true, Key = "LAY020", Args = [page.Label, $"{page.Number}", percent] });
        }
    }

    private static BuildResult BuildWithFonts(BuildRequest request, EditionContent content, FontLibrary fonts, Typography typography,
        DiagnosticBag diagnostics, Dictionary<string, TimeSpan> timings, Action<string> Lap)
    {
        var settings = content.Settings;
        PaperSize.TryParse(settings.Paper, out var paper);

        var context = new LayoutContext();
        var problems = context.Problems;
        bool pdfx = request.PdfX || settings.PdfX;
        var composer = new BrochureComposer(content, typography, request.Mode, paper, problems) { ForPrint = pdfx, Cores = request.MaxDegreeOfParallelism };

        var (pages, labelRanges) = LayOut(composer, paper, context, request.Mode, request.Impose, request.MaxDegreeOfParallelism);
        var pageOf = AnchorPages(pages);
        ReportEmptyPages(pages, problems);
        Lap("layout");
        var (titles, numbers) = Decorate(content, typography, request.Mode, pages, problems, paper, request.MaxDegreeOfParallelism);

        foreach (var problem in problems.Distinct())
        {
            var at = problem.At;
            var file = at?.File ?? EditionLoader.Display(request.EditionFolder, EditionLoader.OutlineFile);
            // Said from the catalogue in either language; the engine's English Message is for its other users.
            var message = Msg.Of(problem.Key, [.. problem.Args]);
            if (problem.IsWarning) diagnostics.Warning(problem.Code, file, at?.Line ?? 0, at?.Column ?? 0, message);
            else diagnostics.Error(problem.Code, file, at?.Line ?? 0, at?.Column ?? 0, message);
        }
        if (diagnostics.HasErrors) return Failed(diagnostics, timings);

        request.Progress?.Begin(BuildStage.Fonts);
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
        var metadata = new PdfMetadata(title, author, subject, settings.Keywords, language.Tag(), settings.Date);
        request.Progress?.Begin(BuildStage.Pdf);
        var displayLists = PageModel.DisplayLists(pages, request.MaxDegreeOfParallelism);
        // PDF/X-4 for the print shop: the edition's printing condition, no RGB left, photos embedded at no more than 450 ppi.
        var intent = pdfx ? (settings.PrintCondition == "JapanColor2001Coated" ? PdfXOutputIntent.JapanColor2001Coated : PdfXOutputIntent.Fogra39) : null;
        var writing = new PdfWriteOptions(Math.Max(1, request.MaxDegreeOfParallelism));
        var pdf = PdfExporter.Write(new PdfDocumentRequest(PrintSheets.Booklet(displayLists, paper, marks), metadata)
        {
            Bookmarks = Bookmarks(content, request.Mode, pageOf, titles, numbers),
            PageLabels = labelRanges,
            PdfX = intent,
            PdfUA = request.PdfUA,
            MaxImagePpi = pdfx ? 450 : null,
        }, writing, out var written);
        Lap("pdf");
        ReportKeptImages(content.Outline, written, EditionLoader.Display(request.EditionFolder, EditionLoader.OutlineFile), diagnostics);
        // Each print file checks itself as the print shop's preflight would, before anything is written.
        var preflights = new Dictionary<string, PreflightReport>();
        void Preflight(string file, byte[] bytes, bool spreads)
        {
            request.Progress?.Begin(BuildStage.Preflight);
            var report = Hengnan.Report.Preflight.Preflighter.Check(bytes);
            // The printer spreads are for the press, not for readers: they are untagged and held to PDF/X-4 alone.
            if (spreads) report = new PreflightReport(report.Findings.Where(f => f.Standard == PreflightStandard.PdfX4));
            preflights[file] = report;
            foreach (var finding in report.Findings)
            {
                bool error = finding.Severity == Hengnan.Report.Preflight.PreflightSeverity.Error;
                var code = error ? "PRE001" : "PRE002";
                var key = spreads ? code + ".spreads" : code;
                // The finding's own words come from the preflighter in both languages: one argument worded per language.
                var text = new BilingualText(PreflightFormatter.Message(finding, chinese: true), PreflightFormatter.Message(finding, chinese: false));
                var message = finding.Page is { } page
                    ? Msg.Of(key + ".page", finding.Code, text, finding.Standard, page)
                    : Msg.Of(key, finding.Code, text, finding.Standard);
                if (error) diagnostics.Error(code, request.EditionFolder, 0, 0, message);
                else diagnostics.Warning(code, request.EditionFolder, 0, 0, message);
            }
            Lap(spreads ? "preflight spreads" : "preflight");
        }

        var name = request.Mode switch
        {
            LanguageMode.Zh => Path.GetFileNameWithoutExtension(settings.OutputName) + ".zh.pdf",
            LanguageMode.En => Path.GetFileNameWithoutExtension(settings.OutputName) + ".en.pdf",
            _ => settings.OutputName,
        };
        var path = Path.GetFullPath(Path.Combine(request.OutputFolder, name));
        // Every output is made in full before any file is moved into place.
        var outputs = new List<(string Path, byte[] Bytes)> { (path, pdf) };
        if (pdfx)
        {
            Preflight(path, pdf, spreads: false);
            if (diagnostics.HasErrors) return Failed(diagnostics, timings);
        }
        if (request.Impose)
        {
            request.Progress?.Begin(BuildStage.Spreads);
            var spreads = PdfExporter.Write(new PdfDocumentRequest(PrintSheets.Spreads(displayLists, paper), metadata with { Title = metadata.Title + " — printer spreads" })
            {
                Tagged = false,
                OpenTwoPagesWithBookmarks = false,
                PdfX = intent,
                MaxImagePpi = pdfx ? 450 : null,
            }, writing);
            var spreadsPath = Path.ChangeExtension(path, ".spreads.pdf");
            if (pdfx)
            {
                Lap("spreads");
                Preflight(spreadsPath, spreads, spreads: true);
                if (diagnostics.HasErrors) return Failed(diagnostics, timings);
            }
            outputs.Add((spreadsPath, spreads));
        }
        if (request.PreviewDpi > 0)
        {
            var stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(name));
            var previews = new byte[pages.Count][];
            request.Progress?.Begin(BuildStage.Previews, pages.Count);
            // One renderer per worker: renderers cache typefaces and images and are not shared.
            Parallel.For(0, pages.Count, () => new PngRenderer(), (i, _, renderer) =>
            {
                previews[i] = renderer.Render(displayLists[i], paper.Width, paper.Height, request.PreviewDpi);
                request.Progress?.Advance();
                return renderer;
            }, renderer => renderer.Dispose());
            for (int i = 0; i < pages.Count; i++) outputs.Add(($"{stem}-p{pages[i].Number:00}.png", previews[i]));
        }
        Lap("export");
        if (request.WriteFiles)
        {
            request.Progress?.Begin(BuildStage.Write);
            try
            {
                OutputFiles.Prepare(request.OutputFolder);
                OutputFiles.WriteAll(outputs);
            }
            catch (OutputException e)
            {
                // The user's to put right (a file where the folder goes, a folder in a file's place, no permission): said where.
                ReportOutput(diagnostics, e);
                return Failed(diagnostics, timings);
            }
            Lap("write");
        }
        return new BuildResult(path, diagnostics.Items, pages, pdf.LongLength, timings)
        {
            Files = request.WriteFiles ? outputs.Select(o => o.Path).ToList() : [],
            BlankPages = pages.Count(p => p.IsBlank),
            Draft = content.IsDraft,
            PaddingPages = request.Impose ? SaddleStitchImposition.Pad(pages).Count - pages.Count : 0,
            CreditsRunOn = composer.CreditsFollowClosing,
            Preflights = preflights,
        };
    }

    /// <summary>
    /// Lays the brochure out. Contents entries and cross references print page numbers that only the layout knows: lay
    /// out with placeholders, then again with the numbers found, until they no longer move (a longer number can reflow
    /// a paragraph). Converges in two passes for the sample; capped at four. Paragraphs are set once (the context's
    /// line cache), sections are laid out on <paramref name="cores"/> cores (the pages do not depend on it).
    /// </summary>
    internal static (List<PageModel> Pages, IReadOnlyList<PageLabelRange> Labels) LayOut(BrochureComposer composer, PaperSize paper,
        LayoutContext context, LanguageMode mode, bool impose, int cores)
    {
        var problems = context.Problems;
        (List<PageModel> Pages, IReadOnlyList<PageLabelRange> Labels) Passes()
        {
            List<PageModel> pages = [];
            IReadOnlyList<PageLabelRange> labelRanges = [];
            Dictionary<string, string>? labels = null;
            for (int pass = 0; pass < 4; pass++)
            {
                IReadOnlyList<PageRun> runs;
                // Composed in the document's context: what composing measures (a chart's head and labels) is set in its
                // line cache once, and the layout finds it there.
                using (LayoutContext.Enter(context)) runs = composer.Compose(labels);
                pages = Paginator.Paginate(runs, context, cores);
                labelRanges = PageNumbering.Assign(pages, mode);
                var found = AnchorLabels(pages);
                bool stable = labels is not null && found.Count == labels.Count && found.All(kv => labels.TryGetValue(kv.Key, out var v) && v == kv.Value);
                labels = found;
                if (stable) break;
                if (pass == 3) problems.Add(new LayoutProblem("page numbers in the contents and cross references did not settle after four layout passes") { Key = "LAY001.passes" });
            }
            return (pages, labelRanges);
        }
        var (pages, labelRanges) = Passes();
        // A saddle-stitched booklet is padded with blank pages to a multiple of four. Where the layout can
        // absorb them — the credits running on after the closing instead of on a page of their own — it does.
        if (impose && SaddleStitchImposition.Pad(pages).Count > pages.Count)
        {
            int before = problems.Count;
            composer.CreditsFollowClosing = true;
            var compact = Passes();
            if (SaddleStitchImposition.Pad(compact.Pages).Count < SaddleStitchImposition.Pad(pages).Count) (pages, labelRanges) = compact;
            else
            {
                composer.CreditsFollowClosing = false;
                problems.RemoveRange(before, problems.Count - before);
            }
        }
        return (pages, labelRanges);
    }

    /// <summary>Running heads, folios and section numbers on the laid-out pages; the titles and numbers the bookmarks use.</summary>
    internal static (Dictionary<string, BilingualText> Titles, Dictionary<string, string> Numbers) Decorate(EditionContent content, Typography typography,
        LanguageMode mode, IReadOnlyList<PageModel> pages, ICollection<LayoutProblem> problems, PaperSize paper, int cores = 1)
    {
        // One numbering scheme for the sections wherever they are named: "01" on the opener, in the
        // contents, in the running heads and in the bookmarks.
        var titles = new Dictionary<string, BilingualText>();
        var numbers = content.Outline.Sections.ToDictionary(s => BrochureComposer.SectionAnchor(s.Id), s => BrochureComposer.SectionNumber(s.Number));
        foreach (var s in content.Outline.Sections)
            titles[BrochureComposer.SectionAnchor(s.Id)] = s.Title;
        if (content.Outline.Intro is { } intro) titles[BrochureComposer.ForewordAnchor] = intro.Title;
        if (content.Outline.Closing is { } closing) titles[BrochureComposer.ClosingAnchor] = closing.Title;
        var origins = new Dictionary<string, SourceLocation>();
        foreach (var s in content.Outline.Sections) origins[BrochureComposer.SectionAnchor(s.Id)] = s.Location;
        if (content.Outline.Intro is { } i0) origins[BrochureComposer.ForewordAnchor] = i0.Location;
        if (content.Outline.Closing is { } c0) origins[BrochureComposer.ClosingAnchor] = c0.Location;
        var decorator = new PageDecorator(typography, mode, content.Settings, problems) { Cores = cores };
        decorator.Decorate(pages, titles, origins, numbers);
        // An edition with placeholders left is a draft (a final build has refused it by now): marked on every page, so it cannot go to the printer by mistake.
        if (content.IsDraft) decorator.MarkDraft(pages, paper);
        return (titles, numbers);
    }

    /// <summary>
    /// Warns of each photo the print file holds at more than its resolution limit because it could not be resampled
    /// (a CMYK JPEG would lose its inks): at the photo's place in the outline, with the pixel size that would do.
    /// </summary>
    private static void ReportKeptImages(Outline outline, PdfReport report, string outlineFile, DiagnosticBag diagnostics)
    {
        if (report.KeptOverLimit.Count == 0) return;
        var photos = outline.Sections.SelectMany(s => s.Numbers.Concat(s.Review))
            .Concat(outline.Intro?.Blocks ?? []).Concat(outline.Closing?.Blocks ?? []).OfType<PhotoBlock>().ToList();
        foreach (var image in report.KeptOverLimit)
        {
            var message = Msg.Of("IMG008", image.ImageName, $"{image.Ppi:0}", $"{image.MaxPpi:0}", image.WantedWidth, image.WantedHeight);
            foreach (var photo in photos.Where(p => p.File == image.ImageName).DefaultIfEmpty())
            {
                var at = photo?.Location;
                diagnostics.Warning("IMG008", at?.File ?? outlineFile, at?.Line ?? 0, at?.Column ?? 0, message);
            }
        }
    }

    /// <summary>Whether a chart stands anywhere in the outline (charts may stand in any block but the credits).</summary>
    private static bool HasCharts(Outline outline) =>
        outline.Sections.Any(s => s.Numbers.Concat(s.Review).OfType<ChartBlock>().Any())
        || (outline.Intro?.Blocks.OfType<ChartBlock>().Any() ?? false) || (outline.Closing?.Blocks.OfType<ChartBlock>().Any() ?? false);

    /// <summary>An output that could not be written, at the file or folder that stood in the way (WRT001–WRT005).</summary>
    private static void ReportOutput(DiagnosticBag diagnostics, OutputException e)
    {
        var code = e.Problem switch
        {
            OutputProblem.Folder => "WRT001",
            OutputProblem.FolderInPlace => "WRT002",
            OutputProblem.Write => "WRT003",
            OutputProblem.Replace => "WRT004",
            _ => "WRT005",
        };
        diagnostics.Error(code, e.Target, 0, 0, Msg.Of(code, e.Reason));
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
    private static List<PdfBookmark> Bookmarks(EditionContent content, LanguageMode mode, IReadOnlyDictionary<string, int> pageOf,
        IReadOnlyDictionary<string, BilingualText> titles, IReadOnlyDictionary<string, string> numbers)
    {
        string Text(BilingualText t) => mode switch { LanguageMode.Zh => t.Zh, LanguageMode.En => t.En, _ => $"{t.Zh} {t.En}" };
        var marks = new List<PdfBookmark>();
        void Add(string anchor, BilingualText title, List<PdfBookmark>? children = null)
        {
            var number = numbers.TryGetValue(anchor, out var no) ? no + " " : "";
            if (pageOf.TryGetValue(anchor, out var page)) marks.Add(new PdfBookmark(number + Text(title), page - 1, children ?? []));
        }
        Add(BrochureComposer.ForewordAnchor, titles.GetValueOrDefault(BrochureComposer.ForewordAnchor) ?? new BilingualText("序言", "Foreword"));
        foreach (var s in content.Outline.Sections)
        {
            var children = new List<PdfBookmark>();
            if (pageOf.TryGetValue(BrochureComposer.NumbersAnchor(s.Id), out var n))
                children.Add(new PdfBookmark(Text(content.Settings.NumbersLabel), n - 1, []));
            if (pageOf.TryGetValue(BrochureComposer.ReviewAnchor(s.Id), out var r))
                children.Add(new PdfBookmark(Text(content.Settings.ReviewLabel), r - 1, []));
            Add(BrochureComposer.SectionAnchor(s.Id), titles[BrochureComposer.SectionAnchor(s.Id)], children);
        }
        if (content.Outline.Closing is not null) Add(BrochureComposer.ClosingAnchor, titles[BrochureComposer.ClosingAnchor]);
        Add(BrochureComposer.ColophonAnchor, new BilingualText("编后记", "Credits"));
        return marks;
    }

    private static Dictionary<string, int> AnchorPages(IEnumerable<PageModel> pages)
    {
        var map = new Dictionary<string, int>();
        foreach (var page in pages)
            foreach (var anchor in page.Anchors) map.TryAdd(anchor, page.Number);
        return map;
    }

}
