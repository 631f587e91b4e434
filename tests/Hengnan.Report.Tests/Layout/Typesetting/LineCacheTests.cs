namespace Hengnan.Report.Tests.Layout.Typesetting;

/// <summary>A paragraph laid out again in a later pass (new objects, same text and styles) reuses its lines; any change sets it anew.</summary>
public sealed class LineCacheTests(TypesettingFonts fonts) : IClassFixture<TypesettingFonts>
{
    private static ParagraphStyle Style => new(Language.Zh, TextAlign.Justify, 2, 18);

    [Fact]
    public void AnEqualParagraphInALaterPassIsNotSetAgain()
    {
        var cache = new LineCache();
        var problems = new List<LayoutProblem>();
        var first = new Paragraph([new TextSpan("全县地区生产总值从2015年的244.83亿元增长到356.01亿元。", fonts.SerifZh with { })], Style).Lines(300, problems, cache);
        var again = new Paragraph([new TextSpan("全县地区生产总值从2015年的244.83亿元增长到356.01亿元。", fonts.SerifZh with { })], Style).Lines(300, problems, cache);
        Assert.Same(first, again);
        Assert.Equal((1, 1), (cache.Hits, cache.Misses));

        // Another page number, another width or another colour: set anew.
        new Paragraph([new TextSpan("本册自第3页起。", fonts.SerifZh)], Style).Lines(300, problems, cache);
        new Paragraph([new TextSpan("全县地区生产总值从2015年的244.83亿元增长到356.01亿元。", fonts.SerifZh)], Style).Lines(280, problems, cache);
        new Paragraph([new TextSpan("全县地区生产总值从2015年的244.83亿元增长到356.01亿元。", fonts.SerifZh with { Color = Color.Cmyk(0, 1, 1, 0) })], Style).Lines(300, problems, cache);
        Assert.Equal((1, 4), (cache.Hits, cache.Misses));
    }
}
