using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Edition;

/// <summary>outline.txt reading. Outlines here are synthetic fixtures.</summary>
public sealed class OutlineReaderTests
{
    private static Outline Parse(string text, out DiagnosticBag bag)
    {
        bag = new DiagnosticBag();
        return OutlineReader.Parse(text, "outline.txt", bag);
    }

    [Fact]
    public void ReadsSectionsWithNumbersAndReview()
    {
        var outline = Parse("""
            # a comment
            [intro]
            zh: 序言。
            en: Foreword.

            [section economy]
            title: 打造经济硬实力 | Building Economic Strength
            [numbers]
            kpi: gdp@2015..2020
            chart: compare gdp 2015 2020 | 地区生产总值 | GDP
            zh: 由{gdp@2015}增至{gdp@2020}，增长{gdp@2015..2020:change%}。
            en: From {gdp@2015} to {gdp@2020:number}.
            [review]
            zh: 第一段，
            接着写。
            en: First paragraph,
            continued.
            """, out var bag);
        Assert.Empty(bag.Items);
        Assert.NotNull(outline.Intro);
        var section = Assert.Single(outline.Sections);
        Assert.Equal("economy", section.Id);
        Assert.Equal("Building Economic Strength", section.Title.En);
        var kpi = Assert.IsType<KpiCard>(section.Numbers[0]);
        Assert.Equal((2020, 2015), (kpi.Year, kpi.FromYear!.Value));
        var chart = Assert.IsType<ChartBlock>(section.Numbers[1]);
        Assert.Equal(ChartKind.Compare, chart.Kind);
        var numbersText = Assert.IsType<ParagraphPair>(section.Numbers[2]);
        var bindings = numbersText.Zh.Bindings.ToList();
        Assert.Equal(3, bindings.Count);
        Assert.Equal(FigureFormat.ChangePercent, bindings[2].Format);
        Assert.Equal(new SourceLocation("outline.txt", 11, 6), bindings[0].Location);
        var review = Assert.IsType<ParagraphPair>(Assert.Single(section.Review));
        Assert.Equal("第一段，接着写。", string.Concat(review.Zh.Parts.Cast<LiteralText>().Select(l => l.Text)));
        Assert.Equal("First paragraph, continued.", string.Concat(review.En.Parts.Cast<LiteralText>().Select(l => l.Text)));
    }

    [Fact]
    public void ChineseWithoutEnglishIsAnErrorAtItsLine()
    {
        Parse("""
            [section a]
            title: 甲 | A
            zh: 只有中文。

            zh: 第二段。
            en: Second.
            """, out var bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal(("OUT015", 3, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void EnglishWithoutChineseIsAnError()
    {
        Parse("""
            [section a]
            title: 甲 | A
            en: Only English.
            """, out var bag);
        Assert.Equal("OUT014", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void UnknownBlockAndBadBindingAreLocated()
    {
        Parse("""
            [section a]
            title: 甲 | A
            [numbrs]
            zh: 增至{gdp2020}。
            en: To {gdp@2020:pct}.
            """, out var bag);
        Assert.Contains(bag.Items, d => d.Code == "OUT005" && d.Line == 3);
        Assert.Contains(bag.Items, d => d.Code == "OUT020" && d.Line == 4 && d.Column == 8);
        Assert.Contains(bag.Items, d => d.Code == "OUT022" && d.Line == 5);
    }

    [Fact]
    public void SectionWithoutTitleIsAnError()
    {
        Parse("[section a]\nzh: 文。\nen: Text.\n", out var bag);
        Assert.Equal("OUT012", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void TextAfterAPhotoCaptionContinuesTheNarrative()
    {
        var outline = Parse("""
            [section a]
            title: 甲 | A
            [review]
            zh: 第一段。
            en: First.
            [photo photos/x.jpg]
            zh: 说明。
            en: Caption.
            zh: 第二段。
            en: Second.
            """, out var bag);
        Assert.Empty(bag.Items);
        var review = outline.Sections[0].Review;
        Assert.Equal(3, review.Count);
        Assert.IsType<PhotoBlock>(review[1]);
        Assert.Equal("第二段。", string.Concat(((ParagraphPair)review[2]).Zh.Parts.Cast<LiteralText>().Select(l => l.Text)));
    }

    [Fact]
    public void PhotoNeedsACaption()
    {
        var outline = Parse("""
            [section a]
            title: 甲 | A
            [photo photos/x.jpg]
            zh: 说明。
            en: Caption.
            [photo photos/y.jpg]
            """, out var bag);
        Assert.Equal("OUT010", Assert.Single(bag.Items).Code);
        Assert.Equal("photos/x.jpg", Assert.IsType<PhotoBlock>(Assert.Single(outline.Sections[0].Review)).File);
    }
}
