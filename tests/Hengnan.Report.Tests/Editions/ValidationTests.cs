using Hengnan.Report.Cli;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Editions;

/// <summary>Each validation error on a small broken edition, with its exact line and column.</summary>
public sealed class ValidationTests
{
    private static IReadOnlyList<Diagnostic> Validate(SmallEdition edition)
    {
        var bag = new DiagnosticBag();
        EditionLoader.Load(edition.Folder, bag);
        return bag.Items;
    }

    private static void AssertOne(IReadOnlyList<Diagnostic> found, string code, string file, int line, int column)
    {
        Assert.Contains(found, d => d.Code == code && d.File.EndsWith(file) && d.Line == line && d.Column == column);
    }

    [Fact]
    public void TheSmallEditionIsClean() 
    {
        using var edition = new SmallEdition();
        Assert.Empty(Validate(edition));
    }

    [Theory]
    // An indicator the CSV does not have: the column of the '{'.
    [InlineData("zh: 增至{gdpp@2020}。\nen: To {gdp@2020}.", "REF001", 4, 7)]
    // A year the CSV does not have.
    [InlineData("zh: 增至{gdp@2019}。\nen: To {gdp@2020}.", "REF002", 4, 7)]
    // A typed figure the data contradicts.
    [InlineData("zh: 增长{450%=hightech@2015..2020:change%}。\nen: Up {hightech@2015..2020:change%}.", "VAL001", 4, 7)]
    // A typed figure that should be a binding (a warning): column of the number.
    [InlineData("zh: 达356.01亿元。\nen: Reached {gdp@2020}.", "VAL002", 4, 6)]
    // Unknown format, at the column of its name.
    [InlineData("zh: 增长{hightech@2015..2020:pct}。\nen: Up {hightech@2015..2020:change%}.", "OUT022", 4, 28)]
    // A cross reference to a part that does not exist.
    [InlineData("zh: 见第{page:nowhere}页。\nen: See p. {page:economy}.", "REF004", 4, 7)]
    // A Chinese paragraph with no English after it.
    [InlineData("zh: 只有中文。", "OUT015", 4, 1)]
    // An English paragraph with no Chinese before it.
    [InlineData("en: Only English.", "OUT014", 4, 1)]
    // An unknown directive.
    [InlineData("graph: gdp", "OUT003", 4, 1)]
    // A table with no year, at the start of its value.
    [InlineData("table: gdp", "OUT028", 4, 8)]
    // A table figure the CSV lacks, at its indicator's id.
    [InlineData("table: 2015 2020 gdp primary", "REF002", 4, 22)]
    public void OutlineProblemsAreLocated(string paragraph, string code, int line, int column)
    {
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[numbers]\n" + paragraph + "\n");
        var found = Validate(edition);
        AssertOne(found, code, "outline.txt", line, column);
        Assert.Single(found); // one mistake, one message: no follow-on errors
    }

    [Fact]
    public void AFigureTheDataCannotGiveIsAnErrorNotACrash()
    {
        using var edition = new SmallEdition(
            csv: SmallEdition.Csv + "\nnewcomers,economy,2015,0,家,新企业,New firms,test\nnewcomers,economy,2020,12,家,新企业,New firms,test",
            outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nzh: 增长{newcomers@2015..2020:change%}。\nen: Up {newcomers@2015..2020:change}.\n");
        AssertOne(Validate(edition), "REF005", "outline.txt", 4, 7);
    }

    [Fact]
    public void CaptionFiguresAreCheckedToo()
    {
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[photo photos/x.jpg]\nzh: 生产总值{gdp@2019}。\nen: GDP {gdp@2020}.\n");
        AssertOne(Validate(edition), "REF002", "outline.txt", 4, 9);
    }

    [Fact]
    public void AnUnknownEncodingIsAUsageError()
    {
        // A wrong value of an option is a usage error (2), as a wrong --bleed or --lang is, not a problem of the edition (1).
        using var edition = new SmallEdition();
        var stderr = new StringWriter();
        Assert.Equal(2, CommandLine.Run(["validate", edition.Folder, "--encoding", "klingon"], new StringWriter(), stderr));
        Assert.Contains("unknown encoding 'klingon'", stderr.ToString());
    }

    [Fact]
    public void AWrongUiLanguageStillGivesJsonWhenJsonIsAskedFor()
    {
        var stdout = new StringWriter();
        Assert.Equal(2, CommandLine.Run(["validate", "--ui", "xx", "--format", "json"], stdout, new StringWriter()));
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        Assert.Equal(2, json.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void AChartMixingUnitsIsAnError()
    {
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nchart: bars 2020 gdp primary\n");
        AssertOne(Validate(edition), "REF003", "outline.txt", 4, 8);
    }

    [Fact]
    public void MissingAndUnreadablePhotos()
    {
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[photo photos/none.jpg]\nzh: 说明。\nen: Caption.\n[photo photos/bad.jpg]\nzh: 说明。\nen: Caption.\n");
        Directory.CreateDirectory(Path.Combine(edition.Folder, "photos"));
        File.WriteAllText(Path.Combine(edition.Folder, "photos", "bad.jpg"), "not an image");
        // Synthetic: a JPEG cut off halfway, as an interrupted copy leaves it.
        using (var bitmap = new SkiaSharp.SKBitmap(400, 300))
        {
            bitmap.Erase(SkiaSharp.SKColors.SeaGreen);
            var jpeg = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90).ToArray();
            File.WriteAllBytes(Path.Combine(edition.Folder, "photos", "cut.jpg"), jpeg[..(jpeg.Length / 2)]);
        }
        File.AppendAllText(Path.Combine(edition.Folder, "outline.txt"), "[photo photos/cut.jpg]\nzh: 说明。\nen: Caption.\n");
        var found = Validate(edition);
        Assert.Contains(found, d => d.Code == "IMG001" && d.Severity == Severity.Warning && d.Line == 3);
        Assert.Contains(found, d => d.Code == "IMG002" && d.Severity == Severity.Error && d.Line == 6);
        Assert.Contains(found, d => d.Code == "IMG002" && d.Line == 9);
    }

    [Theory]
    [InlineData("gdp,economy,2020,356.01,亿元,地区生产总值,GDP,test", "gdp,economy,2020,356.01,亿美元,地区生产总值,GDP,test", "CSV006", 3, 25)]
    [InlineData("gdp,economy,2020,356.01,亿元,地区生产总值,GDP,test", "gdp,economy,2015,356.01,亿元,地区生产总值,GDP,test", "CSV009", 3, 1)]
    [InlineData("gdp,economy,2020,356.01,亿元,地区生产总值,GDP,test", "gdp,economy,2201,356.01,亿元,地区生产总值,GDP,test", "CSV005", 3, 13)]
    [InlineData("gdp,economy,2020,356.01,亿元,地区生产总值,GDP,test", "gdp,economy,2020,35б.01,亿元,地区生产总值,GDP,test", "CSV007", 3, 18)]
    public void CsvProblemsAreLocated(string row, string broken, string code, int line, int column)
    {
        using var edition = new SmallEdition(csv: SmallEdition.Csv.Replace(row, broken));
        AssertOne(Validate(edition), code, "indicators.csv", line, column);
    }

    [Fact]
    public void AFigureAfterTheEditionYearIsWarned()
    {
        using var edition = new SmallEdition(csv: SmallEdition.Csv + "\ngdp,economy,2031,400,亿元,地区生产总值,GDP,test");
        var found = Validate(edition);
        AssertOne(found, "CSV011", "indicators.csv", 9, 13);
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void EditionSettingProblemsAreLocated()
    {
        using var edition = new SmallEdition(settings: SmallEdition.Settings.Replace("year: 2021", "year: 2021\ncolor.primary: red\nfont.serif-zh: SimSun.ttc\nsize: A4"));
        var found = Validate(edition);
        AssertOne(found, "EDN007", "edition.txt", 10, 16);
        AssertOne(found, "EDN011", "edition.txt", 11, 16);
        AssertOne(found, "EDN002", "edition.txt", 12, 1);
    }

    [Fact]
    public void ValidateExitCodesAndJson()
    {
        using var clean = new SmallEdition();
        Assert.Equal(0, CommandLine.Run(["validate", clean.Folder], new StringWriter(), new StringWriter()));

        using var warned = new SmallEdition(outline: SmallEdition.Outline + "\n[photo photos/none.jpg]\nzh: 说明。\nen: Caption.\n");
        var stderr = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["validate", warned.Folder], new StringWriter(), stderr));
        Assert.Contains("warning IMG001", stderr.ToString());

        using var broken = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nzh: {gdp@2019}\nen: {gdp@2020}\n");
        var json = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["validate", broken.Folder, "--format", "json"], json, new StringWriter()));
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToString());
        var first = doc.RootElement.EnumerateArray().Single();
        Assert.Equal("REF002", first.GetProperty("code").GetString());
        Assert.Equal(4, first.GetProperty("line").GetInt32());
        Assert.Equal(5, first.GetProperty("column").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());

        var buildJson = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["build", broken.Folder, "--out", Path.Combine(broken.Folder, "out"), "--format", "json"], buildJson, new StringWriter()));
        using var built = System.Text.Json.JsonDocument.Parse(buildJson.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, built.RootElement.GetProperty("pdf").ValueKind);
        Assert.Equal("REF002", built.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Theory]
    // Synthetic: a figure equal to an indicator's value, but part of a name or a phrase: not a stale figure.
    [InlineData("zh: 跻身全国356.01强县。\nen: Among the Top 356.01 counties.")]
    [InlineData("zh: 地区生产总值增长。\nen: A 356.01-billion plan.")]
    public void NumbersInNamesAndPhrasesAreNotTakenForFigures(string paragraph)
    {
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[numbers]\n" + paragraph + "\n");
        Assert.DoesNotContain(Validate(edition), d => d.Code == "VAL002");
    }

    [Fact]
    public void AFigureWithItsUnitIsTakenForTheFigureEvenInAPhrase()
    {
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nzh: 达356.01亿元强。\nen: Reached {gdp@2020}.\n");
        Assert.Contains(Validate(edition), d => d.Code == "VAL002");
    }
}
