using System.Text.RegularExpressions;
using Hengnan.Report.Edition;
using Hengnan.Report.Messages;

namespace Hengnan.Report.Tests.Messages;

public class MessageCatalogTests
{
    [Theory]
    [InlineData("messages.en.txt")]
    [InlineData("messages.zh.txt")]
    public void NoKeyIsDefinedTwice(string file)
    {
        // A key written twice (two engineers taking the same code) would silently lose one message.
        var keys = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Hengnan.Report", "Messages", file))
            .Where(l => l.Length > 0 && l[0] != '#' && l.Contains(" = ", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(" = ", StringComparison.Ordinal)].Trim());
        var twice = keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "defined twice: " + string.Join(", ", twice));
    }

    [Fact]
    public void BothLanguagesHaveTheSameKeysWithTheSamePlaceholders()
    {
        var en = MessageCatalog.Entries(UiLanguage.En);
        var zh = MessageCatalog.Entries(UiLanguage.Zh);
        Assert.Empty(en.Keys.Except(zh.Keys).Order());
        Assert.Empty(zh.Keys.Except(en.Keys).Order());
        foreach (var (key, text) in en)
            Assert.True(MessageCatalog.Placeholders(text).SequenceEqual(MessageCatalog.Placeholders(zh[key])),
                $"{key}: the English and the Chinese texts use different placeholders");
    }

    [Fact]
    public void EveryEntryFormats()
    {
        foreach (var language in new[] { UiLanguage.En, UiLanguage.Zh })
            foreach (var (key, text) in MessageCatalog.Entries(language))
            {
                var args = Enumerable.Range(0, 10).Select(i => $"<{i}>").ToArray();
                var formatted = MessageCatalog.Format(language, key, args);
                Assert.False(string.IsNullOrWhiteSpace(formatted), key);
                Assert.DoesNotContain("{{", formatted!);
            }
    }

    [Fact]
    public void EveryCodeInTheSourceHasAnEntryInBothLanguagesOrIsListed()
    {
        var src = Path.Combine(RepositoryPaths.Root, "src");
        var codes = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"([A-Z]{3}\\d{3})\"").Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.NotEmpty(codes);
        static bool Has(UiLanguage l, string code) => MessageCatalog.Entries(l).Keys.Any(k => k == code || k.StartsWith(code + ".", StringComparison.Ordinal));
        var missing = codes.Where(c => !(Has(UiLanguage.En, c) && Has(UiLanguage.Zh, c))).Order().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryKeyNamedInTheSourceIsInBothLanguages()
    {
        // A key with a suffix (CSV014.percent) anywhere, and a key given to a message or a layout problem
        // (Msg.Of("VAL001"), Key = "FNT001"): a misspelt key would throw when its diagnostic is made.
        var src = Path.Combine(RepositoryPaths.Root, "src");
        var keys = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"([A-Z]{3}\\d{3}\\.[A-Za-z0-9.]+)\"|(?:Key = |Msg\\.Of\\()\"([A-Z]{3}\\d{3})\""))
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .ToHashSet();
        Assert.Contains("LAY001.page", keys);
        Assert.Contains("VAL001", keys);
        Assert.Empty(keys.Where(k => !MessageCatalog.Has(UiLanguage.En, k) || !MessageCatalog.Has(UiLanguage.Zh, k)).Order());
    }

    [Fact]
    public void ABrokenCsvRowInChineseAndEnglish()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse("id,section,year,value,unit,label_zh,label_en,source\ngdp,economy,2020,1,亿元,地区生产总值,GDP,统计局,extra\n", "indicators.csv", bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal("CSV003", d.Code);
        Assert.StartsWith("indicators.csv:2:", d.ToString());
        Assert.Contains("error CSV003: the row has 9 fields but the header has 8; the extra field starts here", d.ToString(UiLanguage.En));
        Assert.Equal(d.ToString(), d.ToString(UiLanguage.En));
        var zh = d.ToString(UiLanguage.Zh);
        Assert.Contains(": 错误 CSV003：这一行有 9 个字段，表头只有 8 列；多出的字段从这里开始", zh);
        Assert.Contains("\n  提示：请检查是否多了或少了逗号", zh);
    }

    [Fact]
    public void AnEmptyTitleInTheOutlineIsSaidInChinese()
    {
        var bag = new DiagnosticBag();
        OutlineReader.Parse("[section economy]\nzh: 文字\nen: Text\n", "outline.txt", bag);
        var d = Assert.Single(bag.Items, x => x.Code == "OUT012");
        Assert.Equal("section 'economy' has no title", d.Message);
        Assert.Equal("第“economy”节没有标题", d.MessageIn(UiLanguage.Zh));
        Assert.StartsWith("例如", d.HintIn(UiLanguage.Zh)!.Replace("请加一行，", "", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingIndicatorAndACharacterInNoFontInChineseAndEnglish()
    {
        var edition = RepositoryPaths.CopySampleEdition();
        try
        {
            File.AppendAllText(Path.Combine(edition, "outline.txt"),
                "\n[section extra]\ntitle: 附加 | Extra\nzh: 见{no_such@2020}，西夏文字\U00017000。\nen: See {no_such@2020}.\n");
            var missing = BrochureBuilder.Build(new BuildRequest(edition, edition) { WriteFiles = false }).Diagnostics;
            var reference = missing.First(d => d.Code == "REF001");
            Assert.Matches(@"outline\.txt:\d+:\d+: error REF001: no indicator 'no_such' in indicators\.csv", reference.ToString(UiLanguage.En));
            Assert.Matches(@"outline\.txt:\d+:\d+: 错误 REF001：indicators\.csv 中没有指标“no_such”", reference.ToString(UiLanguage.Zh));

            // Without the reference the build goes on to the layout, which finds the character in no font.
            var outline = Path.Combine(edition, "outline.txt");
            File.WriteAllText(outline, File.ReadAllText(outline).Replace("{no_such@2020}", "", StringComparison.Ordinal));
            var font = BrochureBuilder.Build(new BuildRequest(edition, edition) { WriteFiles = false }).Diagnostics;
            var glyph = font.First(d => d.Code == "FNT001");
            Assert.Contains("error FNT001: U+17000", glyph.ToString(UiLanguage.En));
            Assert.Contains("错误 FNT001：字符“\U00017000”（U+17000）", glyph.ToString(UiLanguage.Zh));
            Assert.Contains("印出来会是空方框", glyph.ToString(UiLanguage.Zh));
            var json = DiagnosticJson.Serialize([glyph]);
            Assert.Contains("\"message\": \"U+17000", json);
            Assert.Contains("\"message_zh\": \"字符", json);
            Assert.Contains("\"hint_zh\": null", json);
        }
        finally { Directory.Delete(edition, true); }
    }

    [Fact]
    public void AnUntranslatedDiagnosticFallsBackToItsEnglishText()
    {
        var d = new Diagnostic(Severity.Warning, "PRE001", "edition.txt", 3, 4, "something", "do this");
        Assert.Equal("edition.txt:3:4: 警告 PRE001：something\n  提示：do this", d.ToString(UiLanguage.Zh));
        Assert.Contains("\"message_zh\": \"something\"", DiagnosticJson.Serialize([d]));
    }

    [Theory]
    [InlineData("zh", null, null, "", UiLanguage.Zh)]
    [InlineData("EN", "zh_CN.UTF-8", null, "", UiLanguage.En)]
    [InlineData(null, null, "zh_CN.UTF-8", "", UiLanguage.Zh)]
    [InlineData("auto", "en_US.UTF-8", "zh_CN.UTF-8", "", UiLanguage.En)]
    [InlineData(null, null, null, "zh-Hans", UiLanguage.Zh)]
    [InlineData(null, null, "C.UTF-8", "", UiLanguage.En)]
    [InlineData(null, null, null, "", UiLanguage.En)]
    public void DetectsTheLanguage(string? forced, string? lcAll, string? lang, string culture, UiLanguage expected)
    {
        string? Env(string name) => name switch { "LC_ALL" => lcAll, "LANG" => lang, _ => null };
        Assert.Equal(expected, Ui.Detect(forced, Env, culture));
    }

    [Theory]
    [InlineData((ushort)0x0804, UiLanguage.Zh)] // Chinese (Simplified, PRC)
    [InlineData((ushort)0x0404, UiLanguage.Zh)] // Chinese (Traditional, Taiwan)
    [InlineData((ushort)0x7804, UiLanguage.Zh)] // Chinese (neutral)
    [InlineData((ushort)0x0409, UiLanguage.En)] // English (United States)
    [InlineData((ushort)0x0411, UiLanguage.En)] // Japanese: not Chinese, so English
    public void OnWindowsTheDisplayLanguageDecides(ushort languageId, UiLanguage expected) =>
        // Invariant globalization leaves the culture name empty on Windows, and Windows sets no LANG.
        Assert.Equal(expected, Ui.Detect(null, _ => null, "", languageId));

    [Fact]
    public void AnUnknownForcedLanguageIsRefused() =>
        Assert.Throws<ArgumentException>(() => Ui.Detect("fr"));
}
