using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Units;

namespace Hengnan.Report.Tests.Units;

/// <summary>The year column's periods: how staff type them, and how labels print them.</summary>
public sealed class PeriodTests
{
    [Theory]
    [InlineData("2020", "2020", false)]
    [InlineData("2016-2020", "2016-2020", false)]
    [InlineData("2016–2020", "2016-2020", false)]
    [InlineData("2016—2020", "2016-2020", false)]
    [InlineData("2016~2020", "2016-2020", false)]
    [InlineData("2016至2020", "2016-2020", false)]
    [InlineData("2020年底", "2020年底", false)]
    [InlineData("截至2020年底", "2020年底", false)]
    [InlineData("截至2020年末", "2020年底", false)]
    [InlineData("end-2020", "2020年底", false)]
    // Typed otherwise than the column takes them: read, and said so.
    [InlineData("2025年", "2025", true)]
    [InlineData("２０２０", "2020", true)]
    [InlineData("2016年—2020年", "2016-2020", true)]
    [InlineData("2020-12-31", "2020年底", true)]
    [InlineData("2020年12月31日", "2020年底", true)]
    public void StaffWaysOfWritingAPeriodAreRead(string typed, string read, bool warned)
    {
        var result = PeriodText.Parse(typed);
        Assert.Null(result.Error);
        Assert.Equal(read, result.Period!.ToString());
        Assert.Equal(warned, result.Warnings.Count > 0);
    }

    [Theory]
    [InlineData("20x0", "CSV005")]
    [InlineData("2020-2016", "CSV005.span")]
    [InlineData("2020-2020", "CSV005.span")]
    [InlineData("2020-06-30", "CSV005.date")]
    [InlineData("1899-2020", "CSV005")]
    [InlineData("", "CSV005")]
    public void AnythingElseIsAnError(string typed, string key) => Assert.Equal(key, PeriodText.Parse(typed).Error!.Key);

    [Theory]
    [InlineData("2020", "2020年", "2020", "2020年", "2020")]
    [InlineData("2016-2020", "2016—2020年", "2016–2020", "2016—2020年", "2016–2020")]
    [InlineData("2020年底", "截至2020年底", "by end-2020", "2020年底", "end-2020")]
    public void LabelsSayThePeriodInEachLanguage(string typed, string zh, string en, string pointZh, string pointEn)
    {
        var period = PeriodText.Parse(typed).Period!;
        Assert.Equal((zh, en), (period.Label(Language.Zh), period.Label(Language.En)));
        Assert.Equal((pointZh, pointEn), (period.Point(Language.Zh), period.Point(Language.En)));
    }

    [Fact]
    public void TheCsvReadsPeriodsAndWarnsAtTheYearField()
    {
        var bag = new DiagnosticBag();
        var table = IndicatorsCsvReader.Parse("id,section,year,value,unit,label_zh,label_en,source\n" +
            "spend,livelihood,2016-2020,209.32,亿元,五年民生支出累计,Total livelihood spending,test\n" +
            "groups,party,截至2020年底,1998,个,屋场党小组,Hamlet-level Party groups,test\n" +
            "gdp,economy,2020年,356.01,亿元,地区生产总值,GDP,test\n", "indicators.csv", bag);
        Assert.Equal(Period.Span(2016, 2020), table.Get("spend", 2020).Period);
        Assert.Equal(Period.EndOf(2020), table.Get("groups", 2020).Period);
        var warning = Assert.Single(bag.Items);
        Assert.Equal((Severity.Warning, "CSV008", 4, 13), (warning.Severity, warning.Code, warning.Line, warning.Column));
        Assert.Contains("'2020年' in the year column was read as 2020", warning.Message);
    }

    [Fact]
    public void ASpanAndAYearOfTheSameIndicatorEndingTogetherAreTwoRowsForOneYear()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse("id,section,year,value,unit,label_zh,label_en,source\n" +
            "spend,livelihood,2016-2020,209.32,亿元,民生支出,Spending,test\n" +
            "spend,livelihood,2020,45.1,亿元,民生支出,Spending,test\n", "indicators.csv", bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal(("CSV009", 3), (error.Code, error.Line));
        Assert.Contains("last year", error.Hint);
    }
}
