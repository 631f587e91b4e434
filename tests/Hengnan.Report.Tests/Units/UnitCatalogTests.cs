using Hengnan.Report.Content;
using Hengnan.Report.Units;

namespace Hengnan.Report.Tests.Units;

public sealed class UnitCatalogTests
{
    [Theory]
    [InlineData("356.01", "亿元", "356.01亿元", "CNY 35.60 billion")]
    [InlineData("18.3", "亿元", "18.3亿元", "CNY 1.83 billion")]
    [InlineData("114.09", "亿元", "114.09亿元", "CNY 11.41 billion")]
    [InlineData("28987", "元", "28987元", "CNY 28,987")]
    [InlineData("3060", "斤/亩", "3060斤/亩", "1,530 kg per mu")]
    [InlineData("3.3", "万户", "3.3万户", "33,000 households")]
    [InlineData("19098", "户", "19098户", "19,098 households")]
    [InlineData("54227", "人", "54227人", "54,227 people")]
    [InlineData("1", "人", "1人", "1 person")]
    [InlineData("94.7", "%", "94.7%", "94.7%")]
    [InlineData("27", "家", "27家", "27")]
    [InlineData("2", "名", "第2名", "2nd")]
    [InlineData("12", "万元", "12万元", "CNY 120,000")]
    public void FormatsEachLanguageItsOwnWay(string value, string unit, string zh, string en)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(zh, UnitCatalog.Format(v, unit, Language.Zh).ToString());
        Assert.Equal(en, UnitCatalog.Format(v, unit, Language.En).ToString());
    }

    [Fact]
    public void DerivedFiguresRoundExplicitly()
    {
        var table = new IndicatorTable(
        [
            new Indicator("hightech", "economy", 2015, 5, "家", new BilingualText("高新技术企业", "High-tech enterprises"), "", new SourceLocation("t", 1, 1)),
            new Indicator("hightech", "economy", 2020, 27, "家", new BilingualText("高新技术企业", "High-tech enterprises"), "", new SourceLocation("t", 2, 1)),
        ]);
        var at = new SourceLocation("o", 1, 1);
        Assert.Equal("440%", FigureFormatter.Format(new FigureBinding("hightech", 2020, 2015, FigureFormat.ChangePercent, at), table, Language.En));
        Assert.Equal("5.4倍", FigureFormatter.Format(new FigureBinding("hightech", 2020, 2015, FigureFormat.Times, at), table, Language.Zh));
        Assert.Equal("5.4 times", FigureFormatter.Format(new FigureBinding("hightech", 2020, 2015, FigureFormat.Times, at), table, Language.En));
        Assert.Equal("22家", FigureFormatter.Format(new FigureBinding("hightech", 2020, 2015, FigureFormat.Change, at), table, Language.Zh));
    }
}
