using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Editions;

/// <summary>Charts checked against the data: a series' missing years, values a chart cannot draw (synthetic editions).</summary>
public sealed class ChartValidationTests
{
    // Synthetic test figures (not the sample's): a GDP series with 2017 and 2018 missing.
    private const string Csv = """
        id,section,year,value,unit,label_zh,label_en,source
        gdp,economy,2015,244.83,亿元,地区生产总值,GDP,test
        gdp,economy,2016,262.10,亿元,地区生产总值,GDP,test
        gdp,economy,2019,331.05,亿元,地区生产总值,GDP,test
        gdp,economy,2020,356.01,亿元,地区生产总值,GDP,test
        fiscal,economy,2015,12.1,亿元,一般公共预算收入,Revenue,test
        fiscal,economy,2020,18.3,亿元,一般公共预算收入,Revenue,test
        growth,economy,2019,7.5,%,增速,Growth,test
        growth,economy,2020,-1.2,%,增速,Growth,test
        """;

    private static IReadOnlyList<Diagnostic> Validate(string numbers)
    {
        using var edition = new SmallEdition(csv: Csv, outline: "[section economy]\ntitle: 甲 | A\n[numbers]\n" + numbers + "\n");
        var bag = new DiagnosticBag();
        EditionLoader.Load(edition.Folder, bag);
        return bag.Items;
    }

    [Fact]
    public void MissingYearsOfALineAreOneErrorAtTheYears()
    {
        var found = Validate("chart: line gdp 2015..2020");
        var error = Assert.Single(found);
        Assert.Equal(("CHT003", 4, 17), (error.Code, error.Line, error.Column));
        Assert.Contains("2017, 2018", error.Message);
        Assert.Contains("2017, 2018", error.MessageIn(UiLanguage.Zh));
        // The hint lists the years the CSV has, and a chart line that would work.
        Assert.Contains("2015, 2016, 2019, 2020", error.HintIn(UiLanguage.En));
        Assert.Contains("2015 2016 2019 2020", error.HintIn(UiLanguage.Zh));
    }

    [Fact]
    public void EachIndicatorOfAGroupedChartIsCheckedForEveryYear()
    {
        var found = Validate("chart: grouped 2015 2016 2020 gdp fiscal nothing");
        Assert.Equal(["CHT003", "REF001"], found.Select(d => d.Code).Order());
        var missing = Assert.Single(found, d => d.Code == "CHT003");
        Assert.Equal((4, 16), (missing.Line, missing.Column));
        Assert.Contains("'fiscal'", missing.Message);
        Assert.Contains("2016", missing.Message);
    }

    [Fact]
    public void TheYearsTheDataHasAreFine()
    {
        Assert.Empty(Validate("chart: line gdp 2015 2016 2019 2020\nchart: grouped 2015 2020 gdp fiscal"));
    }

    [Fact]
    public void ALineMayFallBelowZeroButBarsMayNot()
    {
        Assert.Empty(Validate("chart: line growth 2019..2020"));
        var error = Assert.Single(Validate("chart: compare growth 2019 2020"));
        Assert.Equal("REF006", error.Code);
    }

    [Fact]
    public void InitMovesAChartsSpanOfYearsOnOnce()
    {
        using var edition = new SmallEdition(csv: Csv, outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nchart: line gdp 2015..2020 | 生产总值（2015—2020年） | GDP, 2015–2020\nchart: grouped 2015 2020 gdp fiscal\nzh: 由{gdp@2015}增至{gdp@2020}。\nen: From {gdp@2015} to {gdp@2020}.\n");
        var target = Path.Combine(RepositoryPaths.NewTempFolder(), "2026");
        try
        {
            Assert.NotNull(EditionScaffolder.Scaffold(edition.Folder, 2026, target, new DiagnosticBag()));
            var outline = File.ReadAllText(Path.Combine(target, "outline.txt"));
            Assert.Contains("chart: line gdp 2020..2025 | 生产总值（2020—2025年） | GDP, 2020–2025", outline);
            Assert.Contains("chart: grouped 2020 2025 gdp fiscal", outline);
            Assert.Contains("zh: 由{gdp@2020}增至{gdp@2025}。", outline);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(target)!, true);
        }
    }
}
