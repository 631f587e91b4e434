using Hengnan.Report.Content;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Tests.Layout.Typesetting;

/// <summary>
/// The clreq and English rules of the paragraph layouter, one by one, on small synthetic paragraphs
/// (the texts are made up for the tests). Sizes are 10 pt, so a column of N em is N × 10 pt.
/// </summary>
public sealed class ParagraphRulesTests(TypesettingFonts fonts) : IClassFixture<TypesettingFonts>
{
    private const string NoStart = "、，。．：；！？”’」』）》〉】〗〕］｝";
    private const string NoEnd = "“‘「『（《〈【〖〔［｛";

    private IReadOnlyList<TextLine> Zh(string text, float ems, List<LayoutProblem>? problems = null, float indent = 0) =>
        ParagraphLayouter.Lay([new TextSpan(text, fonts.SerifZh)], new ParagraphStyle(Language.Zh, TextAlign.Justify, indent, 18), ems * 10, problems ?? []);

    private IReadOnlyList<TextLine> En(string text, float width, TextAlign align = TextAlign.Justify) =>
        ParagraphLayouter.Lay([new TextSpan(text, fonts.SerifEn)], new ParagraphStyle(Language.En, align, 0, 14), width, new List<LayoutProblem>());

    private static void AssertKinsoku(IEnumerable<TextLine> lines)
    {
        foreach (var line in lines)
        {
            Assert.False(NoStart.Contains(line.Text[0]), $"line starts with '{line.Text[0]}': {line.Text}");
            Assert.False(NoEnd.Contains(line.Text[^1]), $"line ends with '{line.Text[^1]}': {line.Text}");
        }
    }

    /// <summary>Full text of the lines, for checking that nothing was lost or reordered.</summary>
    private static string Joined(IEnumerable<TextLine> lines) => string.Concat(lines.Select(l => l.Text));

    [Fact]
    public void ClosingPunctuationNeverStartsALine()
    {
        // 10 em: the 11th character would be "，" — it must not start line 2.
        var lines = Zh("一二三四五六七八九十，甲乙丙丁戊己庚辛壬癸。子丑寅卯辰巳午未申酉。", 10);
        AssertKinsoku(lines);
        Assert.True(lines.Count >= 3);
    }

    [Fact]
    public void OpeningPunctuationNeverEndsALine()
    {
        var lines = Zh("一二三四五六七八九“甲乙丙丁”戊己庚辛壬癸子丑寅卯《辰巳午未》申酉戌亥。", 10);
        AssertKinsoku(lines);
    }

    [Fact]
    public void LineEndPunctuationIsSetHalfWidth()
    {
        // Ten ideographs and a comma fit a 10.5 em line only if the comma at the line end takes half an em (GB/T 15834 §5.1.10).
        var lines = Zh("一二三四五六七八九十，甲乙丙丁戊己庚辛壬癸。", 10.5f);
        Assert.Equal("一二三四五六七八九十，", lines[0].Text);
        Assert.True(lines[0].Width <= 105.01f, $"width {lines[0].Width}");
    }

    [Fact]
    public void AdjacentPunctuationIsCompressed()
    {
        // 。」 together take 1.5 em, not 2 (clreq: two adjacent marks).
        var plain = Zh("甲乙。", 40)[0].Width;
        var pair = Zh("甲乙。」", 40)[0].Width;
        Assert.InRange(pair - plain, 4.9f, 5.1f);
    }

    [Fact]
    public void HanAndLatinAreSpacedByAQuarterEm()
    {
        var tight = Zh("甲乙丙", 40)[0].Width;
        var mixed = Zh("甲GDP乙", 40)[0].Width;
        var typed = Zh("甲 GDP 乙", 40)[0].Width;
        var latin = Zh("GDP", 40)[0].Width;
        // Two quarter-em spaces around the Latin word, whether or not the author typed spaces.
        Assert.InRange(mixed - (20 + latin), 4.9f, 5.1f);
        Assert.Equal(mixed, typed, 0.01f);
        Assert.True(tight > 0);
    }

    [Fact]
    public void NoQuarterEmNextToPunctuation()
    {
        // 2019—2020年: the dash is a mark, so the digits touch it; 斤/亩: a Western slash touches the Han characters.
        var years = Zh("2019—2020年", 40)[0].Width;
        var digits = Zh("2019", 40)[0].Width;
        var dash = Zh("—", 40)[0].Width;
        // Digits, dash, digits, a quarter em, 年.
        Assert.InRange(years - (2 * digits + dash + 2.5f + 10), -0.1f, 0.1f);
        var slash = Zh("斤/亩", 40)[0].Width;
        var bareSlash = Zh("/", 40)[0].Width;
        Assert.InRange(slash - (20 + bareSlash), -0.1f, 0.1f);
    }

    [Fact]
    public void NumbersStayWithTheirUnits()
    {
        var text = "全县地区生产总值增加到356.01亿元，空气质量优良率达94.7%，三次产业结构比为19.9:34.5:45.6。";
        for (float ems = 8; ems <= 20; ems += 0.5f)
        {
            var lines = Zh(text, ems);
            AssertKinsoku(lines);
            Assert.Contains(lines, l => l.Text.Contains("356.01亿元"));
            Assert.Contains(lines, l => l.Text.Contains("94.7%"));
            Assert.Contains(lines, l => l.Text.Contains("19.9:34.5:45.6"));
        }
    }

    [Fact]
    public void DashesAndEllipsesAreNeverSplit()
    {
        var text = "一二三四五六七八九——甲乙丙丁戊己庚辛壬……子丑寅卯辰巳午未申酉戌亥。";
        for (float ems = 6; ems <= 14; ems += 0.5f)
        {
            var lines = Zh(text, ems);
            foreach (var line in lines)
            {
                Assert.False(line.Text.StartsWith('—') || line.Text.StartsWith('…'), line.Text);
                Assert.False(line.Text.EndsWith('—') && !line.Text.EndsWith("——"), line.Text);
            }
        }
    }

    [Fact]
    public void NoParagraphEndsWithALoneCharacter()
    {
        // 21 ideographs in a 10 em column would leave one on the last line; it must be rebalanced.
        for (int n = 11; n <= 41; n += 10)
        {
            var text = new string('国', n - 1) + "家。";
            var lines = Zh(text, 10);
            var last = lines[^1].Text.TrimEnd('。');
            Assert.True(last.Length >= 2, $"{n} characters: last line '{lines[^1].Text}'");
        }
    }

    [Fact]
    public void ChineseLinesAreJustifiedToTheColumn()
    {
        var lines = Zh("衡南县坚持以经济建设为中心，扎实做好“六稳”工作，全面落实“六保”任务，统筹推进疫情防控和经济社会发展，强基础、稳增长，经济发展成色十足。GDP由244.83亿元增加到356.01亿元。", 15, indent: 2);
        Assert.True(lines.Count >= 4);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var run = line.Items.Select(p => p.Visual).OfType<GlyphRunVisual>().ToList();
            var right = run.Max(r => r.X[^1] + (r.Face.Shape(r.Text).Advances[^1] * r.Size));
            Assert.InRange(right, 140, 150.5f);
        }
        Assert.Equal("衡南县", lines[0].Text[..3]);
    }

    [Fact]
    public void LongEnglishWordsAreHyphenated()
    {
        var text = "The representatives discussed comprehensive infrastructure modernisation, environmental transformation and administrative responsibilities.";
        var lines = En(text, 120);
        Assert.Contains(lines, l => l.Hyphenated && l.Text.EndsWith('-'));
        Assert.Equal(text.Replace(" ", ""), Joined(lines).Replace(" ", "").Replace("-", ""));
    }

    [Fact]
    public void ProperNamesAreNeverHyphenated()
    {
        // Capitalised words (names, pinyin) stay whole at every width; lowercase words still divide.
        var text = "Representatives from Hengnan, Hengyang, Changsha and Guangzhou, together with correspondents of Hunan Daily, discussed infrastructure.";
        bool divided = false;
        for (float width = 90; width <= 240; width += 3)
        {
            var lines = En(text, width);
            foreach (var line in lines.Where(l => l.Hyphenated && l.Text.EndsWith('-')))
            {
                var last = line.Text.TrimEnd('-').Split(' ')[^1];
                Assert.False(char.IsUpper(last[0]), $"'{last}-' divided at {width} pt");
                divided = true;
            }
        }
        Assert.True(divided, "no word was divided at all: the test proves nothing");
    }

    [Fact]
    public void WordsTheEditionKeepsWholeAreNeverHyphenated()
    {
        // Pinyin in lower case (wuchang) is no name by its capitals; the edition's hyphenate.never keeps it whole.
        var text = "The wuchangforum and wuchanghamlet meetings, the wuchangforum again, and more wuchanghamlet talks in every township.";
        var keep = new HashSet<string>(["wuchangforum", "WuchangHamlet"], StringComparer.OrdinalIgnoreCase);
        bool dividedWithout = false;
        for (float width = 80; width <= 200; width += 4)
        {
            var plain = ParagraphLayouter.Lay([new TextSpan(text, fonts.SerifEn)], new ParagraphStyle(Language.En, TextAlign.Justify, 0, 14), width, new List<LayoutProblem>());
            dividedWithout |= plain.Any(l => l.Hyphenated && l.Text.EndsWith('-') && l.Text.Split(' ')[^1].StartsWith("wuchang", StringComparison.Ordinal));
            var kept = ParagraphLayouter.Lay([new TextSpan(text, fonts.SerifEn)], new ParagraphStyle(Language.En, TextAlign.Justify, 0, 14) { KeepWhole = keep }, width, new List<LayoutProblem>());
            foreach (var line in kept.Where(l => l.Hyphenated && l.Text.EndsWith('-')))
                Assert.False(line.Text.Split(' ')[^1].StartsWith("wuchang", StringComparison.Ordinal), $"'{line.Text.Split(' ')[^1]}' divided at {width} pt");
        }
        Assert.True(dividedWithout, "without the list no such word was divided: the test proves nothing");
    }

    [Fact]
    public void NoMoreThanTwoConsecutiveHyphenatedLines()
    {
        var text = "internationalisation characteristically counterrevolutionaries institutionalisation incomprehensibilities internationalisation characteristically counterrevolutionaries institutionalisation incomprehensibilities";
        var lines = En(text, 95);
        int run = 0;
        foreach (var line in lines)
        {
            run = line.Hyphenated ? run + 1 : 0;
            Assert.True(run <= 2, "three hyphenated lines in a row");
        }
    }

    [Fact]
    public void TheLastWordIsNeverHyphenated()
    {
        var text = "Hengnan strengthened, extended and created industrial chains, making its leading industry more efficient and internationally competitive.";
        for (float width = 90; width <= 300; width += 3)
            Assert.False(En(text, width)[^1].Text.StartsWith("tive", StringComparison.Ordinal), $"last word divided at {width} pt");
    }

    [Fact]
    public void NoRuntLastLines()
    {
        // A synthetic sentence ending in a short word; at each width, the lone "it." should be avoided when another
        // word can join it within tolerance (without the runt cost, 9 of these 61 widths end on "it.", with it 3).
        int runts = 0, cases = 0;
        var text = "Over the past five years the county has kept economic development at the heart of its work and made steady progress on it.";
        for (float width = 150; width <= 330; width += 3)
        {
            var lines = En(text, width);
            if (lines.Count < 2) continue;
            cases++;
            if (!lines[^1].Text.Contains(' ')) runts++;
        }
        Assert.True(cases > 30);
        Assert.True(runts <= cases / 10, $"{runts} of {cases} widths end with a one-word line");
    }

    [Fact]
    public void RaggedRightIsAvailable()
    {
        var lines = En("Over the past five years Hengnan has kept economic development at the heart of its work and balanced growth with protection.", 160, TextAlign.Left);
        Assert.True(lines.Count >= 3);
        Assert.True(lines.Select(l => l.Width).Distinct().Count() > 1);
    }

    [Fact]
    public void LatinWordsInChineseBreakOnlyAtSpaces()
    {
        var lines = Zh("衡南县引进了Hengnan Smart Grid Science Park等一批重点项目建设，推动产业项目建设再上新台阶。", 9);
        var words = new[] { "Hengnan", "Smart", "Grid", "Science", "Park" };
        foreach (var line in lines)
            foreach (var word in words)
                Assert.False(line.Text.EndsWith(word[..2]) && !line.Text.EndsWith(word) && line.Text.Contains(word[..2]) && !line.Text.Contains(word), line.Text);
        Assert.Equal("衡南县引进了HengnanSmartGridSciencePark等一批重点项目建设，推动产业项目建设再上新台阶。", Joined(lines).Replace(" ", ""));
    }
}
