using System.Text.Json;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using static Hengnan.Report.Tests.Edition.Workbooks;

namespace Hengnan.Report.Tests.Edition;

/// <summary>
/// indicators.xlsx reading. Every workbook is written by the test (<see cref="Workbooks"/>); the rows are
/// synthetic fixtures, with values borrowed from the sample edition.
/// </summary>
public sealed class IndicatorsXlsxReaderTests
{
    private static (IndicatorTable Table, DiagnosticBag Bag) Read(byte[] workbook)
    {
        var bag = new DiagnosticBag();
        return (IndicatorsXlsxReader.Read(workbook, "in/indicators.xlsx", bag) ?? new IndicatorTable([]), bag);
    }

    private static byte[] Saved(IEnumerable<IDictionary<string, object?>> rows, string sheet = "Sheet1")
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "indicators.xlsx");
        Save(path, rows, sheet);
        return File.ReadAllBytes(path);
    }

    [Fact]
    public void AnErrorIsReportedAtItsCell()
    {
        var (table, bag) = Read(Saved([
            Row("gdp", 2015, 244.83m, "亿元"),
            Row("gdp", 2020, "35б.01", "亿元"),
            Row("hightech", 2020, 27, "家"),
        ]));
        var error = Assert.Single(bag.Items);
        Assert.Equal(("CSV007", 3, 4, "Sheet1", "D3"), (error.Code, error.Line, error.Column, error.Sheet, error.Cell));
        Assert.StartsWith("in/indicators.xlsx!Sheet1!D3: error CSV007: '35б.01' is not a number", error.ToString());
        Assert.StartsWith("in/indicators.xlsx!Sheet1!D3: 错误 CSV007：", error.ToString(UiLanguage.Zh));
        // Tools get the row and the column's number, and the sheet and cell by name.
        var json = JsonDocument.Parse(DiagnosticJson.Serialize(bag.Items)).RootElement[0];
        Assert.Equal((3, 4, "Sheet1", "D3"), (json.GetProperty("line").GetInt32(), json.GetProperty("column").GetInt32(),
            json.GetProperty("sheet").GetString(), json.GetProperty("cell").GetString()));
        // The other rows are read, numbers typed as numbers.
        Assert.Equal(244.83m, table.Get("gdp", 2015).Value);
        Assert.Equal(27m, table.Get("hightech", 2020).Value);
    }

    [Fact]
    public void EveryFieldIsPlacedAtItsOwnCell()
    {
        var (_, bag) = Read(Saved([
            Row("Bad Id", 2020, 1, "个"),
            Row("a", "20x0", 1, "个"),
            Row("b", 2020, 1, "亿美元"),
            Row("c", 2020, 1, "个", zh: ""),
            Row("c", 2020, 2, "个"),
        ]));
        Assert.Equal(["CSV004@A2", "CSV005@C3", "CSV006@E4", "CSV010@F5", "CSV009@A6"], bag.Items.Select(d => $"{d.Code}@{d.Cell}"));
        // A second row for the same year names the first by its row.
        Assert.Contains("the first is row 5", bag.Items[^1].Message);
    }

    [Fact]
    public void ASheetWithSpacesInItsNameIsQuotedAsExcelQuotesIt()
    {
        var (_, bag) = Read(Saved([Row("gdp", 2020, "x", "亿元")], "My data"));
        Assert.StartsWith("in/indicators.xlsx!'My data'!D2:", Assert.Single(bag.Items).ToString());
    }

    [Fact]
    public void NumbersKeepTheDigitsTypedNotTheBinaryFraction()
    {
        // Excel stores 356.01 as the nearest binary fraction and may write all 17 digits of it; a figure computed
        // in the sheet (=18.3*3, a sum) carries the noise of binary arithmetic: 54.900000000000006, and one binary
        // step off 356.01 is 356.01000000000005. Excel shows each with 15 significant digits: 356.01, 54.9.
        var (table, bag) = Read(Raw("Sheet1",
            [.. Header.Select((h, i) => ($"{(char)('A' + i)}1", h, Kind.Text)),
             ("A2", "gdp", Kind.Text), ("C2", "2020", Kind.Number), ("D2", "356.00999999999999", Kind.Number), ("E2", "亿元", Kind.Text),
             ("F2", "地区生产总值", Kind.Text), ("G2", "GDP", Kind.Text),
             ("A3", "revenue", Kind.Text), ("C3", "2020", Kind.Number), ("D3", "54.900000000000006", Kind.Number), ("E3", "亿元", Kind.Text),
             ("F3", "一般公共预算收入", Kind.Text), ("G3", "Revenue", Kind.Text),
             ("A4", "gdp", Kind.Text), ("C4", "2021", Kind.Number), ("D4", "356.01000000000005", Kind.Number), ("E4", "亿元", Kind.Text),
             ("F4", "地区生产总值", Kind.Text), ("G4", "GDP", Kind.Text)]));
        Assert.Empty(bag.Items);
        string Value(int year, string id = "gdp") => table.Get(id, year).Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(("356.01", "54.9", "356.01"), (Value(2020), Value(2020, "revenue"), Value(2021)));
        Assert.Equal("CNY 35.60 billion", table.Units.Format(table.Get("gdp", 2020).Value, "亿元", Language.En).ToString());
    }

    private static (IndicatorTable, DiagnosticBag) One(string year, Kind yearKind, string value, Kind valueKind, string unit) =>
        Read(RawRow("Sheet1", ("A", "rate", Kind.Text), ("C", year, yearKind), ("D", value, valueKind), ("E", unit, Kind.Text),
            ("F", "比率", Kind.Text), ("G", "Rate", Kind.Text)));

    [Theory]
    [InlineData(Kind.Percent1, "94.7")]
    [InlineData(Kind.Percent2, "94.70")]
    public void APercentageFormatIsReadAsThePercentageShown(Kind format, string expected)
    {
        var (table, bag) = One("2020", Kind.Number, "0.947", format, "%");
        Assert.Empty(bag.Items);
        Assert.Equal(expected, table.Get("rate", 2020).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void APercentageFormatInAnotherUnitIsAnError()
    {
        var (_, bag) = One("2020", Kind.Number, "0.947", Kind.Percent1, "亿元");
        var error = Assert.Single(bag.Items);
        Assert.Equal(("CSV007", "D2"), (error.Code, error.Cell));
        Assert.Contains("94.7%", error.Message);
    }

    [Fact]
    public void ANumberShownRoundedIsReadAsShownWithAWarning()
    {
        var (table, bag) = One("2020", Kind.Number, "18.345", Kind.Fixed2, "亿元");
        Assert.Equal(18.35m, table.Get("rate", 2020).Value);
        var warning = Assert.Single(bag.Items);
        Assert.Equal((Severity.Warning, "CSV008", "D2"), (warning.Severity, warning.Code, warning.Cell));
        Assert.Contains("holds 18.345 but shows 18.35", warning.Message);
        // A format with more decimals than typed shows them, and they print (18.30 as in the CSV).
        var (padded, quiet) = One("2020", Kind.Number, "18.3", Kind.Fixed2, "亿元");
        Assert.Empty(quiet.Items);
        Assert.Equal("18.30", padded.Get("rate", 2020).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DatesInTheYearColumnAreReadOrReported()
    {
        // 2020 typed into a date-formatted cell (it shows 1905-07-12): the number is the year.
        var (typed, bag) = One("2020", Kind.Date, "1", Kind.Number, "个");
        Assert.Equal(Period.OfYear(2020), typed.Get("rate", 2020).Period);
        Assert.Equal(("CSV008", "C2"), (Assert.Single(bag.Items).Code, bag.Items[0].Cell));
        // 31 December 2020 (serial 44196): a count at the end of 2020.
        var (end, endBag) = One("44196", Kind.Date, "1", Kind.Number, "个");
        Assert.Equal(Period.EndOf(2020), end.Get("rate", 2020).Period);
        Assert.Contains("2020年底", Assert.Single(endBag.Items).Message);
        // 30 June 2020: no period a figure has.
        var (_, mid) = One("44012", Kind.Date, "1", Kind.Number, "个");
        var error = Assert.Single(mid.Items);
        Assert.Equal((Severity.Error, "CSV005", "C2"), (error.Severity, error.Code, error.Cell));
        Assert.Contains("2020-06-30", error.Message);
    }

    [Fact]
    public void YearsAndSpansTypedAsTextAreRead()
    {
        var (table, bag) = Read(Saved([Row("a", "2025年", 1, "个"), Row("b", "2016-2020", 209.32m, "亿元"), Row("c", "截至2020年底", 1998, "个")]));
        Assert.Equal(Period.OfYear(2025), table.Get("a", 2025).Period);
        Assert.Equal(Period.Span(2016, 2020), table.Get("b", 2020).Period);
        Assert.Equal(Period.EndOf(2020), table.Get("c", 2020).Period);
        var warning = Assert.Single(bag.Items);
        Assert.Equal((Severity.Warning, "CSV008", "C2"), (warning.Severity, warning.Code, warning.Cell));
    }

    [Fact]
    public void TheSheetNamedIndicatorsIsRead()
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "indicators.xlsx");
        SaveSheets(path, ("说明", [new Dictionary<string, object?> { ["注意"] = "本表仅供说明" }]), ("指标", [Row("gdp", 2020, 356.01m, "亿元")]));
        var (table, bag) = Read(File.ReadAllBytes(path));
        Assert.Empty(bag.Items);
        Assert.Equal(356.01m, table.Get("gdp", 2020).Value);
    }

    [Fact]
    public void AMissingColumnIsReportedAtTheHeader()
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "indicators.xlsx");
        Save(path, [new Dictionary<string, object?> { ["id"] = "gdp", ["year"] = 2020, ["value"] = 1 }]);
        var (_, bag) = Read(File.ReadAllBytes(path));
        var error = Assert.Single(bag.Items);
        Assert.Equal(("CSV002", "A1"), (error.Code, error.Cell));
    }

    [Fact]
    public void AColumnNamedTwiceIsReportedWithBothColumns()
    {
        var (_, bag) = Read(Raw("Sheet1", [.. Header.Select((h, i) => ($"{(char)('A' + i)}1", h, Kind.Text)), ("J1", "year", Kind.Text)]));
        var error = Assert.Single(bag.Items);
        Assert.Equal(("CSV012", "J1"), (error.Code, error.Cell));
        Assert.Contains("(columns 3 and 10)", error.Message);
    }

    [Fact]
    public void ALineBreakInALabelIsAnErrorAtItsCell()
    {
        var (_, bag) = Read(Saved([Row("gdp", 2020, 356.01m, "亿元", zh: "地区\n生产总值")]));
        var error = Assert.Single(bag.Items);
        Assert.Equal(("TXT001", "F2"), (error.Code, error.Cell));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4 })]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 20, 0, 0, 0 })]
    [InlineData(new byte[0])]
    public void AFileThatIsNoWorkbookIsReportedNotACrash(byte[] bytes)
    {
        var (table, bag) = Read(bytes);
        Assert.Empty(table.Rows);
        var error = Assert.Single(bag.Items);
        Assert.Equal(("XLS001", "in/indicators.xlsx", 0), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void AnEditionWithBothTablesIsAnErrorSayingWhichToKeep()
    {
        using var edition = new Editions.SmallEdition();
        Save(Path.Combine(edition.Folder, "indicators.xlsx"), [Row("gdp", 2020, 356.01m, "亿元")]);
        var bag = new DiagnosticBag();
        Assert.Null(EditionLoader.Load(edition.Folder, bag));
        var error = Assert.Single(bag.Items, d => d.Severity == Severity.Error);
        Assert.Equal("EDN021", error.Code);
        Assert.Contains("indicators.csv and indicators.xlsx", error.Message);
    }

    [Fact]
    public void AnEditionReadsItsWorkbookWhenItHasNoCsv()
    {
        using var edition = new Editions.SmallEdition();
        var csv = IndicatorsCsvReader.Parse(Editions.SmallEdition.Csv, "indicators.csv", new DiagnosticBag());
        File.Delete(Path.Combine(edition.Folder, "indicators.csv"));
        Save(Path.Combine(edition.Folder, "indicators.xlsx"), csv.Rows.Select(r => Row(r.Id, r.Year, r.Value, r.Unit, r.Label.Zh, r.Label.En, r.Section)));
        var bag = new DiagnosticBag();
        var content = EditionLoader.Load(edition.Folder, bag);
        Assert.True(content is not null, string.Join("\n", bag.Items));
        Assert.Equal(csv.Rows.Select(r => (r.Id, r.Year, r.Value, r.Unit)), content!.Indicators.Rows.Select(r => (r.Id, r.Year, r.Value, r.Unit)));
        // A reference to a figure the workbook lacks names the workbook.
        var outline = OutlineReader.Parse("[section economy]\ntitle: 甲 | A\n[numbers]\nkpi: nothing@2020\n", "outline.txt", bag);
        EditionLoader.Check(outline, content.Indicators, edition.Folder, bag);
        Assert.Contains(bag.Items, d => d.Code == "REF001" && d.Message.Contains("indicators.xlsx"));
    }
}
