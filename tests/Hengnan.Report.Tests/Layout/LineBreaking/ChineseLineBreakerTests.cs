using Hengnan.Report.Layout.Text.LineBreaking;

namespace Hengnan.Report.Tests.Layout.LineBreaking;

/// <summary>
/// The clreq tailorings of <see cref="ChineseLineBreaker"/>. All strings here are synthetic,
/// short phrases made up to exercise one rule each. Expectations are written with
/// <see cref="BreakMarks"/>: "|" = a line may break there.
/// </summary>
public sealed class ChineseLineBreakerTests
{
    // --- ProhibitLineStart: clreq basic level (plus strict: dashes, ellipses) ---

    [Theory]
    [InlineData('、')]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('．')]
    [InlineData('：')]
    [InlineData('；')]
    [InlineData('！')]
    [InlineData('？')]
    [InlineData('‼')]
    [InlineData('⁇')]
    [InlineData('”')]
    [InlineData('’')]
    [InlineData('」')]
    [InlineData('』')]
    [InlineData('）')]
    [InlineData('》')]
    [InlineData('〉')]
    [InlineData('】')]
    [InlineData('〗')]
    [InlineData('〕')]
    [InlineData('］')]
    [InlineData('｝')]
    [InlineData('～')]
    [InlineData('〜')]
    [InlineData('-')]
    [InlineData('–')]
    [InlineData('—')]
    [InlineData('·')]
    [InlineData('・')]
    [InlineData('‧')]
    [InlineData('／')]
    [InlineData('/')]
    [InlineData('⸺')]
    [InlineData('…')]
    [InlineData('⋯')]
    public void NoBreakBeforeMarkThatMayNotStartALine(char mark)
    {
        string text = $"甲{mark}乙";

        Assert.Equal(BreakOpportunity.None, ChineseLineBreaker.Analyze(text)[1]);
    }

    [Theory]
    [InlineData('·')]
    [InlineData('～')]
    [InlineData('／')]
    [InlineData('—')]
    [InlineData('⸺')]
    public void DefaultAlgorithmWouldAllowThesePunctuationMarksToStartALine(char mark)
    {
        // Why the rule is needed: UAX #14 classes these AI/ID/B2, so Han ÷ mark by LB31.
        Assert.Equal(BreakOpportunity.Allowed, UnicodeLineBreaker.Analyze($"甲{mark}乙")[1]);
    }

    [Theory]
    [InlineData("发展，稳定", "发|展，|稳|定")]
    [InlineData("马克·吐温", "马|克·|吐|温")]
    [InlineData("甲、乙、丙。", "甲、|乙、|丙。")]
    [InlineData("（甲）乙", "（甲）|乙")]
    public void PunctuationStaysWithThePrecedingCharacter(string text, string expected)
    {
        Assert.Equal(expected, BreakMarks.Chinese(text));
    }

    // --- ProhibitLineEnd: clreq basic level ---

    [Theory]
    [InlineData('“')]
    [InlineData('‘')]
    [InlineData('「')]
    [InlineData('『')]
    [InlineData('（')]
    [InlineData('《')]
    [InlineData('〈')]
    [InlineData('【')]
    [InlineData('〖')]
    [InlineData('〔')]
    [InlineData('［')]
    [InlineData('｛')]
    public void NoBreakAfterMarkThatMayNotEndALine(char mark)
    {
        string text = $"甲{mark}乙";

        Assert.Equal(BreakOpportunity.None, ChineseLineBreaker.Analyze(text)[2]);
    }

    // --- QuotesAsBrackets: “ ” ‘ ’ act as OP/CL next to Chinese text ---

    [Theory]
    [InlineData("打造“四区一花园”", "打|造|“四|区|一|花|园”")]
    [InlineData("甲”乙", "甲”|乙")]
    [InlineData("“甲”“乙”", "“甲”|“乙”")]
    [InlineData("他说：“好。”", "他|说：|“好。”")]
    [InlineData("的“smart”城市", "的|“smart”|城|市")]
    [InlineData("“‘甲’”", "“‘甲’”")]
    public void ChineseQuotesBreakLikeBrackets(string text, string expected)
    {
        Assert.Equal(expected, BreakMarks.Chinese(text));
    }

    [Fact]
    public void DefaultAlgorithmKeepsQuotesGluedToHan()
    {
        // Why the rule is needed: LB19 (× QU, QU ×) forbids the break before “.
        Assert.Equal("打|造“四|区|一|花|园”", BreakMarks.Default("打造“四区一花园”"));
    }

    [Theory]
    [InlineData("don’t", "don’t")]
    [InlineData("Hengnan’s plan", "Hengnan’s |plan")]
    [InlineData("say “hi” now", "say |“hi” |now")]
    public void QuotesInLatinTextKeepTheirDefaultClass(string text, string expected)
    {
        Assert.Equal(expected, BreakMarks.Chinese(text));
    }

    // --- KeepDashesAndEllipses: clreq unbreakable marks, strict line-start level ---

    [Theory]
    [InlineData("他说——好", "他|说——|好")]
    [InlineData("他说⸺好", "他|说⸺|好")]
    [InlineData("甲――乙", "甲――|乙")]
    [InlineData("他说……好", "他|说……|好")]
    [InlineData("他说⋯⋯好", "他|说⋯⋯|好")]
    [InlineData("甲————乙", "甲————|乙")]
    public void DashesAndEllipsesAreNeitherSplitNorAtLineStart(string text, string expected)
    {
        Assert.Equal(expected, BreakMarks.Chinese(text));
    }

    [Fact]
    public void DefaultAlgorithmLetsTheTwoEmDashStartALine()
    {
        Assert.Equal("他|说|——|好", BreakMarks.Default("他说——好"));
    }

    // --- KeepNumbersWhole and KeepNumbersWithUnits ---

    [Theory]
    [InlineData("总额244.83亿元，增长", "总|额|244.83亿元，|增|长")]
    [InlineData("占94.7%的", "占|94.7%|的")]
    [InlineData("占94.7％的", "占|94.7％|的")]
    [InlineData("比为19.9:34.5:45.6", "比|为|19.9:34.5:45.6")]
    [InlineData("比为19.9：34.5", "比|为|19.9：34.5")]
    [InlineData("比为19.9∶34.5", "比|为|19.9∶34.5")]
    [InlineData("有1,200家", "有|1,200家")]
    [InlineData("亩产3060斤/亩的", "亩|产|3060斤/亩|的")]
    [InlineData("售4500元/吨", "售|4500元/吨")]
    [InlineData("2019—2020年", "2019—|2020年")]
    [InlineData("10～20吨", "10～|20吨")]
    [InlineData("共3万余人", "共|3万余人")]
    [InlineData("约300多家", "约|300多家")]
    [InlineData("提高12个百分点", "提|高|12个百分点")]
    [InlineData("面积5平方公里", "面|积|5平方公里")]
    [InlineData("装机10万千瓦", "装|机|10万千瓦")]
    [InlineData("获第3名", "获|第3名")]
    [InlineData("2019年人均", "2019年|人|均")]
    [InlineData("2019年10月", "2019年|10月")]
    public void NumbersStayWholeAndWithTheirUnits(string text, string expected)
    {
        Assert.Equal(expected, BreakMarks.Chinese(text));
    }

    [Fact]
    public void DefaultAlgorithmSeparatesNumberFromHanUnit()
    {
        // Why the rule is needed: NU ÷ ID by LB31.
        Assert.Equal("总|额|244.83|亿|元", BreakMarks.Default("总额244.83亿元"));
    }

    // --- Kept from the default algorithm ---

    [Theory]
    [InlineData("衡南县GDP增长", "衡|南|县|GDP|增|长")] // Han–Latin boundaries may break (clreq mixed text, LB31)
    [InlineData("衡南high-tech园区", "衡|南|high-|tech|园|区")] // Latin breaks only after the hyphen (LB21, LB28)
    [InlineData("the Hengnan County", "the |Hengnan |County")] // Latin breaks at spaces (LB18)
    [InlineData("湘江衡南", "湘|江|衡|南")] // ID ÷ ID
    [InlineData("增长12%", "增|长|12%")] // Han–digit boundary may break
    public void DefaultOpportunitiesAreKept(string text, string expected)
    {
        Assert.Equal(expected, BreakMarks.Chinese(text));
    }

    [Fact]
    public void MandatoryBreaksAreNeverRemoved()
    {
        // A hard line break before "，" stays mandatory although "，" may not start a line.
        Assert.Equal("甲\n!，|乙", BreakMarks.Chinese("甲\n，乙"));
    }

    [Fact]
    public void SurrogatePairsAreOneCharacter()
    {
        // U+20000 is a Plane 2 ideograph (ID).
        BreakOpportunity[] breaks = ChineseLineBreaker.Analyze("\U00020000，\U00020000");

        Assert.Equal(
            [BreakOpportunity.None, BreakOpportunity.None, BreakOpportunity.None, BreakOpportunity.Allowed, BreakOpportunity.None, BreakOpportunity.Mandatory],
            breaks);
    }

    [Fact]
    public void ResultHasTheSameShapeAsTheDefault()
    {
        BreakOpportunity[] breaks = ChineseLineBreaker.Analyze("衡南");

        Assert.Equal(3, breaks.Length);
        Assert.Equal(BreakOpportunity.None, breaks[0]);
        Assert.Equal(BreakOpportunity.Mandatory, breaks[2]);
        Assert.Equal([BreakOpportunity.None], ChineseLineBreaker.Analyze(string.Empty));
    }
}
