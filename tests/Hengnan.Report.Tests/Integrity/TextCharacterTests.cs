using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Tests.EndToEnd;

namespace Hengnan.Report.Tests.Integrity;

/// <summary>
/// Text reaches the brochure in NFC; characters that would print wrong or not at all (control characters,
/// TABs, broken surrogates, U+FFFD, noncharacters) are located errors; columns count characters as written.
/// </summary>
public sealed class TextCharacterTests
{
    private const string Section = "[section economy]\ntitle: 经济 | Economy\n[review]\n";

    private static (Outline Outline, Diagnostic[] Found) Outline(string text)
    {
        var bag = new DiagnosticBag();
        var outline = OutlineReader.Parse(text, "outline.txt", bag);
        return (outline, bag.Items.ToArray());
    }

    [Fact]
    public void ACombiningSequenceReachesTheContentModelPrecomposed()
    {
        var (outline, found) = Outline(Section + "zh: 咖啡馆（cafe\u0301）。\nen: The cafe\u0301 and the A\u030A.\n");
        Assert.Empty(found);
        var pair = Assert.IsType<ParagraphPair>(Assert.Single(outline.Sections[0].Review));
        var en = string.Concat(pair.En.Parts.OfType<LiteralText>().Select(l => l.Text));
        Assert.Equal("The caf\u00E9 and the \u00C5.", en);
        Assert.Contains("caf\u00E9", string.Concat(pair.Zh.Parts.OfType<LiteralText>().Select(l => l.Text)));
        // The rest of NFC: canonical order of marks, singletons (Å sign → Å), Hangul, exclusions kept apart.
        Assert.Equal("\u1E69", InputText.Prepare("s\u0307\u0323", "x", new DiagnosticBag()));
        Assert.Equal("\u00C5", InputText.Prepare("\u212B", "x", new DiagnosticBag()));
        Assert.Equal("\uAC01", InputText.Prepare("\u1100\u1161\u11A8", "x", new DiagnosticBag()));
        Assert.Equal("\u0915\u093C", InputText.Prepare("\u0958", "x", new DiagnosticBag()));
    }

    [Fact]
    public void TheSampleBuildsWithACombiningSequenceAndPrintsThePrecomposedLetter()
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            File.AppendAllText(Path.Combine(edition, "outline.txt"),
                "\n[section cafe]\ntitle: 咖啡馆 | The Cafe\u0301\nzh: 县城新开了一家咖啡馆。\nen: A new cafe\u0301 opened in the county town.\n");
            var result = BrochureBuilder.Build(new BuildRequest(edition, output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var pdf = new PdfInspection(result.PdfPath!);
            var all = string.Concat(pdf.PageTexts);
            Assert.Contains("caf\u00E9", all);
            Assert.DoesNotContain("\u0301", all);
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void ColumnsCountCharactersAsWrittenNotUtf16UnitsOrNormalisedText()
    {
        // 𠮷 is two UTF-16 units, e + U+0301 is two characters that become one: the year is still at column 12 of the line as written.
        var (_, found) = Outline(Section + "zh: 𠮷e\u0301{gdp@2300}。\nen: x\n");
        var error = Assert.Single(found);
        Assert.Equal(("OUT026", 4, 13), (error.Code, error.Line, error.Column));
        // The same in the CSV: the value column after a label holding a character outside the BMP.
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse("id,section,label_zh,year,value,unit,label_en,source\ngdp,𠮷𠮷,e\u0301,2020,x,亿元,GDP,s\n", "i.csv", bag);
        Assert.Equal(("CSV007", 2, 16), (bag.Items[0].Code, bag.Items[0].Line, bag.Items[0].Column));
    }

    // Built in code, not as test data: the test runner cannot carry a lone surrogate in a test case's name.
    private static readonly (string Character, string Code, string Named)[] Unprintable =
    [
        ("\t", "TXT001", "TAB"), ("\u0007", "TXT001", "U+0007"), ("\u0085", "TXT001", "U+0085"), ("\u007F", "TXT001", "U+007F"),
        ("\uD800", "TXT002", "U+D800"), ("\uDC00", "TXT002", "U+DC00"), ("\uFFFD", "TXT003", "U+FFFD"),
        ("\uFFFE", "TXT004", "U+FFFE"), ("\uFDD0", "TXT004", "U+FDD0"), ("\U0010FFFF", "TXT004", "U+10FFFF"),
    ];

    [Fact]
    public void AnUnprintableCharacterInTheProseIsLocated()
    {
        foreach (var (character, code, named) in Unprintable)
        {
            var (_, found) = Outline(Section + "zh: 全县" + character + "经济。\nen: x\n");
            var error = Assert.Single(found);
            Assert.Equal((code, 4, 7), (error.Code, error.Line, error.Column));
            Assert.Contains(named, error.Message);
        }
    }

    [Fact]
    public void ATabInTheCsvSaysTabSeparatedFilesAreNotRead()
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse("id\tsection\tyear\nx\ty\tz\n", "i.csv", bag);
        var tab = bag.Items.First();
        Assert.Equal(("TXT001", 1, 3), (tab.Code, tab.Line, tab.Column));
        Assert.Contains("comma", tab.Hint);
        Assert.Contains("TAB-separated", tab.Hint);
        // Every problem of a TAB-separated file is not listed one by one: ten, then how many more.
        var many = new DiagnosticBag();
        InputText.Prepare(string.Concat(Enumerable.Repeat("a\tb\tc\n", 20)), "i.csv", many);
        Assert.Equal(11, many.Items.Count);
        Assert.Equal(("TXT005", 6, 2), (many.Items[^1].Code, many.Items[^1].Line, many.Items[^1].Column));
    }

    [Fact]
    public void ControlCharactersInTheSettingsAreLocatedToo()
    {
        var bag = new DiagnosticBag();
        EditionFileReader.Parse(Editions.SmallEdition.Settings.Replace("title.en: Test Title", "title.en: Test\u0000Title"), "edition.txt", bag);
        Assert.Contains(bag.Items, d => d.Code == "TXT001" && d.Line == 2 && d.Column == 15);
    }
}
