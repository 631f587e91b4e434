using System.Text;
using System.Text.RegularExpressions;
using Hengnan.Report.Compose;
using Hengnan.Report.Edition;
using Hengnan.Report.Tests.Editions;
using static Hengnan.Report.Tests.Edition.Workbooks;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>
/// The data as the staff have it, read back from real PDFs: the sample's table as an Excel workbook, periods on
/// the KPI cards, units from units.csv, and init on an edition kept in Excel.
/// </summary>
public sealed class IndicatorDataTests(SampleBrochureFixture sample) : IClassFixture<SampleBrochureFixture>
{
    /// <summary>The text without white space (letters in the PDF are compared, not how lines broke or spaces were set).</summary>
    private static string Squeezed(string text) => Regex.Replace(text, @"[\s\u00A0]", "");

    private static PdfInspection Build(string folder, LanguageMode mode = LanguageMode.Bilingual)
    {
        var result = BrochureBuilder.Build(new BuildRequest(folder, RepositoryPaths.NewTempFolder(), mode));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new PdfInspection(result.PdfPath!);
    }

    [Fact]
    public void TheSampleTableAsAWorkbookBuildsTheSameBrochure()
    {
        var edition = RepositoryPaths.CopySampleEdition();
        File.Delete(Path.Combine(edition, "indicators.csv"));
        SaveSample(Path.Combine(edition, "indicators.xlsx"));
        var pdf = Build(edition);
        Assert.Equal(sample.Pdf.PageTexts, pdf.PageTexts);
        // The workbook did hold the figures: the five-year total on its card, the GDP as typed.
        Assert.Contains("五年民生支出累计（2016—2020年）", Squeezed(pdf.AllText));
        Assert.Contains("356.01亿元", Squeezed(pdf.AllText));
    }

    // Synthetic test fixture: figures borrowed from the sample, periods as the year column may write them.
    private const string PeriodCsv = SmallEdition.Csv + """

        spend,economy,2016-2020,209.32,亿元,五年民生支出累计,Total spending,test
        groups,economy,截至2020年底,1998,个,屋场党小组,Party groups,test
        total,economy,2011-2015,150.1,亿元,五年投资累计,Investment,test
        total,economy,2016-2020,209.32,亿元,五年投资累计,Investment,test
        """;

    private const string PeriodOutline = """
        [section economy]
        title: 打造经济硬实力 | Building Economic Strength
        [numbers]
        kpi: spend@2020
        kpi: groups@2020
        kpi: gdp@2020
        kpi: total@2015..2020
        chart: compare total 2015 2020
        zh: 五年间民生支出累计{spend@2020}。
        en: Spending totalled {spend@2020} over five years.
        """;

    [Fact]
    public void KpiLabelsSayThePeriodOfTheFigureInEachLanguage()
    {
        using var edition = new SmallEdition(csv: PeriodCsv, outline: PeriodOutline);
        var both = Squeezed(Build(edition.Folder).AllText);
        var zh = Squeezed(Build(edition.Folder, LanguageMode.Zh).AllText);
        var en = Squeezed(Build(edition.Folder, LanguageMode.En).AllText);
        foreach (var text in new[] { both, zh })
        {
            Assert.Contains("五年民生支出累计（2016—2020年）", text);
            Assert.Contains("屋场党小组（截至2020年底）", text);
            Assert.Contains("地区生产总值（2020年）", text);
            // A five-year total is never labelled as the figure of its last year.
            Assert.DoesNotContain("五年民生支出累计（2020年）", text);
            // The change on a card, and the chart's bars, name spans as spans.
            Assert.Contains("较2011—2015年（150.1亿元）", text);
            Assert.Contains("五年投资累计（2011—2015年、2016—2020年）", text);
        }
        foreach (var text in new[] { both, en })
        {
            Assert.Contains(Squeezed("Total spending, 2016–2020"), text);
            Assert.Contains(Squeezed("Party groups, by end-2020"), text);
            Assert.Contains(Squeezed("GDP, 2020"), text);
            Assert.DoesNotContain(Squeezed("Total spending, 2020"), text);
            Assert.Contains(Squeezed("on 2011–2015 (CNY 15.01 billion)"), text);
            Assert.Contains(Squeezed("Investment, 2011–2015 and 2016–2020"), text);
        }
        Assert.DoesNotContain("截至", en);
        Assert.DoesNotContain("by end", zh);
    }

    [Fact]
    public void AUnitOfTheEditionsUnitsCsvPrintsInBothLanguages()
    {
        // Synthetic test fixture: a unit the tool does not have built in.
        using var edition = new SmallEdition(
            csv: SmallEdition.Csv + "\ntrees,economy,2020,12.5,万株,植树,Trees planted,test\n",
            outline: SmallEdition.Outline.Replace("kpi: gdp@2015..2020", "kpi: gdp@2015..2020\nkpi: trees@2020"));
        File.WriteAllText(Path.Combine(edition.Folder, "units.csv"), "unit,en_singular,en_plural,factor,base\n株,tree,trees,,\n万株,,,10000,株\n");
        var text = Squeezed(Build(edition.Folder).AllText);
        Assert.Contains("12.5万株", text);
        Assert.Contains(Squeezed("125,000 trees"), text);
    }

    [Fact]
    public void InitCopiesAnEditionKeptInExcel()
    {
        var old = RepositoryPaths.CopySampleEdition();
        File.Delete(Path.Combine(old, "indicators.csv"));
        SaveSample(Path.Combine(old, "indicators.xlsx"));
        var to = Path.Combine(RepositoryPaths.NewTempFolder(), "2026");
        var bag = new DiagnosticBag();
        var result = EditionScaffolder.Scaffold(old, 2026, to, bag);
        Assert.True(result is not null, string.Join("\n", bag.Items));
        Assert.Contains("indicators.xlsx", result!.Written);
        Assert.Contains("units.csv", result.Written);
        Assert.False(File.Exists(Path.Combine(to, "indicators.csv")));
        // The workbook is copied as it is; the text files are written as UTF-8 with a byte-order mark, for Excel.
        Assert.Equal(File.ReadAllBytes(Path.Combine(old, "indicators.xlsx")), File.ReadAllBytes(Path.Combine(to, "indicators.xlsx")));
        foreach (var name in new[] { "units.csv", "outline.txt", "edition.txt" })
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), File.ReadAllBytes(Path.Combine(to, name))[..3]);
        // What the new edition still needs was found in the workbook: the 2020 figures are there, the 2025 ones are not.
        Assert.Equal("indicators.xlsx", result.IndicatorsFile);
        Assert.Contains(result.Needed, n => n.IndicatorId == "gdp" && n.Year == 2025 && n.Label?.Zh == "地区生产总值");
        Assert.DoesNotContain(result.Needed, n => n.Year == 2020);
        // And the copy reads as the old one did, but for the figures it still lacks.
        var reread = new DiagnosticBag();
        var table = EditionLoader.ReadIndicators(to, reread);
        Assert.Empty(reread.Items);
        Assert.Equal(356.01m, table!.Get("gdp", 2020).Value);
    }
}
