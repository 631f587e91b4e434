using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Edition;

/// <summary>The outline's chart lines, notes and centre labels. Outlines here are synthetic fixtures.</summary>
public sealed class ChartDirectiveTests
{
    private const string Head = "[section economy]\ntitle: 甲 | A\n[numbers]\n";

    private static List<ChartBlock> Charts(string numbers, out DiagnosticBag bag)
    {
        bag = new DiagnosticBag();
        var outline = OutlineReader.Parse(Head + numbers, "outline.txt", bag);
        return outline.Sections.SelectMany(s => s.Numbers).OfType<ChartBlock>().ToList();
    }

    [Fact]
    public void NewKindsReadTheirIndicatorsAndYears()
    {
        var charts = Charts("""
            chart: line gdp 2016..2020 | 地区生产总值 | GDP
            chart: line gdp 2010 2015..2017 2020
            chart: grouped 2015..2017 gdp fiscal retail | 三项 | Three
            chart: grouped 2015 2020 gdp fiscal
            chart: columns 2020 a b c | 项目 | Projects
            """, out var bag);
        Assert.Empty(bag.Items);
        Assert.Equal(5, charts.Count);
        Assert.Equal(ChartKind.Line, charts[0].Kind);
        Assert.Equal(["gdp"], charts[0].IndicatorIds);
        Assert.Equal([2016, 2017, 2018, 2019, 2020], charts[0].Years);
        Assert.Equal([2010, 2015, 2016, 2017, 2020], charts[1].Years);
        Assert.Equal(ChartKind.Grouped, charts[2].Kind);
        Assert.Equal(["gdp", "fiscal", "retail"], charts[2].IndicatorIds);
        Assert.Equal([2015, 2016, 2017], charts[2].Years);
        Assert.Equal([2015, 2020], charts[3].Years);
        Assert.Equal(ChartKind.Columns, charts[4].Kind);
        Assert.Equal(["a", "b", "c"], charts[4].IndicatorIds);
        Assert.Equal([2020], charts[4].Years);
        Assert.Equal(new BilingualText("三项", "Three"), charts[2].Title);
        // The years are located where the line names them (line 4 of the file, after "chart: line gdp ").
        Assert.Equal(new SourceLocation("outline.txt", 4, 17), charts[0].YearsLocation);
        Assert.Equal(new SourceLocation("outline.txt", 6, 16), charts[2].YearsLocation);
    }

    [Fact]
    public void NotesAndCentreLabelsBelongToTheChartAbove()
    {
        var charts = Charts("""
            chart: donut 2020 p1 p2 p3 | 结构 | Structure
            # a comment between is fine
            centre: 2020年 | 2020

            note: 2020年为初步数 | Preliminary figures for 2020
            chart: donut 2020 a b
            centre: total
            chart: compare gdp 2015 2020
            """, out var bag);
        Assert.Empty(bag.Items);
        Assert.Equal(new ChartCentre(new BilingualText("2020年", "2020")), charts[0].Centre);
        Assert.Equal(new BilingualText("2020年为初步数", "Preliminary figures for 2020"), charts[0].Note);
        Assert.True(charts[1].Centre!.IsTotal);
        Assert.Null(charts[1].Note);
        Assert.Null(charts[2].Centre);
    }

    [Fact]
    public void ANoteLineInsideAParagraphIsTheParagraphsText()
    {
        var bag = new DiagnosticBag();
        var outline = OutlineReader.Parse(Head + "chart: compare gdp 2015 2020\nzh: 正文。\nen: The text,\nnote: continued.\n", "outline.txt", bag);
        Assert.Empty(bag.Items);
        Assert.Null(outline.Sections[0].Numbers.OfType<ChartBlock>().Single().Note);
        var pair = outline.Sections[0].Numbers.OfType<ParagraphPair>().Single();
        Assert.EndsWith("note: continued.", string.Concat(pair.En.Parts.OfType<LiteralText>().Select(l => l.Text)));
    }

    [Theory]
    // A span that runs backwards: at the span's column.
    [InlineData("chart: line gdp 2020..2016", "CHT006", 4, 17)]
    // A word that is neither a year nor a span.
    [InlineData("chart: line gdp 2016..20x0", "CHT006", 4, 17)]
    [InlineData("chart: grouped 2015 1800 gdp fiscal", "CHT006", 4, 21)]
    // Years out of order, or twice.
    [InlineData("chart: line gdp 2018 2016", "CHT006", 4, 22)]
    [InlineData("chart: grouped 2015..2018 2017 gdp fiscal", "CHT006", 4, 27)]
    // A line chart of one year, with two indicators, or with its years first.
    [InlineData("chart: line gdp 2020", "OUT019", 4, 8)]
    [InlineData("chart: line gdp fiscal 2016..2020", "OUT019", 4, 8)]
    [InlineData("chart: line 2016..2020 gdp", "OUT019", 4, 8)]
    // A grouped chart of one indicator, or without years.
    [InlineData("chart: grouped 2015..2020 gdp", "OUT019", 4, 8)]
    [InlineData("chart: grouped gdp fiscal", "OUT019", 4, 8)]
    // A compare chart given a span.
    [InlineData("chart: compare gdp 2015..2020", "OUT019", 4, 8)]
    // Too many years or indicators.
    [InlineData("chart: line gdp 1950..2020", "CHT007", 4, 17)]
    [InlineData("chart: grouped 2000..2015 gdp fiscal", "CHT007", 4, 8)]
    [InlineData("chart: bars 2020 a b c d e f g h i j k l m", "CHT007", 4, 42)]
    // A note or centre label with nothing to belong to, or in one language.
    [InlineData("note: 说明 | A note", "CHT004", 4, 1)]
    [InlineData("kpi: gdp@2020\nnote: 说明 | A note", "CHT004", 5, 1)]
    [InlineData("chart: compare gdp 2015 2020\nnote: 只有中文", "CHT005", 5, 7)]
    [InlineData("chart: donut 2020 a b\ncentre: 合计", "CHT005", 5, 9)]
    [InlineData("chart: compare gdp 2015 2020\ncentre: 合计 | Total", "CHT008", 5, 1)]
    [InlineData("chart: donut 2020 a b\ncentre: total\ncenter: total", "CHT004", 6, 1)]
    [InlineData("chart: donut 2020 a b\nnote: 甲 | A\nnote: 乙 | B", "CHT004", 6, 1)]
    // A refused chart line: its note is not reported again.
    [InlineData("chart: line gdp 2020..2016\nnote: 甲 | A\ncentre: total", "CHT006", 4, 17)]
    public void MistakesInChartLinesAreLocated(string numbers, string code, int line, int column)
    {
        Charts(numbers, out var bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
        Assert.Equal(Severity.Error, error.Severity);
        // Worded in both languages from the catalogue.
        Assert.NotNull(error.Text);
        Assert.NotEqual(error.MessageIn(UiLanguage.En), error.MessageIn(UiLanguage.Zh));
    }
}
