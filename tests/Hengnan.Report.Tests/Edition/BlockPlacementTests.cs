using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Edition;

/// <summary>
/// Where cards, charts and tables may stand in outline.txt, the table: line, and the section labels of
/// edition.txt. The outlines and settings here are synthetic fixtures.
/// </summary>
public sealed class BlockPlacementTests
{
    private static Outline Parse(string text, out DiagnosticBag bag)
    {
        bag = new DiagnosticBag();
        return OutlineReader.Parse(text, "outline.txt", bag);
    }

    private const string Section = "[section economy]\ntitle: 甲 | A\n";

    [Fact]
    public void CardsChartsAndTablesStandInTheIntroAndKeepTheOrderWritten()
    {
        var outline = Parse("""
            [intro]
            title: 序言 | Foreword
            zh: 第一段。
            en: First.
            kpi: gdp@2020
            kpi: hightech@2015..2020
            chart: compare gdp 2015 2020
            table: 2015 2020 gdp hightech | 主要指标 | Key indicators
            zh: 第二段。
            en: Second.
            [section economy]
            title: 甲 | A
            [numbers]
            zh: 先写段落。
            en: Paragraph first.
            chart: compare gdp 2015 2020
            kpi: gdp@2020
            [review]
            table: 2020 gdp
            zh: 回顾。
            en: Review.
            [closing]
            kpi: gdp@2020
            """, out var bag);
        Assert.Empty(bag.Items);
        Assert.Equal([typeof(ParagraphPair), typeof(KpiCard), typeof(KpiCard), typeof(ChartBlock), typeof(TableBlock), typeof(ParagraphPair)],
            outline.Intro!.Blocks.Select(b => b.GetType()));
        var section = Assert.Single(outline.Sections);
        Assert.Equal([typeof(ParagraphPair), typeof(ChartBlock), typeof(KpiCard)], section.Numbers.Select(b => b.GetType()));
        Assert.Equal([typeof(TableBlock), typeof(ParagraphPair)], section.Review.Select(b => b.GetType()));
        Assert.IsType<KpiCard>(Assert.Single(outline.Closing!.Blocks));
    }

    [Fact]
    public void ReadsATableLine()
    {
        var outline = Parse(Section + "[numbers]\ntable: 2015  2020 gdp hightech | 主要指标 | Key indicators\n", out var bag);
        Assert.Empty(bag.Items);
        var table = Assert.IsType<TableBlock>(Assert.Single(outline.Sections[0].Numbers));
        Assert.Equal([2015, 2020], table.Years);
        Assert.Equal(["gdp", "hightech"], table.IndicatorIds);
        Assert.Equal(new BilingualText("主要指标", "Key indicators"), table.Title);
        // Each indicator is located at its id, so that a missing figure is reported there.
        Assert.Equal([(4, 19), (4, 23)], table.IndicatorLocations.Select(l => (l.Line, l.Column)));
        var untitled = Parse(Section + "table: 2020 gdp\n", out bag);
        Assert.Empty(bag.Items);
        Assert.Null(Assert.IsType<TableBlock>(Assert.Single(untitled.Sections[0].Review)).Title);
    }

    [Theory]
    [InlineData("table: gdp hightech", "OUT028", 8)]                        // no year
    [InlineData("table: 2015 2020", "OUT028", 8)]                           // no indicator
    [InlineData("table: 2015 gdp 2020", "OUT028", 17)]                      // a year after an indicator
    [InlineData("table: 2015 2015 gdp", "OUT028", 13)]                      // a year twice
    [InlineData("table: 1850 gdp", "OUT026", 8)]                            // not a year of the tool's range
    [InlineData("table: 2020 gdp | 主要指标", "OUT028", 8)]                  // a title in one language
    [InlineData("table: 2020 gdp | 主要指标 | ", "OUT028", 8)]
    [InlineData("table: 2011 2012 2013 2014 2015 2016 gdp", "OUT028", 8)]   // more years than fit
    public void ABadTableLineIsALocatedError(string line, string code, int column)
    {
        Parse(Section + "[numbers]\n" + line + "\n", out var bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal(code, error.Code);
        Assert.Equal((4, column), (error.Line, error.Column));
        Assert.False(string.IsNullOrWhiteSpace(error.HintIn(UiLanguage.Zh) ?? error.MessageIn(UiLanguage.Zh)));
    }

    [Theory]
    [InlineData("kpi: gdp@2020")]
    [InlineData("chart: compare gdp 2015 2020")]
    [InlineData("table: 2020 gdp")]
    public void FiguresCannotStandInTheCredits(string line)
    {
        Parse(Section + "[credits]\nzh: 撰文。\nen: Text.\n" + line + "\n", out var bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal("OUT016", error.Code);
        Assert.Equal(6, error.Line);
        Assert.Contains("[credits]", error.MessageIn(UiLanguage.Zh));
    }

    [Fact]
    public void APhotoAboveACardMustHaveItsCaption()
    {
        Parse(Section + "[review]\n[photo a.jpg]\nkpi: gdp@2020\nzh: 说明。\nen: Caption.\n", out var bag);
        Assert.Equal("OUT010", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void AMissingTableFigureIsReportedAtItsIndicator()
    {
        using var edition = new Editions.SmallEdition(outline: Section + "[numbers]\ntable: 2015 2020 gdp primary nothing | 表 | Table\n");
        var bag = new DiagnosticBag();
        Assert.Null(EditionLoader.Load(edition.Folder, bag));
        // primary has 2020 only; 'nothing' is no indicator at all (one error for it, not one per year).
        var missing = Assert.Single(bag.Items, d => d.Code == "REF002");
        Assert.Equal((4, 22), (missing.Line, missing.Column));
        Assert.Contains("2015", missing.MessageIn(UiLanguage.Zh));
        var unknown = Assert.Single(bag.Items, d => d.Code == "REF001");
        Assert.Equal((4, 30), (unknown.Line, unknown.Column));
    }

    private const string Settings = Editions.SmallEdition.Settings;

    [Fact]
    public void SectionLabelsAreSettingsWithTodaysDefaults()
    {
        var bag = new DiagnosticBag();
        var plain = EditionFileReader.Parse(Settings, "edition.txt", bag)!;
        Assert.Equal(new BilingualText("数字力量", "By the Numbers"), plain.NumbersLabel);
        Assert.Equal(new BilingualText("权威回顾", "Review"), plain.ReviewLabel);
        var renamed = EditionFileReader.Parse(Settings + "\nlabel.numbers: 关键数字 | Key Figures\nlabel.review：五年回望 | Looking Back\n", "edition.txt", bag)!;
        Assert.Empty(bag.Items);
        Assert.Equal(new BilingualText("关键数字", "Key Figures"), renamed.NumbersLabel);
        Assert.Equal(new BilingualText("五年回望", "Looking Back"), renamed.ReviewLabel);
    }

    [Theory]
    [InlineData("label.numbers: 关键数字")]
    [InlineData("label.numbers: 关键数字 | ")]
    [InlineData("label.review: | Review")]
    [InlineData("label.review: 甲 | B | C")]
    public void ALabelInOneLanguageIsALocatedError(string line)
    {
        var bag = new DiagnosticBag();
        Assert.Null(EditionFileReader.Parse(Settings + "\n" + line + "\n", "edition.txt", bag));
        var error = Assert.Single(bag.Items);
        Assert.Equal("EDN020", error.Code);
        Assert.Equal((11, line.IndexOf(':') + 3), (error.Line, error.Column));
        Assert.Contains("|", error.HintIn(UiLanguage.Zh));
    }
}
