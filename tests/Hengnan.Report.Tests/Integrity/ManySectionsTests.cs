using System.Text;
using Hengnan.Report.Edition;
using Hengnan.Report.Tests.Editions;
using Hengnan.Report.Tests.EndToEnd;

namespace Hengnan.Report.Tests.Integrity;

/// <summary>An edition of more than 99 sections builds (numbers 100 and up, anchors, bookmarks); past the limit it is a located error.</summary>
public sealed class ManySectionsTests
{
    [Theory]
    [InlineData(10, "十")]
    [InlineData(13, "十三")]
    [InlineData(20, "二十")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(120, "一百二十")]
    [InlineData(999, "九百九十九")]
    [InlineData(1000, "一千")]
    [InlineData(1010, "一千零一十")]
    [InlineData(2001, "二千零一")]
    public void ChineseNumeralsBeyondNinetyNine(int value, string text)
    {
        Assert.Equal(text, ChineseNumeral.Format(value));
        Assert.Equal(value, ChineseNumeral.Parse(text));
    }

    [Fact]
    public void ABrochureOf120SectionsBuilds()
    {
        var outline = new StringBuilder();
        for (int i = 1; i <= 120; i++)
            outline.Append($"[section s{i}]\ntitle: 第{i}部分 | Part {i}\nzh: 本部分见第{{page:s{i}}}页。\nen: See p. {{page:s{i}}}.\n");
        using var edition = new SmallEdition(outline: outline.ToString());
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(edition.Folder, output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var pdf = new PdfInspection(result.PdfPath!);
            Assert.Contains(pdf.Bookmarks, b => b.Title.StartsWith("120 第120部分"));
            Assert.Contains(pdf.Bookmarks, b => b.Title.StartsWith("99 第99部分"));
            Assert.Equal(120, pdf.Bookmarks.Count(b => b.Title.Contains("部分")));
            Assert.Contains(pdf.PageTexts, t => t.Contains("120") && t.Contains("Part 120"));
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void PastTheLimitIsALocatedError()
    {
        var outline = new StringBuilder();
        for (int i = 1; i <= OutlineReader.MostSections + 1; i++) outline.Append($"[section s{i}]\ntitle: 甲 | A\n");
        var bag = new DiagnosticBag();
        OutlineReader.Parse(outline.ToString(), "outline.txt", bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal(("OUT027", 2 * OutlineReader.MostSections + 1, 1), (error.Code, error.Line, error.Column));
    }
}
