using Hengnan.Report.Charts;
using Hengnan.Report.Content;

namespace Hengnan.Report.Tests.Charts;

/// <summary>How a chart prints its figures per language (values synthetic or from the sample).</summary>
public sealed class ChartNumbersTests
{
    [Fact]
    public void EnglishChartsUseTheEnglishTextsScale()
    {
        // The English text says CNY 24.48 billion and CNY 35.60 billion for 244.83 and 356.01 亿元.
        var en = ChartNumbers.For("亿元", [244.83m, 356.01m], Language.En);
        Assert.Equal(("24.48", "35.60", "CNY billion"), (en.Text(244.83m), en.Text(356.01m), en.Unit));
        Assert.True(en.Converted);
        Assert.Equal(35.601, en.Scaled(356.01m), 6);
        // A small figure on the same chart stays on the chart's scale (not "18.3" or "1.83 billion" beside "35.60").
        var mixed = ChartNumbers.For("亿元", [18.3m, 356.01m], Language.En);
        Assert.Equal(("1.83", "35.60"), (mixed.Text(18.3m), mixed.Text(356.01m)));
        var zh = ChartNumbers.For("亿元", [244.83m, 356.01m], Language.Zh);
        Assert.Equal(("244.83", "356.01", "亿元", false), (zh.Text(244.83m), zh.Text(356.01m), zh.Unit, zh.Converted));
    }

    [Theory]
    [InlineData("%", "19.9", "19.9%", "%")]
    [InlineData("个", "1998", "1,998", "")]
    [InlineData("元", "28987", "28,987", "CNY")]
    [InlineData("万户", "3.3", "33,000", "households")]
    [InlineData("斤/亩", "3060", "1,530", "kg per mu")]
    [InlineData("万元", "5", "50,000", "CNY")]
    public void EnglishLabelsAndUnits(string unit, string value, string label, string name)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var en = ChartNumbers.For(unit, [v], Language.En);
        Assert.Equal((label, name), (en.Text(v), en.Unit));
    }

    [Fact]
    public void TicksAreRoundNumbersOnTheChartsScale()
    {
        var en = ChartNumbers.For("亿元", [356.01m], Language.En);
        Assert.Equal("12.5", en.Tick(12.5, 1));
        Assert.Equal("1,000", ChartNumbers.For("个", [1998m], Language.En).Tick(1000, 0));
        Assert.Equal("1000", ChartNumbers.For("个", [1998m], Language.Zh).Tick(1000, 0));
        Assert.Equal("20%", ChartNumbers.For("%", [45.6m], Language.Zh).Tick(20, 0));
    }
}
