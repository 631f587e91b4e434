using Hengnan.Report.Cli;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Editions;

/// <summary>Words tied to an earlier edition are reported with their place by every validate and build, unless a '# ok:' comment confirms them.</summary>
public sealed class StaleWordsTests
{
    // A synthetic edition (test fixture, not the sample's facts): the 2026 edition of the 14th Congress, which reviews 2021–2025.
    private const string Settings14th = """
        title.zh: 测试标题
        title.en: Test Title
        subtitle.zh: 副标题
        subtitle.en: Subtitle
        county.zh: 衡南县
        county.en: Hengnan County
        congress.zh: 中国共产党衡南县第十四次代表大会
        congress.en: The 14th Congress of the CPC Hengnan County Committee
        year: 2026
        keywords: 第十三次党代会, 14th Party Congress
        output: test.pdf
        """;

    // Synthetic text: stale words (the 13th Congress, the 13th plan, 2015) among words that are right for 2026
    // (the 14th plan, 2020 as the period's starting point, the goal year 2035, a count of 1998, a figure reference to 2015).
    private const string ZhLine = "zh: 自第十三次代表大会以来，“十三五”规划圆满完成，2015年以来成绩显著；“十四五”开局良好，2020年GDP达{gdp@2020}，新建1998个党小组，到2035年基本实现现代化。";
    private const string EnLine = "en: Since the 13th Congress, the 13th Five-Year Plan has been completed and the 14th Five-Year Plan begun; GDP rose from {gdp@2015} to {gdp@2020} in 2020, with goals for 2035.";

    private static readonly string Outline = string.Join("\n",
        "[section economy]",                          // 1
        "title: 打造经济硬实力 | Building Economic Strength", // 2
        "[review]",                                   // 3
        ZhLine,                                       // 4
        EnLine,                                       // 5
        "",                                           // 6
        "# ok: 十三五, 13th Five-Year Plan",          // 7
        "zh: 回顾“十三五”。",                          // 8
        "en: Looking back on the 13th Five-Year Plan.", // 9
        "",                                           // 10
        "zh: 又见“十三五”。",                          // 11
        "en: The 13th Five-Year Plan, again.",        // 12
        "");

    /// <summary>The column of <paramref name="word"/> in an outline line (columns count from 1).</summary>
    private static int Col(string line, string word) => line.IndexOf(word, StringComparison.Ordinal) + 1;

    [Fact]
    public void StaleWordsAreReportedWhereTheyAreAndAConfirmedOneIsNot()
    {
        using var edition = new SmallEdition(Settings14th, outline: Outline);
        var bag = new DiagnosticBag();
        Assert.NotNull(EditionLoader.Load(edition.Folder, bag));   // warnings: the edition still loads and builds
        var stale = bag.Items.Where(d => d.Code.StartsWith("STL")).Select(d => (d.Code, File: Path.GetFileName(d.File), d.Line, d.Column)).ToList();
        var keywords = "keywords: 第十三次党代会, 14th Party Congress";
        var expected = new List<(string, string, int, int)>
        {
            ("STL001", "outline.txt", 4, Col(ZhLine, "第十三次")),
            ("STL002", "outline.txt", 4, Col(ZhLine, "十三五")),
            ("STL003", "outline.txt", 4, Col(ZhLine, "2015")),
            ("STL001", "outline.txt", 5, Col(EnLine, "13th Congress")),
            ("STL002", "outline.txt", 5, Col(EnLine, "13th Five-Year Plan")),
            // The confirmation above lines 8 and 9 covers that pair only: the next mention is reported again.
            ("STL002", "outline.txt", 11, Col("zh: 又见“十三五”。", "十三五")),
            ("STL002", "outline.txt", 12, Col("en: The 13th Five-Year Plan, again.", "13th Five-Year Plan")),
            ("STL001", "edition.txt", 10, Col(keywords, "第十三次")),
        };
        Assert.Equal(expected.OrderBy(e => e.Item2).ThenBy(e => e.Item3).ThenBy(e => e.Item4),
            stale.OrderBy(e => e.File).ThenBy(e => e.Line).ThenBy(e => e.Column));
        Assert.All(bag.Items.Where(d => d.Code.StartsWith("STL")), d => Assert.Equal(Severity.Warning, d.Severity));
        // Said in both languages, with how to confirm a mention that is meant.
        var plan = bag.Items.First(d => d.Code == "STL002");
        Assert.Contains("'十三五' is the 13th Five-Year Plan (2016–2020), which ended before the period this edition reviews (2021–2025)", plan.ToString(UiLanguage.En));
        Assert.Contains("# ok: 十三五", plan.ToString(UiLanguage.En));
        Assert.Contains("“十三五”指“十三五”规划（2016—2020年），在本版回顾的 2021—2025 年之前就已结束", plan.ToString(UiLanguage.Zh));
        var congress = bag.Items.First(d => d.Code == "STL001");
        Assert.Contains("'第十三次' names the 13th Congress, but this edition is of the 14th", congress.ToString(UiLanguage.En));
    }

    [Fact]
    public void AStaleWordAfterACombiningAccentIsPlacedInCharactersAsWritten()
    {
        // "Café" typed with a separate accent (e + U+0301): the prepared text holds é as one character, the file two.
        const string zh = "zh: Cafe\u0301 自第十三次代表大会以来。";
        var outline = string.Join("\n", "[section economy]", "title: 打造经济硬实力 | Building Economic Strength", "[review]", zh, "en: Since then.", "");
        using var edition = new SmallEdition(Settings14th, outline: outline);
        var bag = new DiagnosticBag();
        Assert.NotNull(EditionLoader.Load(edition.Folder, bag));
        var stale = Assert.Single(bag.Items, d => d.Code == "STL001" && d.File.EndsWith("outline.txt"));
        Assert.Equal((4, Col(zh, "第十三次")), (stale.Line, stale.Column));
    }

    [Fact]
    public void ValidateAndBuildBothReportThemAsWarnings()
    {
        using var edition = new SmallEdition(Settings14th, outline: Outline);
        var stderr = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["validate", edition.Folder, "--ui", "en"], new StringWriter(), stderr));
        Assert.Contains($"outline.txt:4:{Col(ZhLine, "十三五")}: warning STL002", stderr.ToString());
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(edition.Folder, output));
            Assert.True(result.Succeeded);
            Assert.Equal(8, result.Diagnostics.Count(d => d.Code.StartsWith("STL")));
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void ThePeriodComesFromEditionTxt()
    {
        // period: 2011-2015 makes 2015 part of the period and the 12th plan (2011–2015) the one reviewed, but the 11th stale.
        const string zh = "zh: 2015年，“十二五”收官；“十一五”期间，2009年。";
        using var edition = new SmallEdition(SmallEdition.Settings + "\nperiod: 2011-2015",
            outline: $"[section economy]\ntitle: 甲 | A\n[review]\n{zh}\nen: In 2015 the 12th Five-Year Plan ended.\n");
        var bag = new DiagnosticBag();
        EditionLoader.Load(edition.Folder, bag);
        Assert.Equal([("STL002", Col(zh, "十一五")), ("STL003", Col(zh, "2009"))],
            bag.Items.Where(d => d.Code.StartsWith("STL")).Select(d => (d.Code, d.Column)).ToList());
    }

    [Fact]
    public void TheSampleIsRightFor2021()
    {
        // 十三五 is the plan the 2021 brochure reviews, 十四五 the current one, 2015 the starting point, the 13th Congress its own.
        var bag = new DiagnosticBag();
        Assert.NotNull(EditionLoader.Load(RepositoryPaths.SampleEdition, bag));
        Assert.DoesNotContain(bag.Items, d => d.Code.StartsWith("STL"));
    }
}
