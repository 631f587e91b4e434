using Hengnan.Report.Cli;
using Hengnan.Report.Compose;
using Hengnan.Report.Edition;
using Hengnan.Report.Tests.Editions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>
/// build --final refuses an edition with placeholders; any other build of such an edition is a draft, marked
/// 样稿 DRAFT on every page — drawn, but as a watermark artifact, not as text of the brochure.
/// </summary>
public sealed class DraftTests
{
    // The synthetic small edition made complete: a real date and released for print (test fixture).
    private static readonly string CompleteSettings = SmallEdition.Settings + "\ndate: 2021-07-01\nstatus: final";

    /// <summary>Per page: the paths drawn in a /Pagination /Watermark artifact, and the page's extracted text.</summary>
    private static List<(IReadOnlyList<PdfPath> Mark, string Text, double Width, double Height)> Pages(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page =>
        {
            var marks = Flatten(page.GetMarkedContents()).OfType<ArtifactMarkedContentElement>()
                .Where(a => a.Type == ArtifactMarkedContentElement.ArtifactType.Pagination && a.SubType == "Watermark").ToList();
            Assert.All(marks, m => Assert.Empty(m.Letters));
            IReadOnlyList<PdfPath> paths = marks.SelectMany(m => m.Paths).ToList();
            return (paths, string.Concat(page.Letters.Select(l => l.Value)), page.Width, page.Height);
        }).ToList();
    }

    /// <summary>The form XObjects each page draws (their object numbers).</summary>
    private static List<HashSet<long>> FormsByPage(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        IToken Resolve(IToken token)
        {
            while (token is IndirectReferenceToken r) token = document.Structure.GetObject(r.Data).Data;
            return token;
        }
        return document.GetPages().Select(page =>
        {
            var forms = new HashSet<long>();
            if (page.Dictionary.Data.TryGetValue("Resources", out var resources)
                && ((DictionaryToken)Resolve(resources)).Data.TryGetValue("XObject", out var xobjects))
                foreach (var entry in ((DictionaryToken)Resolve(xobjects)).Data.Values)
                    if (entry is IndirectReferenceToken reference && Resolve(entry) is StreamToken stream
                        && stream.StreamDictionary.Data.TryGetValue("Subtype", out var subtype) && subtype is NameToken { Data: "Form" })
                        forms.Add(reference.Data.ObjectNumber);
            return forms;
        }).ToList();
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> items) =>
        items.SelectMany(i => Flatten(i.Children).Prepend(i));

    [Theory]
    [InlineData(LanguageMode.Bilingual, 7)]   // 样 稿 D R A F T
    [InlineData(LanguageMode.Zh, 2)]          // 样 稿
    [InlineData(LanguageMode.En, 5)]          // D R A F T
    public void EveryPageOfADraftIsMarkedInItsLanguagesAsAWatermarkNotAsText(LanguageMode mode, int glyphs)
    {
        // The sample is a draft: its photos are not in the repository and its date is 待定.
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, output, mode));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.True(result.Draft);
            var pages = Pages(result.PdfPath!);
            Assert.Equal(result.Pages.Count, pages.Count);
            foreach (var (mark, text, width, height) in pages)
            {
                // One filled shape a letter, nothing stroked, in a light colour (a tint: under the text, which stays legible).
                Assert.Equal(glyphs, mark.Count);
                Assert.All(mark, p => Assert.True(p.IsFilled && !p.IsStroked));
                // Large, across the middle of the page, from the lower left to the upper right.
                var boxes = mark.Select(p => p.GetBoundingRectangle()!.Value).ToList();
                double left = boxes.Min(b => b.Left), right = boxes.Max(b => b.Right), bottom = boxes.Min(b => b.Bottom), top = boxes.Max(b => b.Top);
                Assert.True(right - left > width / 4 && top - bottom > height / 4, $"the mark spans {right - left:0} × {top - bottom:0} pt");
                Assert.True(left < width / 2 && right > width / 2 && bottom < height / 2 && top > height / 2, "the mark crosses the middle of the page");
                var first = boxes.OrderBy(b => b.Left).First();
                var last = boxes.OrderBy(b => b.Left).Last();
                Assert.True(last.Bottom > first.Bottom, "the mark rises from left to right");
                // Not text: nothing of it is extracted, searched or read out.
                Assert.DoesNotContain("样稿", text);
                Assert.DoesNotContain("DRAFT", text);
            }
            // The mark's outlines are in the file once: one form that every page draws.
            var forms = FormsByPage(result.PdfPath!);
            Assert.Single(forms.SelectMany(f => f).Distinct());
            Assert.All(forms, f => Assert.Single(f));
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void TheSampleIsRefusedForPrintAndSaysWhy()
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["build", RepositoryPaths.SampleEdition, "--out", output, "--final", "--ui", "en"], new StringWriter(), stderr));
            var said = stderr.ToString();
            // Every missing photo where the outline names it, and the date not set where edition.txt says 待定.
            Assert.Equal(4, said.Split("error DRF001: photo").Length - 1);
            int photoLine = Array.FindIndex(File.ReadAllLines(Path.Combine(RepositoryPaths.SampleEdition, "outline.txt")), l => l.StartsWith("[photo photos/tbea-smart-grid.jpg]", StringComparison.Ordinal)) + 1;
            Assert.Contains($"outline.txt:{photoLine}:1: error DRF001: photo 'photos/tbea-smart-grid.jpg' is missing: a final build needs every photo", said);
            Assert.Contains("edition.txt:22:7: error DRF002: the publication date is not set yet", said);
            Assert.Contains("nothing was written", said);
            Assert.Empty(Directory.GetFiles(output));
            // validate --final checks the same, so an "ok" from it means build --final succeeds.
            var check = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", RepositoryPaths.SampleEdition, "--final", "--ui", "zh"], new StringWriter(), check));
            Assert.Contains("edition.txt:22:7: 错误 DRF002：出版日期还没有确定", check.ToString());
            // The plain build (the README's commands) still succeeds, as a draft, and says so.
            var plain = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["build", RepositoryPaths.SampleEdition, "--out", output, "--ui", "en"], new StringWriter(), plain));
            Assert.Contains("every page is marked 样稿 DRAFT", plain.ToString());
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void ACompleteEditionBuildsForPrintWithoutAMark()
    {
        using var edition = new SmallEdition(CompleteSettings);
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["build", edition.Folder, "--out", output, "--final", "--ui", "en"], stdout, stderr));
            Assert.DoesNotContain("样稿", stderr.ToString());
            Assert.All(Pages(Path.Combine(output, "test.pdf")), p => Assert.Empty(p.Mark));
            // A plain build of a complete edition is the same print file: the mark comes from the edition, not the command.
            var plain = BrochureBuilder.Build(new BuildRequest(edition.Folder, output));
            Assert.False(plain.Draft);
            Assert.All(Pages(plain.PdfPath!), p => Assert.Empty(p.Mark));
        }
        finally { Directory.Delete(output, true); }
    }

    [Theory]
    // status: draft, on the line where it is written (settings line 12, the value's column).
    [InlineData("status: draft", null, "DRF003", "edition.txt", 12, 9)]
    // Text still to be written, at its column.
    [InlineData("status: final", "zh: 增至{gdp@2020}，TODO。\nen: To {gdp@2020}.", "DRF004", "outline.txt", 4, 18)]
    [InlineData("status: final", "zh: 增至{gdp@2020}，待定。\nen: To {gdp@2020}, ××.", "DRF004", "outline.txt", 4, 18)]
    [InlineData("status: final", "zh: 增至{gdp@2020}，此处TODO。\nen: To {gdp@2020}.", "DRF004", "outline.txt", 4, 20)]
    public void APlaceholderMakesADraftAndIsRefusedForPrint(string status, string? paragraph, string code, string file, int line, int column)
    {
        var settings = SmallEdition.Settings + "\ndate: 2021-07-01\n" + status;
        using var edition = new SmallEdition(settings, outline: paragraph is null ? null : "[section economy]\ntitle: 甲 | A\n[numbers]\n" + paragraph + "\n");
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var draft = BrochureBuilder.Build(new BuildRequest(edition.Folder, output));
            Assert.True(draft.Succeeded);
            Assert.True(draft.Draft);
            Assert.Contains(draft.Diagnostics, d => d.Code == code && d.Severity == Severity.Warning && d.File.EndsWith(file) && d.Line == line && d.Column == column);
            Assert.All(Pages(draft.PdfPath!), p => Assert.Equal(7, p.Mark.Count));
            var final = BrochureBuilder.Build(new BuildRequest(edition.Folder, output) { Final = true, WriteFiles = false });
            Assert.False(final.Succeeded);
            Assert.Contains(final.Diagnostics, d => d.Code == code && d.Severity == Severity.Error && d.Line == line && d.Column == column);
        }
        finally { Directory.Delete(output, true); }
    }
}
