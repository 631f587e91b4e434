using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Edition;

/// <summary>units.csv: the edition's own units. The units here are synthetic test fixtures.</summary>
public sealed class UnitsCsvReaderTests
{
    private const string Header = "unit,en_singular,en_plural,factor,base\n";

    private static (Report.Units.UnitSet Units, DiagnosticBag Bag) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (UnitsCsvReader.Parse(text, "units.csv", bag), bag);
    }

    [Fact]
    public void UnitsOfTheEditionPrintInEnglishAsTheyDefine()
    {
        var (units, bag) = Parse("# comment\n" + Header +
            "株,plant,plants,,\n" +
            "万株,,,10000,株\n" +
            "千元,,,\"1,000\",元\n" +
            "人次,person-time,person-times,,\n" +
            "亿株,,,10000,万株\n" +
            "床,bed,,,\n");
        Assert.Empty(bag.Items);
        string En(decimal v, string unit) => units.Format(v, unit, Language.En).ToString();
        Assert.Equal("1 plant", En(1, "株"));
        Assert.Equal("125,000 plants", En(12.5m, "万株"));
        Assert.Equal("CNY 356,000", En(356, "千元"));
        Assert.Equal("12,000 person-times", En(12000, "人次"));
        Assert.Equal("1.2 billion plants", En(12, "亿株"));
        Assert.Equal("2 bed", En(2, "床"));
        Assert.Equal("12.5万株", units.Format(12.5m, "万株", Language.Zh).ToString());
        Assert.Equal("10,000 plants", units.EnglishName("万株"));
    }

    [Theory]
    [InlineData("unit,english\n", "UNT001", 1, 6)]
    [InlineData(Header + ",plant,plants,,\n", "UNT002", 2, 1)]
    [InlineData(Header + "株,plant,plants,,\n株,tree,trees,,\n", "UNT003", 3, 1)]
    [InlineData(Header + "%,percent,percent,,\n", "UNT004", 2, 1)]
    [InlineData(Header + "株,,plants,,\n", "UNT005", 2, 3)]
    [InlineData(Header + "株,plant,plants,ten,\n", "UNT006", 2, 16)]
    [InlineData(Header + "株,plant,plants,0,\n", "UNT006", 2, 16)]
    [InlineData(Header + "万株,plant,plants,10000,株\n", "UNT007", 2, 23)]
    [InlineData(Header + "万株,,,10000,株\n", "UNT008", 2, 12)]
    [InlineData(Header + "甲,,,10,乙\n乙,,,10,甲\n", "UNT008", 2, 8)]
    [InlineData(Header + "万名,,,10000,名\n", "UNT009", 2, 12)]
    [InlineData(Header + "株,plant,plants,\"1,0000\",\n", "UNT006", 2, 16)]
    public void EveryProblemIsReportedAtItsField(string text, string code, int line, int column)
    {
        var (_, bag) = Parse(text);
        var error = Assert.Single(bag.Items);
        Assert.Equal((Severity.Error, code, line, column), (error.Severity, error.Code, error.Line, error.Column));
    }

    [Fact]
    public void AnEditionsUnitsCsvGivesItsTableTheUnits()
    {
        using var edition = new Editions.SmallEdition(csv: Editions.SmallEdition.Csv + "\ntrees,economy,2020,12.5,万株,植树,Trees planted,test\n");
        File.WriteAllText(Path.Combine(edition.Folder, "units.csv"), Header + "株,tree,trees,,\n万株,,,10000,株\n");
        var bag = new DiagnosticBag();
        var table = EditionLoader.ReadIndicators(edition.Folder, bag);
        Assert.Empty(bag.Items);
        Assert.Equal("125,000 trees", table!.Units.Format(table.Get("trees", 2020).Value, "万株", Language.En).ToString());
        // Without the units file the unit is unknown, and the message lists what is known.
        File.Delete(Path.Combine(edition.Folder, "units.csv"));
        var without = new DiagnosticBag();
        EditionLoader.ReadIndicators(edition.Folder, without);
        var error = Assert.Single(without.Items);
        Assert.Equal(("CSV006", 9), (error.Code, error.Line));
        Assert.Contains("万吨", error.Hint);
    }

    [Fact]
    public void TheSampleUnitsFileIsDocumentationOnly()
    {
        var (units, bag) = Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SampleEdition, "units.csv")));
        Assert.Empty(bag.Items);
        Assert.Equal(Report.Units.UnitCatalog.KnownUnits.Order(), units.KnownUnits.Order());
    }
}
