using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Edition;

/// <summary>indicators.csv reading. Rows here are synthetic test fixtures (values from the sample edition).</summary>
public sealed class IndicatorsCsvReaderTests
{
    private const string Header = "id,section,year,value,unit,label_zh,label_en,source\n";

    [Fact]
    public void ReadsRowsWithUnitsAndLabels()
    {
        var bag = new DiagnosticBag();
        var table = IndicatorsCsvReader.Parse(Header +
            "gdp,economy,2015,244.83,亿元,地区生产总值,GDP,seed\n" +
            "gdp,economy,2020,356.01,亿元,地区生产总值,GDP,seed\n", "indicators.csv", bag);
        Assert.Empty(bag.Items);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(356.01m, table.Get("gdp", 2020).Value);
        Assert.Equal("亿元", table.Get("gdp", 2020).Unit);
        Assert.Equal("GDP", table.Get("gdp", 2015).Label.En);
        Assert.Equal(3, table.Get("gdp", 2020).Location.Line);
    }

    [Fact]
    public void MalformedRowIsReportedWithItsLineAndColumn()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(Header +
            "gdp,economy,2015,244.83,亿元,地区生产总值,GDP,seed\n" +
            "gdp,economy,2020,35б.01,亿元,地区生产总值,GDP,seed\n", "indicators.csv", bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(3, error.Line);
        Assert.Equal(18, error.Column);
        Assert.Equal("CSV007", error.Code);
        Assert.StartsWith("indicators.csv:3:18: error CSV007:", error.ToString());
    }

    [Fact]
    public void RowWithTooFewFieldsIsAnError()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(Header + "gdp,economy,2015,244.83\n", "x.csv", bag);
        Assert.Equal(2, Assert.Single(bag.Items).Line);
    }

    [Fact]
    public void DuplicateIndicatorYearPointsToTheFirstRow()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(Header +
            "gdp,economy,2015,244.83,亿元,地区生产总值,GDP,seed\n" +
            "gdp,economy,2015,244.83,亿元,地区生产总值,GDP,seed\n", "x.csv", bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal("CSV009", error.Code);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void UnknownUnitAndBadYearAreErrors()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(Header +
            "gdp,economy,2015,244.83,亿美元,地区生产总值,GDP,seed\n" +
            "gdp,economy,20x0,244.83,亿元,地区生产总值,GDP,seed\n", "x.csv", bag);
        Assert.Equal(["CSV006", "CSV005"], bag.Items.Select(d => d.Code));
    }

    [Fact]
    public void MissingHeaderColumnIsReported()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse("id,year,value\ngdp,2015,1\n", "x.csv", bag);
        Assert.Equal("CSV002", Assert.Single(bag.Items).Code);
    }

    [Theory]
    [InlineData("２４４.８３", 244.83)]
    [InlineData("28,987", 28987)]
    public void ExcelHabitsAreReadWithAWarning(string typed, double expected)
    {
        var bag = new DiagnosticBag();
        var table = IndicatorsCsvReader.Parse(Header + $"gdp,economy,2015,\"{typed}\",亿元,地区生产总值,GDP,seed\n", "x.csv", bag);
        Assert.Equal((decimal)expected, table.Get("gdp", 2015).Value);
        Assert.Equal(Severity.Warning, Assert.Single(bag.Items).Severity);
    }

    [Fact]
    public void PercentInValueIsAnErrorUnlessTheUnitIsPercent()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(Header + "gdp,economy,2015,94.7%,亿元,地区生产总值,GDP,seed\n", "x.csv", bag);
        Assert.Equal(Severity.Error, Assert.Single(bag.Items).Severity);
    }
}
