using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Tests.Editions;

namespace Hengnan.Report.Tests.Messages;

/// <summary>
/// Diagnostics once worded in English only, made by the real readers, checks and layout and said in Chinese:
/// the same code, the catalogue's Chinese words, and the English as it was.
/// </summary>
public sealed class ChineseDiagnosticsTests
{
    private const string Header = "id,section,year,value,unit,label_zh,label_en,source\n";

    private static Diagnostic CsvValue(string value, string unit)
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(Header + $"x,economy,2020,{value},{unit},标签,Label,seed\n", "indicators.csv", bag);
        return Assert.Single(bag.Items);
    }

    private static IReadOnlyList<Diagnostic> Load(SmallEdition edition)
    {
        var bag = new DiagnosticBag();
        EditionLoader.Load(edition.Folder, bag);
        return bag.Items;
    }

    [Fact]
    public void AValueTooLarge()
    {
        var d = CsvValue("1000000000000.5", "元");
        Assert.Equal("CSV014", d.Code);
        Assert.Equal("indicators.csv:2:16: error CSV014: '1000000000000.5' is too large: a value may be at most 1,000,000,000,000 in its unit\n"
            + "  hint: check the number, or use a larger unit (亿元 instead of 元)", d.ToString(UiLanguage.En));
        Assert.Equal("indicators.csv:2:16: 错误 CSV014：“1000000000000.5”太大：按所填单位，数值最大为 1,000,000,000,000\n"
            + "  提示：请核对数字，或改用更大的单位（例如用亿元代替元）", d.ToString(UiLanguage.Zh));
    }

    [Fact]
    public void ARankThatIsNotAPlace()
    {
        var d = CsvValue("2.5", "名");
        Assert.Equal("CSV015", d.Code);
        Assert.Contains("error CSV015: the rank '2.5' is not a whole number from 1 up", d.ToString(UiLanguage.En));
        var zh = d.ToString(UiLanguage.Zh);
        Assert.Contains("错误 CSV015：名次“2.5”不是从 1 起的整数", zh);
        Assert.Contains("提示：名次表示排第几：第一名写 1，第二名写 2", zh);
    }

    [Fact]
    public void AFractionOfHouseholdsPointsToTheUnitOfTenThousands()
    {
        var d = CsvValue("3.5", "户");
        Assert.Equal("CSV015", d.Code);
        Assert.Contains("“3.5”户不是整数", d.MessageIn(UiLanguage.Zh));
        Assert.Contains("请改用“万户”作单位", d.HintIn(UiLanguage.Zh));
        Assert.Equal("a count in 户 is whole; for a fraction use 万户, or check the value", d.Hint);
    }

    [Fact]
    public void EachNumberHabitIsAWarningOfItsOwn()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(Header + "x,economy,2020,\"１,０００%\",%,标签,Label,seed\n", "indicators.csv", bag);
        Assert.All(bag.Items, d => Assert.Equal(("CSV008", Severity.Warning), (d.Code, d.Severity)));
        Assert.Equal(["“１,０００%”中的全角字符已按“1,000%”读取", "已忽略数值中的 %（单位列已写明 %）", "已去掉“１,０００%”中的千位分隔符"],
            bag.Items.Select(d => d.MessageIn(UiLanguage.Zh)));
    }

    [Fact]
    public void AChartOfNothingButZeros()
    {
        var csv = SmallEdition.Csv.Replace("primary,economy,2020,19.9", "primary,economy,2020,0")
            .Replace("secondary,economy,2020,34.5", "secondary,economy,2020,0").Replace("tertiary,economy,2020,45.6", "tertiary,economy,2020,0");
        using var edition = new SmallEdition(csv: csv);
        var d = Assert.Single(Load(edition), x => x.Code == "REF006");
        Assert.Equal((5, 8), (d.Line, d.Column));
        Assert.Contains("error REF006: a donut chart cannot show 0 ('primary' in 2020): its slices must be larger than 0", d.ToString(UiLanguage.En));
        Assert.Contains("错误 REF006：donut 图表无法显示 0（“primary”2020 年的数据）：各扇形必须大于 0", d.ToString(UiLanguage.Zh));

        using var bars = new SmallEdition(csv: csv, outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nchart: bars 2020 primary secondary\n");
        var zero = Assert.Single(Load(bars), x => x.Code == "REF006");
        Assert.Equal("every figure in this bars chart is 0", zero.Message);
        Assert.Equal("这张 bars 图表中的数字全是 0", zero.MessageIn(UiLanguage.Zh));
        Assert.Equal("请删去这张图表，或改用其他数字", zero.HintIn(UiLanguage.Zh));
    }

    [Fact]
    public void ATypedFigureTheDataContradicts()
    {
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nzh: 增长{450%=hightech@2015..2020:change%}。\nen: Up {hightech@2015..2020:change%}.\n");
        var d = Assert.Single(Load(edition));
        Assert.Equal(("VAL001", 4, 7), (d.Code, d.Line, d.Column));
        Assert.Equal("the text says 450% but indicators.csv gives 440%", d.Message);
        Assert.EndsWith("outline.txt:4:7: 错误 VAL001：正文写的是 450%，但按指标表 indicators.csv 应为 440%\n  提示：请改正这个数字，或删去手写的部分，让工具按数据自动填入",
            d.ToString(UiLanguage.Zh));
    }

    [Fact]
    public void AFigureTheDataCannotGiveSaysWhyInEachLanguage()
    {
        // The card's message takes the reason as a message of its own: each language says both in its words.
        using var edition = new SmallEdition(
            csv: SmallEdition.Csv.Replace("hightech,economy,2015,5,家", "hightech,economy,2015,0,家"),
            outline: "[section economy]\ntitle: 甲 | A\n[numbers]\nkpi: hightech@2015..2020\n");
        var d = Assert.Single(Load(edition));
        Assert.Equal("REF005", d.Code);
        Assert.Equal("the card's change cannot be printed: a relative change of 'hightech' cannot be computed from a value of 0 in 2015", d.Message);
        Assert.Equal("卡片上的变化无法印出：“hightech”2015 年的数值为 0，无法以它为基数计算相对变化", d.MessageIn(UiLanguage.Zh));
        Assert.Equal("请让卡片只显示一个年份（kpi: hightech@2020），或核对指标表 indicators.csv 中的数字", d.HintIn(UiLanguage.Zh));
    }

    [Fact]
    public void InitIntoAFolderThatIsNotEmpty()
    {
        var target = RepositoryPaths.NewTempFolder();
        try
        {
            File.WriteAllText(Path.Combine(target, "notes.txt"), "x");
            var bag = new DiagnosticBag();
            Assert.Null(EditionScaffolder.Scaffold(RepositoryPaths.SampleEdition, 2026, target, bag));
            var d = Assert.Single(bag.Items);
            Assert.Equal("INI002", d.Code);
            Assert.Equal($"{target}: error INI002: the folder for the new edition is not empty; nothing was written\n  hint: choose a new folder, e.g. editions/2026", d.ToString(UiLanguage.En));
            Assert.Equal($"{target}: 错误 INI002：新版本的文件夹不是空的；没有写入任何文件\n  提示：请换一个新文件夹，例如 editions/2026", d.ToString(UiLanguage.Zh));
        }
        finally { Directory.Delete(target, true); }
    }

    [Fact]
    public void ACoverTitleTooLongForTheCover()
    {
        var title = string.Concat(Enumerable.Repeat("坚持以人民为中心的发展思想", 8));
        using var edition = new SmallEdition(settings: SmallEdition.Settings.Replace("title.zh: 测试标题", "title.zh: " + title));
        var result = BrochureBuilder.Build(new BuildRequest(edition.Folder, edition.Folder) { WriteFiles = false });
        Assert.False(result.Succeeded);
        var d = result.Diagnostics.First(x => x.Code == "LAY010");
        Assert.Equal((1, 11), (d.Line, d.Column));
        Assert.StartsWith("the cover title \"坚持以人民为中心的发展思想", d.Message);
        Assert.Matches(@"edition\.txt:1:11: 错误 LAY010：封面标题“坚持以人民为中心的发展思想[^”]*…”太长，放不下（最多 2 行、每行 \d+ 毫米，缩小到 60% 仍放不下）；请删短",
            d.ToString(UiLanguage.Zh));
    }

    [Fact]
    public void AnArgumentGivenInBothLanguagesIsSaidInEach()
    {
        // Preflight findings come with their words in both languages from the preflighter.
        var message = Msg.Of("PRE001.page", "PX005", new BilingualText("该页缺少 BleedBox", "the page has no BleedBox"), "PDF/X-4", 3);
        Assert.Equal("preflight PX005 on page 3: the page has no BleedBox (PDF/X-4)", message.In(UiLanguage.En));
        Assert.Equal("印前检查 PX005（第 3 页）：该页缺少 BleedBox（PDF/X-4）", message.In(UiLanguage.Zh));
        Assert.NotEqual(message, Msg.Of("PRE001.page", "PX005", new BilingualText("别的", "the page has no BleedBox"), "PDF/X-4", 3));
    }
}
