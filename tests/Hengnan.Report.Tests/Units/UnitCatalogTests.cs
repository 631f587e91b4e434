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
    [InlineData("12.5", "万吨", "12.5万吨", "125,000 tonnes")]
    [InlineData("356", "万吨", "356万吨", "3.56 million tonnes")]
    [InlineData("1", "吨", "1吨", "1 tonne")]
    [InlineData("1.2", "万亩", "1.2万亩", "12,000 mu")]
    [InlineData("120", "万亩", "120万亩", "1.2 million mu")]
    [InlineData("125.36", "万亩", "125.36万亩", "1,253,600 mu")]
    [InlineData("86", "公顷", "86公顷", "86 hectares")]
    [InlineData("1", "公顷", "1公顷", "1 hectare")]
    [InlineData("1234.5", "公里", "1234.5公里", "1,234.5 km")]
    [InlineData("2621", "平方公里", "2621平方公里", "2,621 square kilometres")]
    [InlineData("45.6", "万平方米", "45.6万平方米", "456,000 square metres")]
    [InlineData("350", "万人次", "350万人次", "3.5 million visits")]
    [InlineData("1", "人次", "1人次", "1 visit")]
    [InlineData("1600", "张", "1600张", "1,600")]
    [InlineData("12.3", "亿千瓦时", "12.3亿千瓦时", "1.23 billion kWh")]
    [InlineData("120", "万千瓦", "120万千瓦", "1,200 MW")]
    [InlineData("3.3333", "万户", "3.3333万户", "33,333 households")]
    [InlineData("1200000", "人", "1200000人", "1.2 million people")]
    public void FormatsEachLanguageItsOwnWay(string value, string unit, string zh, string en)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(zh, UnitCatalog.Format(v, unit, Language.Zh).ToString());
        Assert.Equal(en, UnitCatalog.Format(v, unit, Language.En).ToString());
    }

    [Theory]
    [InlineData("亿元", "CNY 100 million")]
    [InlineData("万户", "10,000 households")]
    [InlineData("万吨", "10,000 tonnes")]
    [InlineData("亿千瓦时", "100 million kWh")]
    [InlineData("万千瓦", "10 MW")]
    [InlineData("斤/亩", "jin per mu (1 jin = 0.5 kg)")]
    [InlineData("个", "")]
    public void TheEnglishNameIsTheUnitTheFiguresAreCountedIn(string unit, string name) => Assert.Equal(name, UnitCatalog.EnglishName(unit));

    [Fact]
    public void EveryUnitTheIssueListsIsBuiltIn()
    {
        foreach (var unit in "万吨 吨 公里 平方公里 万亩 亩 公顷 万平方米 万人次 人次 张 辆 所 座 套 亿千瓦时 万千瓦 亿元 万元 元 % 家 个 户 万户 人 万人 斤/亩 名".Split(' '))
            Assert.True(UnitCatalog.IsKnown(unit), unit);
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

    [Theory]
    [InlineData(2, "second", "第2名", "2nd")]
    [InlineData(1, "first", "第1名", "1st")]
    [InlineData(9, "ninth", "第9名", "9th")]
    [InlineData(12, "12th", "第12名", "12th")]
    public void InEnglishProseARankUnderTenIsAWord(int rank, string prose, string zh, string figure)
    {
        var table = new IndicatorTable(
        [
            new Indicator("rank", "livelihood", 2020, rank, "名", new BilingualText("全市排名", "Rank in the city"), "", new SourceLocation("t", 1, 1)),
        ]);
        var binding = new FigureBinding("rank", 2020, null, FigureFormat.Value, new SourceLocation("o", 1, 1));
        Assert.Equal(prose, FigureFormatter.InProse(binding, table, Language.En));
        Assert.Equal(zh, FigureFormatter.InProse(binding, table, Language.Zh));
        // Cards, tables and charts keep the figure.
        Assert.Equal(figure, FigureFormatter.Format(binding, table, Language.En));
    }
}
