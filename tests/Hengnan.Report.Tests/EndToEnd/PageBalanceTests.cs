using Hengnan.Report.Compose;
using UglyToad.PdfPig;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>The sample built in each language mode, read back page by page.</summary>
public sealed class ThreeModesFixture : IDisposable
{
    public ThreeModesFixture()
    {
        Output = RepositoryPaths.NewTempFolder();
        foreach (var mode in new[] { LanguageMode.Bilingual, LanguageMode.Zh, LanguageMode.En })
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, Path.Combine(Output, mode.ToString()), mode));
            if (!result.Succeeded) throw new InvalidOperationException($"{mode} build failed:\n" + string.Join("\n", result.Diagnostics));
            Builds[mode] = result;
        }
    }

    public string Output { get; }
    public Dictionary<LanguageMode, BuildResult> Builds { get; } = new();

    public void Dispose()
    {
        try { Directory.Delete(Output, true); } catch (IOException) { }
    }
}

/// <summary>
/// Balanced pages in every language mode, read from the PDF: a heading keeps at least two lines of its text
/// below it on its page, and no page carries a spill of three lines or fewer.
/// </summary>
public sealed class PageBalanceTests(ThreeModesFixture modes) : IClassFixture<ThreeModesFixture>
{
    /// <summary>Body text and headings are set at 9 pt or more; running heads, folios, notes and chart labels smaller.</summary>
    private const double BodySize = 8.9;

    /// <summary>The text lines of a page set at body size or larger, top to bottom: (baseline, text).</summary>
    private static List<(double Baseline, string Text)> Lines(UglyToad.PdfPig.Content.Page page) =>
        page.Letters.Where(l => l.PointSize >= BodySize && !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key, string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))))
            .ToList();

    public static TheoryData<LanguageMode> Modes => [LanguageMode.Bilingual, LanguageMode.Zh, LanguageMode.En];

    [Theory]
    [MemberData(nameof(Modes))]
    public void EveryHeadingHasAtLeastTwoLinesOfItsTextBelowItOnItsPage(LanguageMode mode)
    {
        using var document = PdfDocument.Open(modes.Builds[mode].PdfPath!);
        // Letters are read without the spaces between words.
        string[] headings = ["数字力量", "权威回顾", "ByTheNumbers", "Review"];
        int seen = 0;
        foreach (var page in document.GetPages())
        {
            var lines = Lines(page);
            for (int i = 0; i < lines.Count; i++)
            {
                // A panel heading is a line of its own (in the bilingual edition, "权威回顾  Review").
                var text = lines[i].Text.Replace("the", "The", StringComparison.Ordinal);
                if (!headings.Any(h => text == h || text.StartsWith(h, StringComparison.Ordinal) && text.Length <= h.Length + 16 && !text.Contains('。') && !text.Contains('.'))) continue;
                seen++;
                Assert.True(lines.Count - i - 1 >= 2,
                    $"{mode}, page {page.Number}: the heading \"{text}\" has {lines.Count - i - 1} line(s) below it:\n" + string.Join("\n", lines.Select(l => l.Text)));
            }
        }
        Assert.True(seen >= 9, $"{mode}: only {seen} panel headings found");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void NoPageCarriesASpillOfThreeLinesOrFewer(LanguageMode mode)
    {
        using var document = PdfDocument.Open(modes.Builds[mode].PdfPath!);
        foreach (var page in document.GetPages().Skip(1).SkipLast(1))   // the covers are art, not flow
        {
            var lines = Lines(page);
            bool onlyText = !page.GetImages().Any() && page.Letters.All(l => l.PointSize >= BodySize || page.Height - l.StartBaseLine.Y < 60 || l.StartBaseLine.Y < 60);
            if (lines.Count == 0 || !onlyText) continue;
            Assert.True(lines.Count > 3, $"{mode}, page {page.Number} carries only {lines.Count} line(s):\n" + string.Join("\n", lines.Select(l => l.Text)));
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void NoPageInTheMiddleOfASectionIsLessThanFortyPercentFull(LanguageMode mode)
    {
        var build = modes.Builds[mode];
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == "LAY020");
        foreach (var page in build.Pages.Where(p => !p.IsBlank && !p.EndsFlow))
            Assert.True(page.Body.Height / page.BodyRect.Height >= BrochureBuilder.LeastFill, $"{mode}, page {page.Number}");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void EnglishBodyLinesHoldSixtyToSeventyFiveCharacters(LanguageMode mode)
    {
        if (mode == LanguageMode.Zh) return;
        using var document = PdfDocument.Open(modes.Builds[mode].PdfPath!);
        var lengths = new List<int>();
        foreach (var page in document.GetPages())
        {
            // English body text: the Latin serif at the body size of the mode (9.5 pt under Chinese, 10.5 pt alone).
            var words = page.GetWords().Where(w => w.Letters.All(l => (l.FontName ?? "").Contains("NotoSerif-Regular", StringComparison.Ordinal)
                && Math.Abs(l.PointSize - (mode == LanguageMode.En ? 10.5 : 9.5)) < 0.05)).ToList();
            foreach (var line in words.GroupBy(w => Math.Round(w.BoundingBox.Bottom)))
                lengths.Add(line.Sum(w => w.Text.Length) + line.Count() - 1);
        }
        Assert.True(lengths.Count > 150, $"{mode}: only {lengths.Count} English lines found");
        // A paragraph's last line may be short; no line runs past 75, and a typical line holds 60–75.
        Assert.True(lengths.Max() <= 75, $"{mode}: an English line of {lengths.Max()} characters");
        lengths.Sort();
        int median = lengths[lengths.Count / 2];
        Assert.InRange(median, 60, 75);
    }
}
