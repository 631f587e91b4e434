using System.Text.RegularExpressions;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>Contents, bookmarks, links, page labels and running heads, read back from the sample PDF.</summary>
public sealed class NavigationTests(SampleBrochureFixture sample) : IClassFixture<SampleBrochureFixture>
{
    private static readonly string[] SectionTitles = ["打造经济硬实力", "培育文化软实力", "提升人民凝聚力", "拓展环境承载力", "增强政治向心力"];

    private int PageWithLabel(string label) => sample.Pdf.PageLabels!.ToList().IndexOf(label) + 1;

    [Fact]
    public void BookmarksCoverEveryPartAndSubsectionInBothLanguages()
    {
        var roots = sample.Pdf.Bookmarks;
        Assert.Equal(8, roots.Count); // foreword, five sections, closing, credits
        Assert.Equal("01 打造经济硬实力 Building Economic Strength", roots[1].Title);
        Assert.Equal(["数字力量 By the Numbers", "权威回顾 Review"], roots[1].Children.Select(c => c.Title));
        Assert.All(roots.Skip(1).Take(5), r => Assert.NotEmpty(r.Children));
        Assert.Equal(17, roots.Sum(r => 1 + r.Children.Count)); // culture has a review but no figures
        foreach (var (title, index) in SectionTitles.Select((t, i) => (t, i)))
        {
            var mark = roots[1 + index];
            Assert.Contains(title, mark.Title);
            Assert.Contains(title, sample.Pdf.PageTexts[mark.Page - 1]);
            Assert.All(mark.Children, c => Assert.True(c.Page >= mark.Page));
        }
        Assert.Equal("UseOutlines", sample.Pdf.PageMode);
        Assert.Equal("TwoPageRight", sample.Pdf.PageLayout);
    }

    [Fact]
    public void ContentsNumbersAreThePagesWhereTheHeadingsArePrinted()
    {
        var contents = sample.Pdf.PageTexts[1];
        Assert.Contains("目录", contents);
        var words = sample.Pdf.PageWords[1];
        foreach (var title in SectionTitles)
        {
            // The entry's page number is the last number on the title's line.
            var heading = words.Single(w => w.Text == title);
            var label = words.Where(w => Math.Abs(w.Y - heading.Y) < 3 && w.X > heading.X && w.Text.All(char.IsAsciiDigit))
                .OrderBy(w => w.X).Last().Text;
            int page = PageWithLabel(label);
            Assert.True(page > 0, $"no page is labelled {label}");
            Assert.Contains(title, sample.Pdf.PageTexts[page - 1]);
        }
    }

    [Fact]
    public void ContentsEntriesLinkToTheirPages()
    {
        var fromContents = sample.Pdf.Links.Where(l => l.Page == 2).ToList();
        Assert.Equal(8, fromContents.Count);
        var targets = fromContents.Select(l => l.Target).ToList();
        Assert.All(targets, t => Assert.NotNull(t));
        Assert.Equal(targets.OrderBy(t => t), targets);
        Assert.Equal(sample.Pdf.Bookmarks.Select(b => (int?)b.Page), targets);
    }

    [Fact]
    public void PageLabelsShowThePrintedNumbers()
    {
        var labels = sample.Pdf.PageLabels;
        Assert.NotNull(labels);
        Assert.Equal("封面", labels[0]);
        Assert.Equal("i", labels[1]);
        Assert.Equal("1", labels[2]);
        Assert.Equal("封底", labels[^1]);
        // The folio printed on a body page is its label.
        for (int p = 2; p < labels.Count - 1; p++)
            if (sample.Pdf.PageTexts[p].Length > 0) // a page left blank before the back cover carries no folio
                Assert.Contains(labels[p], sample.Pdf.PageTexts[p]);
        // The back cover is the outside of the last leaf: an even page.
        Assert.Equal(0, labels.Count % 2);
    }

    [Fact]
    public void RunningHeadsCarryTheCurrentSection()
    {
        // Running heads are page furniture (artifacts): the section's number as printed everywhere, and its title.
        var heads = new StructureInspection(sample.Result.PdfPath!).ArtifactTexts.Select(t => new string(t.Where(c => !char.IsWhiteSpace(c)).ToArray())).ToList();
        var marks = sample.Pdf.Bookmarks;
        for (int s = 0; s < 5; s++)
        {
            int opener = marks[1 + s].Page;
            int next = marks[2 + s].Page;
            var head = $"{s + 1:00}" + SectionTitles[s];
            Assert.DoesNotContain(head, heads[opener - 1]);
            for (int p = opener + 1; p < next; p++)
                Assert.Contains(head, heads[p - 1]);
        }
    }

    [Fact]
    public void CrossReferencesPrintTheRealPage()
    {
        int economy = sample.Pdf.Bookmarks[1].Page;
        var label = sample.Pdf.PageLabels![economy - 1];
        Assert.Contains($"本册自第{label}页起", sample.Pdf.AllText.Replace(" ", ""));
        // Letters are read back without the space at a line end, and a word may be hyphenated there.
        Assert.Contains($"fromp.{label},review", sample.Pdf.AllText.Replace(" ", "").Replace("-", ""));
    }
}
