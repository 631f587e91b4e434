using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Tests.Editions;
using Hengnan.Report.Units;

namespace Hengnan.Report.Tests.Integrity;

/// <summary>Rows have exactly the header's fields, columns are named once, and every number is in range where it is read.</summary>
public sealed class CsvAndNumberTests
{
    private const string Header = "id,section,year,value,unit,label_zh,label_en,source\n";

    private static Diagnostic[] Csv(string rows)
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(Header + rows, "indicators.csv", bag);
        return bag.Items.ToArray();
    }

    [Fact]
    public void ARowWithMoreFieldsThanTheHeaderIsAnErrorAtTheExtraField()
    {
        var error = Assert.Single(Csv("gdp,economy,2020,356.01,亿元,地区生产总值,GDP,seed,extra\n"));
        Assert.Equal(("CSV003", 2, 44), (error.Code, error.Line, error.Column));
        Assert.Contains("9 fields but the header has 8", error.Message);
    }

    [Fact]
    public void ARowWithFewerFieldsIsAnErrorAtTheEndOfTheRow()
    {
        var error = Assert.Single(Csv("gdp,economy,2020,356.01\n"));
        Assert.Equal(("CSV003", 2, 24), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void ADuplicateColumnIsAnErrorAtItsHeaderCell()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse("id,section,year,value,unit,label_zh,label_en,source,Value\ngdp,economy,2020,1,亿元,a,b,c,2\n", "indicators.csv", bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal(("CSV012", 1, 53), (error.Code, error.Line, error.Column));
        Assert.Contains("'Value' twice (columns 4 and 9)", error.Message);
    }

    [Fact]
    public void AFieldAfterAQuotedLineBreakIsLocatedOnItsOwnLine()
    {
        var error = Assert.Single(Csv("gdp,economy,2020,356.01,亿元,\"地区\n生产总值\",GDP,seed,extra\n"));
        Assert.Equal(("CSV003", 3, 16), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void AQuoteLeftOpenToTheEndOfTheFileIsLocatedWhereItsRowEnds()
    {
        // Found by ReaderProperties: CsvHelper counts the final line end inside an unclosed quote as a further
        // row, which put the error on a line past the end of the file.
        var error = Assert.Single(Csv("gdp,economy,2020,356.01,亿元,地区生产总值,\"GDP, 2\r\nid,section,year\r\n"));
        Assert.Equal(("CSV003", 3, 16), (error.Code, error.Line, error.Column));
    }

    [Theory]
    [InlineData("123456789012345678901234567890123", "亿元", "CSV014", "too large")]
    [InlineData("1000000000000.5", "元", "CSV014", "too large")]
    [InlineData("-2000000000000", "元", "CSV014", "too large")]
    [InlineData("1.1234567", "亿元", "CSV014", "6 decimal places")]
    [InlineData("1500", "%", "CSV014", "between -100 and 1000")]
    [InlineData("-101", "%", "CSV014", "between -100 and 1000")]
    [InlineData("2.5", "名", "CSV015", "rank")]
    [InlineData("0", "名", "CSV015", "rank")]
    [InlineData("-3", "名", "CSV015", "rank")]
    [InlineData("3.5", "家", "CSV015", "whole")]
    [InlineData("54227.5", "人", "CSV015", "whole")]
    public void AValueOutOfRangeIsAnErrorAtItsCell(string value, string unit, string code, string says)
    {
        var error = Assert.Single(Csv($"x,economy,2020,{value},{unit},标签,Label,seed\n"));
        Assert.Equal((code, 2, 16), (error.Code, error.Line, error.Column));
        Assert.Contains(says, error.Message);
    }

    [Theory]
    [InlineData("1", "名")]
    [InlineData("1000000000000", "亿元")]
    [InlineData("-100", "%")]
    [InlineData("0.000001", "万元")]
    [InlineData("3.3", "万户")]
    public void ValuesInRangeAreRead(string value, string unit) => Assert.Empty(Csv($"x,economy,2020,{value},{unit},标签,Label,seed\n"));

    [Theory]
    [InlineData("1899")]
    [InlineData("2201")]
    [InlineData("99999999999")]
    public void AYearOutside1900To2200IsAnError(string year)
    {
        var error = Assert.Single(Csv($"gdp,economy,{year},356.01,亿元,标签,GDP,seed\n"));
        Assert.Equal(("CSV005", 2, 13), (error.Code, error.Line, error.Column));
        var bag = new DiagnosticBag();
        EditionFileReader.Parse(SmallEdition.Settings.Replace("year: 2021", "year: " + year), "edition.txt", bag);
        Assert.Contains(bag.Items, d => d.Code == "EDN005" && d.Line == 9 && d.Column == 7);
        var outline = new DiagnosticBag();
        OutlineReader.Parse($"[section economy]\ntitle: 甲 | A\n[numbers]\nkpi: gdp@{year}\nchart: compare gdp 2015 {year}\n[review]\nzh: {{gdp@2015..{year}:change}}\nen: x\n", "outline.txt", outline);
        Assert.Contains(outline.Items, d => d.Code == "OUT026" && d.Line == 4 && d.Column == 10);
        // A chart's year out of range is located at the year itself.
        Assert.Contains(outline.Items, d => d.Code == "CHT006" && d.Line == 5 && d.Column == 25);
        Assert.Contains(outline.Items, d => d.Code == "OUT026" && d.Line == 7 && d.Column == 10);
    }

    [Fact]
    public void AKpiChangeFromZeroIsALocatedErrorNotACrash()
    {
        using var edition = new SmallEdition(
            csv: SmallEdition.Csv.Replace("hightech,economy,2015,5,家", "hightech,economy,2015,0,家"),
            outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nkpi: hightech@2015..2020\n");
        var result = BrochureBuilder.Build(new BuildRequest(edition.Folder, RepositoryPaths.NewTempFolder()) { WriteFiles = false });
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("REF005", 4, 6), (error.Code, error.Line, error.Column));
        Assert.Contains("from a value of 0", error.Message);
    }

    [Fact]
    public void ChartsOfNegativeOrZeroFiguresAreLocatedErrors()
    {
        var csv = SmallEdition.Csv.Replace("primary,economy,2020,19.9,%", "primary,economy,2020,0,%");
        using var edition = new SmallEdition(csv: csv);
        var bag = new DiagnosticBag();
        EditionLoader.Load(edition.Folder, bag);
        Assert.Contains(bag.Items, d => d.Code == "REF006" && d.Line == 5 && d.Column == 8 && d.Message.Contains("larger than 0"));
    }

    [Fact]
    public void DerivedFiguresNeverOverflowOrDivideByZero()
    {
        // Values no CSV can hold (the reader refuses them) still give a FigureException, never an overflow.
        var at = new SourceLocation("outline.txt", 1, 1);
        Indicator Row(int year, decimal value, string unit = "亿元") => new("x", "s", year, value, unit, new BilingualText("甲", "A"), "", at);
        var table = new IndicatorTable([Row(2015, 0.0000000000000000000000000001m), Row(2020, decimal.MaxValue), Row(2019, 0m), Row(2018, -1m)]);
        foreach (var format in Enum.GetValues<FigureFormat>())
            foreach (var (from, to) in new[] { (2015, 2020), (2019, 2020), (2018, 2020), (2020, 2015) })
            {
                var binding = new FigureBinding("x", to, format is FigureFormat.Value or FigureFormat.Number or FigureFormat.Share ? null : from, format, at)
                    { ShareOf = format == FigureFormat.Share ? ["x", "x"] : [] };
                foreach (var language in new[] { Language.Zh, Language.En })
                {
                    try { FigureFormatter.Compute(binding, table, language); }
                    catch (FigureException) { }
                }
            }
        // A share of parts in other units is an error where it is written.
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[review]\nzh: {primary@2020:share(primary+gdp)}\nen: x\n");
        var bag = new DiagnosticBag();
        EditionLoader.Load(edition.Folder, bag);
        Assert.Contains(bag.Items, d => d.Code == "REF007" && d.Line == 4 && d.Column == 5);
    }
}
