using System.Text;
using Hengnan.Report.Cli;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Units;

namespace Hengnan.Report.Tests.Editions;

/// <summary>Derived figures, Excel encodings, init and watch.</summary>
public sealed class YearlyEditionTests
{
    private static readonly SourceLocation At = new("outline.txt", 1, 1);

    private static IndicatorTable Table() => IndicatorsCsvReader.Parse(SmallEdition.Csv, "indicators.csv", new DiagnosticBag());

    [Theory]
    [InlineData(FigureFormat.Cagr, null, "7.8%", "7.8%")]            // (356.01/244.83)^(1/5) − 1 = 7.776…%
    [InlineData(FigureFormat.Cagr, 2, "7.78%", "7.78%")]
    [InlineData(FigureFormat.ChangePercent, null, "45.4%", "45.4%")] // 111.18 / 244.83 = 45.41…%
    [InlineData(FigureFormat.ChangePercent, 2, "45.41%", "45.41%")]
    [InlineData(FigureFormat.Times, null, "1.5倍", "1.5 times")]
    [InlineData(FigureFormat.Change, null, "111.18亿元", "CNY 11.12 billion")]
    public void DerivedFiguresRoundAsAsked(FigureFormat format, int? decimals, string zh, string en)
    {
        var binding = new FigureBinding("gdp", 2020, 2015, format, At) { Decimals = decimals };
        Assert.Equal(zh, FigureFormatter.Format(binding, Table(), Language.Zh));
        Assert.Equal(en, FigureFormatter.Format(binding, Table(), Language.En));
    }

    [Fact]
    public void TheChangeOfAPercentageIsInPercentagePoints()
    {
        var table = IndicatorsCsvReader.Parse(SmallEdition.Csv + "\ntertiary,economy,2015,40.4,%,第三产业,Tertiary,test", "indicators.csv", new DiagnosticBag());
        var change = new FigureBinding("tertiary", 2020, 2015, FigureFormat.Change, At);
        Assert.Equal("5.2个百分点", FigureFormatter.Format(change, table, Language.Zh));
        Assert.Equal("5.2 percentage points", FigureFormatter.Format(change, table, Language.En));
    }

    [Fact]
    public void ShareOfATotal()
    {
        var share = new FigureBinding("tertiary", 2020, null, FigureFormat.Share, At) { ShareOf = ["primary", "secondary", "tertiary"] };
        Assert.Equal("45.6%", FigureFormatter.Format(share, Table(), Language.En));
        Assert.Equal("45.60%", FigureFormatter.Format(share with { Decimals = 2 }, Table(), Language.Zh));
    }

    [Fact]
    public void BindingSyntaxReadsDerivedFormats()
    {
        var bag = new DiagnosticBag();
        var outline = OutlineReader.Parse(
            "[section a]\ntitle: 甲 | A\nzh: {gdp@2015..2020:cagr.2}{tertiary@2020:share(primary+secondary+tertiary)}{440%=hightech@2015..2020:change%}\nen: x\n",
            "outline.txt", bag);
        Assert.Empty(bag.Items);
        var b = ((ParagraphPair)outline.Sections[0].Review[0]).Zh.Bindings.ToList();
        Assert.Equal((FigureFormat.Cagr, (int?)2), (b[0].Format, b[0].Decimals));
        Assert.Equal(["primary", "secondary", "tertiary"], b[1].ShareOf);
        Assert.Equal("440%", b[2].Stated);
    }

    [Fact]
    public void ChangingOneCsvValueChangesProseCardAndChart()
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var csv = Path.Combine(edition, "indicators.csv");
            File.WriteAllText(csv, File.ReadAllText(csv).Replace(",2020,356.01,", ",2020,360.55,"));
            var result = BrochureBuilder.Build(new BuildRequest(edition, output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var pdf = new EndToEnd.PdfInspection(result.PdfPath!);
            Assert.DoesNotContain("356.01", pdf.AllText);
            var economy = string.Concat(pdf.PageTexts.Skip(3).Take(2));
            Assert.True(economy.Split("360.55").Length - 1 >= 3, "prose, card and chart should all print 360.55"); // prose (zh), KPI card, chart label
            Assert.Contains("CNY 36.06 billion", pdf.AllText);
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void Gb18030EditionBuildsTheSamePdfAsUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = RepositoryPaths.NewTempFolder();
        var outUtf8 = RepositoryPaths.NewTempFolder();
        var outGbk = RepositoryPaths.NewTempFolder();
        try
        {
            var gb18030 = Encoding.GetEncoding("GB18030");
            foreach (var file in Directory.GetFiles(RepositoryPaths.SampleEdition))
                File.WriteAllBytes(Path.Combine(gbk, Path.GetFileName(file)), gb18030.GetBytes(File.ReadAllText(file)));
            // Excel's GB18030 output is not valid UTF-8: detection must pick it without being told.
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleEdition, "indicators.csv")), File.ReadAllBytes(Path.Combine(gbk, "indicators.csv")));
            var a = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, outUtf8));
            var b = BrochureBuilder.Build(new BuildRequest(gbk, outGbk));
            Assert.True(b.Succeeded, string.Join("\n", b.Diagnostics));
            Assert.Equal(File.ReadAllBytes(a.PdfPath!), File.ReadAllBytes(b.PdfPath!));
            // And forcing the encoding works the same.
            var c = BrochureBuilder.Build(new BuildRequest(gbk, outGbk) { Encoding = gb18030 });
            Assert.Equal(File.ReadAllBytes(a.PdfPath!), File.ReadAllBytes(c.PdfPath!));
        }
        finally
        {
            foreach (var d in new[] { gbk, outUtf8, outGbk }) Directory.Delete(d, true);
        }
    }

    [Fact]
    public void InitScaffoldsTheNextEdition()
    {
        var target = Path.Combine(RepositoryPaths.NewTempFolder(), "2026");
        try
        {
            var stdout = new StringWriter();
            int code = CommandLine.Run(["init", "--from", RepositoryPaths.SampleEdition, "--year", "2026", "--next-congress", "--out", target], stdout, new StringWriter());
            Assert.Equal(0, code);
            var settings = File.ReadAllText(Path.Combine(target, "edition.txt"));
            Assert.Contains("year: 2026", settings);
            Assert.Contains("第十四次代表大会", settings);
            Assert.Contains("14th CPC Hengnan County Congress", settings);
            Assert.Contains("output: hengnan-14th-congress-2026.pdf", settings);
            var outline = File.ReadAllText(Path.Combine(target, "outline.txt"));
            Assert.Contains("kpi: gdp@2020..2025", outline);
            Assert.Contains("chart: compare gdp 2020 2025 | 地区生产总值（2020年与2025年）", outline);
            Assert.DoesNotContain("{gdp@2015}", outline);
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.SampleEdition, "indicators.csv")), File.ReadAllText(Path.Combine(target, "indicators.csv")));
            // Written for Excel: UTF-8 with a byte-order mark, so Chinese Windows does not open it as GBK.
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(Path.Combine(target, "indicators.csv"))[..3]);
            var listing = stdout.ToString();
            Assert.Contains("gdp,2025", listing);
            Assert.DoesNotContain("gdp,2020", listing); // 2020 is already in the CSV
            Assert.Matches(@"outline\.txt:\d+:\d+: warning STL003: the year 2015 is before the period this edition reviews \(2021–2025", listing);
            Assert.Matches(@"outline\.txt:\d+:\d+: warning STL001: '第十三次' names the 13th Congress, but this edition is of the 14th", listing);
            // The new edition does not build until the figures are there, and says which.
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", target], new StringWriter(), stderr));
            Assert.Contains("indicator 'gdp' has no figure for 2025", stderr.ToString());
            // A second init into the same folder refuses to overwrite.
            var again = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["init", "--from", RepositoryPaths.SampleEdition, "--year", "2026", "--out", target], new StringWriter(), again));
            Assert.Contains("INI002", again.ToString());
        }
        finally { Directory.Delete(Path.GetDirectoryName(target)!, true); }
    }

    [Fact]
    public void InitYearMakesAYearlyEditionOfTheSameCongressAndNextCongressMovesItOn()
    {
        var root = RepositoryPaths.NewTempFolder();
        try
        {
            string yearly = Path.Combine(root, "2022"), next = Path.Combine(root, "2026");
            var yearlyOut = new StringWriter();
            var nextOut = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["init", "--from", RepositoryPaths.SampleEdition, "--year", "2022", "--out", yearly, "--ui", "en"], yearlyOut, new StringWriter()));
            Assert.Equal(0, CommandLine.Run(["init", "--from", RepositoryPaths.SampleEdition, "--year", "2026", "--next-congress", "--out", next, "--ui", "en"], nextOut, new StringWriter()));
            string Settings(string folder) => File.ReadAllText(Path.Combine(folder, "edition.txt"));
            string OutlineOf(string folder) => File.ReadAllText(Path.Combine(folder, "outline.txt"));

            // A yearly edition: the same congress; year, output name and date (not known yet) move on.
            Assert.Contains("congress.zh: 中国共产党衡南县第十三次代表大会", Settings(yearly));
            Assert.Contains("congress.en: The 13th CPC Hengnan County Congress", Settings(yearly));
            Assert.Contains("year: 2022", Settings(yearly));
            Assert.Contains("output: hengnan-13th-congress-2022.pdf", Settings(yearly));
            Assert.Contains("\ndate: 待定", Settings(yearly));
            Assert.Contains("the 2022 edition, from 2021, still the 13th Congress (figure references moved on 1 year)", yearlyOut.ToString());
            // The next congress: the ordinal moves on as well.
            Assert.Contains("congress.zh: 中国共产党衡南县第十四次代表大会", Settings(next));
            Assert.Contains("congress.en: The 14th CPC Hengnan County Congress", Settings(next));
            Assert.Contains("output: hengnan-14th-congress-2026.pdf", Settings(next));
            Assert.Contains("\ndate: 待定", Settings(next));
            Assert.Contains("the 14th Congress (moved on)", nextOut.ToString());

            // Both shift every figure reference by the years moved: a comparison keeps its span (五年间 stays true).
            Assert.Contains("kpi: gdp@2016..2021", OutlineOf(yearly));
            Assert.Contains("chart: compare gdp 2016 2021 | 地区生产总值（2016年与2021年）", OutlineOf(yearly));
            Assert.Contains("{hightech_enterprises@2016..2021:change%}", OutlineOf(yearly));
            Assert.Contains("kpi: gdp@2020..2025", OutlineOf(next));
            Assert.Contains("{hightech_enterprises@2020..2025:change%}", OutlineOf(next));

            // The words to check: the yearly edition still is the 13th Congress's, and 十三五 is still in its period
            // (2017–2021); only the year typed before it is listed. The next congress's lists its ordinals and plan too.
            Assert.DoesNotContain("STL001", yearlyOut.ToString());
            Assert.DoesNotContain("STL002", yearlyOut.ToString());
            Assert.Matches(@"outline\.txt:\d+:\d+: warning STL003: the year 2015 is before the period this edition reviews \(2017–2021, from 2016 on\)", yearlyOut.ToString());
            Assert.Contains("warning STL001", nextOut.ToString());
            Assert.Contains("warning STL002: '十三五' is the 13th Five-Year Plan (2016–2020)", nextOut.ToString());
            // What init lists, validate reports too: the check lives on in the new edition.
            var validate = new StringWriter();
            CommandLine.Run(["validate", next, "--ui", "en"], new StringWriter(), validate);
            Assert.Contains("edition.txt:31:32: warning STL001: '第十三次' names the 13th Congress, but this edition is of the 14th", validate.ToString());
        }
        finally { Directory.Delete(root, true); }
    }

    [Theory]
    [InlineData("十三", 13)]
    [InlineData("十", 10)]
    [InlineData("九", 9)]
    [InlineData("二十", 20)]
    [InlineData("九十九", 99)]
    public void ChineseNumeralsRoundTrip(string text, int value)
    {
        Assert.Equal(value, ChineseNumeral.Parse(text));
        Assert.Equal(text, ChineseNumeral.Format(value));
    }

    [Fact]
    public void InitReportsInChineseForAChineseUi()
    {
        var target = Path.Combine(RepositoryPaths.NewTempFolder(), "2026");
        try
        {
            var stdout = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["init", "--from", RepositoryPaths.SampleEdition, "--year", "2026", "--out", target, "--ui", "zh"], stdout, new StringWriter()));
            var listing = stdout.ToString();
            Assert.Contains("2026 年版，由 2021 年版生成", listing);
            Assert.Contains("指标表 indicators.csv 还缺", listing);
            Assert.Matches(@"outline\.txt:\d+:\d+: 警告 STL00\d：", listing);
            Assert.DoesNotContain("warning", listing);
        }
        finally { Directory.Delete(Path.GetDirectoryName(target)!, true); }
    }

    [Theory]
    [InlineData(UiLanguage.En, @"changed: outline\.txt — rebuilt test\.pdf in \d+ ms")]
    [InlineData(UiLanguage.Zh, @"已改动：outline\.txt —— 已重新生成 test\.pdf，用时 \d+ 毫秒")]
    public void WatchRebuildsWhenAFileChangesAndSaysWhich(UiLanguage ui, string report)
    {
        using var edition = new SmallEdition();
        var output = RepositoryPaths.NewTempFolder();
        var log = new StringWriter();
        var writer = TextWriter.Synchronized(log);
        using var watcher = new EditionWatcher(edition.Folder, () => BrochureBuilder.Build(new BuildRequest(edition.Folder, output)), writer, TimeSpan.FromMilliseconds(100), ui: ui);
        watcher.Start();
        File.AppendAllText(Path.Combine(edition.Folder, "outline.txt"), "\n[closing]\nzh: 结语。\nen: The end.\n");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (watcher.Rebuilds == 0 && DateTime.UtcNow < deadline) Thread.Sleep(50);
        // One save is one rebuild; a file system may report a save twice, so more is tolerated, none is not.
        Assert.True(watcher.Rebuilds >= 1);
        Assert.Matches(report, log.ToString());
        Assert.True(File.Exists(Path.Combine(output, "test.pdf")));
        Directory.Delete(output, true);
    }
}
