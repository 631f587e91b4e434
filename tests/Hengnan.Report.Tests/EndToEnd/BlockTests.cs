using Hengnan.Report.Compose;
using Hengnan.Report.Tests.Editions;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>
/// A synthetic edition (test fixture; the figures are the sample's, the texts made up) with a card and a
/// table in the foreword, a paragraph written before its chart, and renamed section labels, built in the
/// three language modes and read back from the real PDFs.
/// </summary>
public sealed class BlockEditionFixture : IDisposable
{
    public const string Outline = """
        [intro]
        title: 序言 | Foreword
        zh: 序言的第一段。
        en: The foreword opens here.
        kpi: hightech@2015..2020
        table: 2015 2020 gdp hightech | 主要指标表 | Key indicators table

        [section economy]
        title: 打造经济硬实力 | Building Economic Strength
        [numbers]
        zh: 这一段写在图表之前。
        en: Paragraph written before the chart.
        chart: donut 2020 primary secondary tertiary | 三次产业结构 | Sector shares
        [review]
        zh: 回顾的正文。
        en: Review text.
        """;

    public const string Labels = "\nlabel.numbers: 关键数字 | Key Figures\nlabel.review: 五年回望 | Looking Back\n";

    public BlockEditionFixture()
    {
        Edition = new SmallEdition(settings: SmallEdition.Settings + Labels, outline: Outline);
        foreach (var mode in new[] { LanguageMode.Bilingual, LanguageMode.Zh, LanguageMode.En })
        {
            var result = BrochureBuilder.Build(new BuildRequest(Edition.Folder, Path.Combine(Edition.Folder, "out-" + mode), mode));
            if (!result.Succeeded) throw new InvalidOperationException("build failed:\n" + string.Join("\n", result.Diagnostics));
            Paths[mode] = result.PdfPath!;
            Pdfs[mode] = new PdfInspection(result.PdfPath!);
        }
    }

    public SmallEdition Edition { get; }
    public Dictionary<LanguageMode, string> Paths { get; } = new();
    public Dictionary<LanguageMode, PdfInspection> Pdfs { get; } = new();

    public void Dispose() => Edition.Dispose();
}

public sealed class BlockTests(BlockEditionFixture fixture) : IClassFixture<BlockEditionFixture>
{
    private static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static int PageWith(PdfInspection pdf, string text) =>
        Enumerable.Range(0, pdf.PageCount).First(i => Squeeze(pdf.PageTexts[i]).Contains(Squeeze(text)));

    /// <summary>The height on the page of the first word that starts with <paramref name="word"/> (PDF units: higher is larger).</summary>
    private static double HeightOf(PdfInspection pdf, int page, string word) => pdf.PageWords[page].First(w => w.Text.StartsWith(word, StringComparison.Ordinal)).Y;

    [Theory]
    [InlineData(LanguageMode.Bilingual)]
    [InlineData(LanguageMode.En)]
    public void AParagraphWrittenBeforeItsChartPrintsAboveIt(LanguageMode mode)
    {
        var pdf = fixture.Pdfs[mode];
        int page = PageWith(pdf, "Paragraph written before the chart.");
        Assert.Equal(page, PageWith(pdf, "Sector shares"));
        Assert.True(HeightOf(pdf, page, "Paragraph") > HeightOf(pdf, page, "Sector"), "the chart printed above the paragraph written before it");
    }

    [Fact]
    public void AParagraphWrittenBeforeItsChartComesFirstInTheChineseText()
    {
        var pdf = fixture.Pdfs[LanguageMode.Zh];
        var text = Squeeze(pdf.PageTexts[PageWith(pdf, "这一段写在图表之前")]);
        Assert.True(text.IndexOf("这一段写在图表之前", StringComparison.Ordinal) < text.IndexOf("三次产业结构", StringComparison.Ordinal));
    }

    [Fact]
    public void TheForewordCarriesAKpiCardAfterItsParagraph()
    {
        var pdf = fixture.Pdfs[LanguageMode.Bilingual];
        int page = PageWith(pdf, "The foreword opens here.");
        var text = Squeeze(pdf.PageTexts[page]);
        // The card: the figure, its label with the year, and the change since 2015.
        Assert.Contains(Squeeze("高新技术企业（2020年）"), text);
        Assert.Contains(Squeeze("High-tech enterprises, 2020"), text);
        Assert.Contains("+440%", text);
        Assert.True(HeightOf(pdf, page, "opens") > HeightOf(pdf, page, "+440%"), "the card printed above the paragraph written before it");
    }

    /// <summary>The table's rows as lines of the page: the words at one height, left to right, run together.</summary>
    private IReadOnlyList<string> Lines(LanguageMode mode, string caption)
    {
        var pdf = fixture.Pdfs[mode];
        return pdf.PageWords[PageWith(pdf, caption)].GroupBy(w => Math.Round(w.Y))
            .Select(g => Squeeze(string.Concat(g.OrderBy(w => w.X).Select(w => w.Text)))).ToList();
    }

    [Fact]
    public void TheBilingualTableCarriesBothLanguages()
    {
        var lines = Lines(LanguageMode.Bilingual, "主要指标表");
        Assert.Contains("Keyindicatorstable", lines);
        // Header: 指标 Indicator, 单位 Unit, the years; the figures in the Chinese convention, as the Chinese text prints them.
        Assert.Contains(lines, l => l.StartsWith("指标", StringComparison.Ordinal) && l.EndsWith("单位2015年2020年", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Indicator", StringComparison.Ordinal) && l.Contains("Unit"));
        Assert.Contains("地区生产总值亿元244.83356.01", lines);
        Assert.Contains("高新技术企业家527", lines);
        // Each label and unit named in English under the Chinese.
        Assert.Contains(lines, l => l.StartsWith("GDP", StringComparison.Ordinal) && l.EndsWith("CNY100million", StringComparison.Ordinal));
        Assert.Contains("High-techenterprises", lines);
    }

    [Fact]
    public void TheChineseTableIsInChineseOnly()
    {
        var lines = Lines(LanguageMode.Zh, "主要指标表");
        Assert.Contains("指标单位2015年2020年", lines);
        Assert.Contains("地区生产总值亿元244.83356.01", lines);
        Assert.Contains("高新技术企业家527", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Indicator") || l.Contains("GDP") || l.Contains("CNY"));
    }

    [Fact]
    public void TheEnglishTableIsInEnglishOnlyAndAgreesWithTheEnglishText()
    {
        var lines = Lines(LanguageMode.En, "Key indicators table");
        Assert.Contains("IndicatorUnit20152020", lines);
        // CNY 24.48 billion and CNY 35.60 billion, as the English prose prints them, with the unit in its column.
        Assert.Contains("GDPCNYbillion24.4835.60", lines);
        Assert.Contains("High-techenterprises527", lines);
        Assert.DoesNotContain(lines, l => l.Any(c => c >= '\u4E00' && c <= '\u9FFF'));
    }

    [Fact]
    public void FiguresStandOnTheirDecimalPoints()
    {
        var pdf = fixture.Pdfs[LanguageMode.Zh];
        int page = PageWith(pdf, "主要指标表");
        var words = pdf.PageWords[page];
        // 244.83 above 5, 356.01 above 27: a whole number ends where the decimal point of the figure above it stands.
        var (gdp2015, five) = (words.First(w => w.Text == "244.83"), words.Last(w => w.Text == "5"));
        Assert.True(five.X > gdp2015.X, "a whole number is not set flush left under a decimal figure");
        Assert.True(five.Y < gdp2015.Y);
    }

    [Fact]
    public void TheTableIsTaggedAsATableOfRowsAndCells()
    {
        var tree = new StructureInspection(fixture.Paths[LanguageMode.Bilingual]);
        var table = Assert.Single(tree.All, e => e.Role == "Table");
        Assert.Equal("Caption", table.Children[0].Role);
        Assert.Contains("主要指标表", Squeeze(table.Children[0].Text));
        var rows = table.Children.Where(c => c.Role == "TR").ToList();
        Assert.Equal(3, rows.Count);
        // The header row is all header cells; each body row is headed by its indicator's name, then its unit and figures.
        Assert.Equal(["TH", "TH", "TH", "TH"], rows[0].Children.Select(c => c.Role));
        Assert.Equal(["TH", "TD", "TD", "TD"], rows[1].Children.Select(c => c.Role));
        Assert.Equal(["地区生产总值GDP", "亿元CNY100million", "244.83", "356.01"], rows[1].Children.Select(c => Squeeze(c.Text)));
        Assert.Equal(["高新技术企业High-techenterprises", "家", "5", "27"], rows[2].Children.Select(c => Squeeze(c.Text)));
        // The English name of a row is an English span of its header cell.
        Assert.Contains(rows[1].Children[0].Descendants(), e => e.Lang == "en" && e.Text.Contains("GDP"));
    }

    [Fact]
    public void RenamedSectionLabelsPrintAndNameTheBookmarks()
    {
        var bilingual = fixture.Pdfs[LanguageMode.Bilingual];
        var text = Squeeze(string.Concat(bilingual.PageTexts));
        Assert.Contains("关键数字", text);
        Assert.Contains("KeyFigures", text);
        Assert.Contains("五年回望", text);
        Assert.Contains("LookingBack", text);
        Assert.DoesNotContain("数字力量", text);
        Assert.DoesNotContain("BytheNumbers", text);
        Assert.DoesNotContain("权威回顾", text);
        var section = bilingual.Bookmarks.Single(b => b.Title.Contains("打造经济硬实力"));
        Assert.Equal(["关键数字 Key Figures", "五年回望 Looking Back"], section.Children.Select(c => c.Title));
        Assert.Contains("KeyFigures", Squeeze(string.Concat(fixture.Pdfs[LanguageMode.En].PageTexts)));
        Assert.DoesNotContain("KeyFigures", Squeeze(string.Concat(fixture.Pdfs[LanguageMode.Zh].PageTexts)));
        Assert.Equal("关键数字", fixture.Pdfs[LanguageMode.Zh].Bookmarks.Single(b => b.Title.Contains("打造经济硬实力")).Children[0].Title);
    }
}
