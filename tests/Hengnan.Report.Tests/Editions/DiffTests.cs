using System.Text.Json;
using Hengnan.Report.Cli;

namespace Hengnan.Report.Tests.Editions;

/// <summary>hengnan-report diff lists the figures and the paragraphs that changed from one edition to the next.</summary>
public sealed class DiffTests
{
    // Two synthetic editions (test fixtures): the second moves the figures on a year, changes a value, adds and drops rows,
    // rewrites one word, adds a paragraph, and only moves the figure references of another.
    private const string OldOutline = """
        [section economy]
        title: 打造经济硬实力 | Building Economic Strength
        [numbers]
        kpi: gdp@2015..2020
        zh: 地区生产总值由{gdp@2015}增至{gdp@2020}。
        en: GDP rose from {gdp@2015} to {gdp@2020}.

        zh: 高新技术企业稳步增加。
        en: High-tech enterprises grew steadily.
        """;

    private const string NewOutline = """
        [section economy]
        title: 打造经济硬实力 | Building Economic Strength
        [numbers]
        kpi: gdp@2016..2021
        zh: 地区生产总值由{gdp@2016}增至{gdp@2021}。
        en: GDP rose from {gdp@2016} to {gdp@2021}.

        zh: 高新技术企业快速增加。
        en: High-tech enterprises grew fast.

        zh: 新增一段。
        en: A new paragraph.
        """;

    private static readonly string NewCsv = SmallEdition.Csv
        .Replace("gdp,economy,2015,244.83", "gdp,economy,2016,260.10")          // 2015 gone, 2016 new
        .Replace("gdp,economy,2020,356.01", "gdp,economy,2020,356.11")          // changed
        + "\ngdp,economy,2021,380.50,亿元,地区生产总值,GDP,test";                  // new

    [Fact]
    public void ListsChangedNewAndGoneFiguresAndRewrittenParagraphs()
    {
        using var old = new SmallEdition(outline: OldOutline);
        using var @new = new SmallEdition(csv: NewCsv, outline: NewOutline);
        var stdout = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["diff", old.Folder, @new.Folder, "--ui", "en"], stdout, new StringWriter()));
        var text = stdout.ToString();
        Assert.Contains("figures: 4 changed, new or gone", text);
        Assert.Contains("  gdp@2015  GDP: gone (was 244.83 亿元)", text);
        Assert.Contains("  gdp@2016  GDP: new: 260.10 亿元", text);
        Assert.Contains("  gdp@2020  GDP: 356.01 亿元 → 356.11 亿元", text);
        Assert.Contains("  gdp@2021  GDP: new: 380.50 亿元", text);
        Assert.DoesNotContain("hightech", text.Split("text:")[0]);     // unchanged figures are not listed
        // The first paragraph only moved its figures on: not a change of its words. The second changed one word in each
        // language (shown in that language, with the edit), the third is new.
        Assert.Contains("text: 4 paragraph(s) changed, new or gone", text);
        Assert.DoesNotContain("paragraph 1", text);
        Assert.Contains("Building Economic Strength (economy), paragraph 2, Chinese, changed", text);
        Assert.Contains("    - 高新技术企业稳步增加。", text);
        Assert.Contains("    + 高新技术企业快速增加。", text);
        Assert.Contains("      高新技术企业[稳步] → [快速]", text);
        Assert.Contains("Building Economic Strength (economy), paragraph 2, English, changed", text);
        Assert.Contains("grew [steadily.] → [fast.]", text);
        Assert.Contains("Building Economic Strength (economy), paragraph 3, Chinese, new", text);
        Assert.Contains("    + 新增一段。", text);

        // In Chinese for a Chinese user; the paragraphs keep their own language.
        var zh = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["diff", old.Folder, @new.Folder, "--ui", "zh"], zh, new StringWriter()));
        Assert.Contains("  gdp@2020  地区生产总值: 356.01 亿元 → 356.11 亿元", zh.ToString());
        Assert.Contains("打造经济硬实力（economy） 第 2 段，英文，改动", zh.ToString());
        Assert.Contains("    + High-tech enterprises grew fast.", zh.ToString());

        // JSON for tools.
        var json = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["diff", old.Folder, @new.Folder, "--format", "json"], json, new StringWriter()));
        using var doc = JsonDocument.Parse(json.ToString());
        var figures = doc.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(["removed 2015", "added 2016", "changed 2020", "added 2021"],
            figures.Select(f => $"{f.GetProperty("change").GetString()} {f.GetProperty("year").GetInt32()}"));
        Assert.Equal(356.11m, figures[2].GetProperty("new").GetProperty("value").GetDecimal());
        var paragraphs = doc.RootElement.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(["changed zh 2", "changed en 2", "added zh 3", "added en 3"],
            paragraphs.Select(p => $"{p.GetProperty("change").GetString()} {p.GetProperty("language").GetString()} {p.GetProperty("paragraph").GetInt32()}"));
        Assert.Equal(8, paragraphs[0].GetProperty("new").GetProperty("at").GetProperty("line").GetInt32());
    }

    [Fact]
    public void AParagraphRewrittenInPlaceIsPairedWithItsOldSelfAndAnUnlikeOneIsAddedAndRemoved()
    {
        using var old = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[review]\nzh: 全县粮食生产连续五年保持稳定。\nen: Grain output held steady for five years.\n\nzh: 屋场恳谈会制度由衡南首创首倡。\nen: Hengnan pioneered the wuchang forum.\n");
        using var @new = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[review]\nzh: 脱贫攻坚取得全面胜利。\nen: Poverty has been eliminated.\n\nzh: 屋场恳谈会制度由衡南率先首创。\nen: Hengnan was first to hold the wuchang forum.\n");
        var result = Hengnan.Report.Edition.EditionDiff.Compare(old.Folder, @new.Folder, new Hengnan.Report.Edition.DiagnosticBag())!;
        var zh = result.Paragraphs.Where(p => p.Language == Hengnan.Report.Layout.Text.Language.Zh).Select(p => (p.Kind.ToString(), p.Number)).ToList();
        // The first paragraphs have nothing in common: one gone, one new. The second is the same paragraph, rewritten.
        Assert.Equal([("Removed", 1), ("Added", 1), ("Changed", 2)], zh);
    }

    [Fact]
    public void AnEditionThatIsNotThereIsAnError()
    {
        using var old = new SmallEdition();
        var stderr = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["diff", old.Folder, Path.Combine(old.Folder, "nowhere"), "--ui", "en"], new StringWriter(), stderr));
        Assert.Contains("error EDN000: the edition folder does not exist", stderr.ToString());
    }
}
