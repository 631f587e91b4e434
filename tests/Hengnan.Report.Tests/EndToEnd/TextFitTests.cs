using Hengnan.Report.Cli;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>Text that does not fit its place (running head, contents entry, cover title) is set smaller within limits, or is a located error: it never overprints.</summary>
public sealed class TextFitTests
{
    // Synthetic titles, longer than the sample's.
    private const string LongTitle = "坚持以人民为中心的发展思想，全面推进乡村振兴，加快农业农村现代化，建设宜居宜业和美乡村";
    private const string AbsurdTitle = "坚持以人民为中心的发展思想，全面推进乡村振兴，加快农业农村现代化，建设宜居宜业和美乡村，坚持以人民为中心的发展思想，全面推进乡村振兴，加快农业农村现代化，建设宜居宜业和美乡村";

    private static string EditionWithFirstSectionTitle(string zh)
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var outline = Path.Combine(edition, "outline.txt");
        var lines = File.ReadAllLines(outline).ToList();
        int i = lines.FindIndex(l => l.StartsWith("title: 打造经济硬实力"));
        lines[i] = $"title: {zh} | Building Economic Strength through Rural Revitalisation";
        File.WriteAllLines(outline, lines);
        return edition;
    }

    [Fact]
    public void ALongSectionTitleStaysOnOneLineAboveTheHeaderRuleAndInItsContentsEntry()
    {
        var edition = EditionWithFirstSectionTitle(LongTitle);
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(edition, output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            int heads = 0;
            foreach (var page in result.Pages)
            {
                var top = page.BodyRect.Top;
                var baselines = page.DisplayList()
                    .Where(d => d.Visual is GlyphRunVisual && d.Y < top)
                    .Select(d => Math.Round(d.Y, 1)).Distinct().ToList();
                if (baselines.Count == 0) continue;
                heads++;
                // One line, and above the rule drawn 16 pt over the body.
                Assert.Single(baselines);
                Assert.True(baselines[0] < top - 16, $"page {page.Number}: the running head reaches the rule");
            }
            Assert.True(heads > 5);
            // The contents entry takes the title in two lines and grows: its English line sits below them, clear of them.
            var list = result.Pages[1].DisplayList().Where(d => d.Visual is GlyphRunVisual).ToList();
            var zhLines = list.Where(d => ((GlyphRunVisual)d.Visual).Text.Contains("坚持") || ((GlyphRunVisual)d.Visual).Text.Contains("美乡村")).Select(d => d.Y).Distinct().ToList();
            var enLine = list.Single(d => ((GlyphRunVisual)d.Visual).Text.Contains("Building Economic Strength through")).Y;
            Assert.True(zhLines.Count is 1 or 2);
            Assert.True(enLine > zhLines.Max() + 8, "the English title overprints the Chinese one");
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void ATitleTooLongForItsPlaceIsALocatedError()
    {
        var edition = EditionWithFirstSectionTitle(AbsurdTitle);
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", edition], new StringWriter(), stderr));
            Assert.Matches(@"outline\.txt:\d+:\d+: error LAY010: the (running head|contents entry) ""坚持以人民为中心", stderr.ToString());
        }
        finally { Directory.Delete(edition, true); }
    }

    [Fact]
    public void ACoverTitleTooLongForTheCoverIsALocatedError()
    {
        var edition = RepositoryPaths.CopySampleEdition();
        try
        {
            var file = Path.Combine(edition, "edition.txt");
            File.WriteAllText(file, File.ReadAllText(file).Replace("title.zh: 奋进新征程 建功新时代", "title.zh: " + AbsurdTitle));
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", edition], new StringWriter(), stderr));
            Assert.Matches(@"edition\.txt:\d+:11: error LAY01[01]: the cover", stderr.ToString());
        }
        finally { Directory.Delete(edition, true); }
    }

    // A word no line can break, longer than any place for it.
    private const string Unbreakable = "Supercalifragilisticexpialidociousantidisestablishmentarianism";

    /// <summary>validate on a copy of the sample edition with <paramref name="edit"/> applied to one of its files: the exit code and what it said.</summary>
    private static (int Code, string Said, string Edition) ValidateEdited(string file, Func<string, string> edit)
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var path = Path.Combine(edition, file);
        var before = File.ReadAllText(path);
        File.WriteAllText(path, edit(before));
        Assert.NotEqual(before, File.ReadAllText(path));
        var stderr = new StringWriter();
        int code = CommandLine.Run(["validate", edition], new StringWriter(), stderr);
        return (code, stderr.ToString(), edition);
    }

    [Fact]
    public void AnUnbreakableWordInTheCoverTitleIsALocatedErrorNotAnOverprint()
    {
        // One word wider than the cover: set smaller it still takes one line, which used to count as fitting (and ran off the page).
        var (code, said, edition) = ValidateEdited("edition.txt", t => t.Replace("title.en: Forging Ahead", $"title.en: {Unbreakable}{Unbreakable} Forging Ahead"));
        try
        {
            Assert.Equal(1, code);
            Assert.Matches(@"edition\.txt:\d+:11: error LAY010: the cover title ""Supercalifragilistic", said);
        }
        finally { Directory.Delete(edition, true); }
    }

    [Fact]
    public void AnUnbreakableWordInAChartTitleIsAnErrorAtTheChartsLine()
    {
        // The chart's head is measured before it is placed: the problem found then must not be lost (it used to overprint the next chart).
        var (code, said, edition) = ValidateEdited("outline.txt", t => t.Replace("| GDP, 2015 and 2020", $"| GDP {Unbreakable}{Unbreakable}"));
        try
        {
            Assert.Equal(1, code);
            int line = File.ReadAllLines(Path.Combine(edition, "outline.txt")).ToList().FindIndex(l => l.Contains(Unbreakable)) + 1;
            Assert.Matches($@"outline\.txt:{line}:\d+: error LAY001: a line of ""GDP Supercalifragilistic", said);
        }
        finally { Directory.Delete(edition, true); }
    }

    [Fact]
    public void AKpiLabelTooWideForItsCardIsAnErrorAtItsRowOfTheCsv()
    {
        var (code, said, edition) = ValidateEdited("indicators.csv", t => t.Replace("Gross domestic product (GDP)", $"Gross {Unbreakable}"));
        try
        {
            Assert.Equal(1, code);
            Assert.Matches(@"indicators\.csv:[34]:\d+: error LAY001: a line of ""Gross Supercalifragilist", said);
            Assert.DoesNotContain("outline.txt: error", said);
        }
        finally { Directory.Delete(edition, true); }
    }

    [Fact]
    public void ASectionTitleWithAnUnbreakableWordIsAnErrorAtItsSection()
    {
        var (code, said, edition) = ValidateEdited("outline.txt", t => t.Replace("| Building Economic Strength", $"| Building Economic Strength {Unbreakable}{Unbreakable}"));
        try
        {
            Assert.Equal(1, code);
            Assert.Matches(@"outline\.txt:\d+:\d+: error LAY0(01|10): .*""Building Economic", said);
            Assert.DoesNotContain("outline.txt: error", said);
        }
        finally { Directory.Delete(edition, true); }
    }
}
