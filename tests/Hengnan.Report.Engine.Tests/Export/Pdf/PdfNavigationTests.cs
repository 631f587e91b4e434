using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using Hengnan.Report.Paging;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

/// <summary>Links, bookmarks and page labels.</summary>
public sealed class PdfNavigationTests
{
    private static PdfDocumentRequest ThreePages(IReadOnlyList<PdfBookmark>? bookmarks = null, IReadOnlyList<PageLabelRange>? labels = null)
    {
        var toc = new StructureNode(StructureRole.P);
        var page1 = Page(
            new DisplayItem(50, 100, new LinkVisual(200, 14, "economy", "Go to: Economy"), toc),
            new DisplayItem(50, 120, new LinkVisual(200, 14, "nowhere"), toc));
        var page2 = Page(new DisplayItem(0, 0, new AnchorVisual("intro"), null));
        var page3 = Page(new DisplayItem(36, 72, new AnchorVisual("economy"), null), new DisplayItem(0, 0, new AnchorVisual("economy"), null));
        return Request(page1, page2, page3) with { Bookmarks = bookmarks ?? [], PageLabels = labels ?? [] };
    }

    [Fact]
    public void Links_lead_to_the_page_and_position_of_their_anchor()
    {
        using var doc = Open(Write(ThreePages()));
        var annotations = doc.GetPage(1).GetAnnotations().ToList();
        var link = Assert.Single(annotations); // the link to a missing anchor is left out
        Assert.Equal(AnnotationType.Link, link.Type);
        Assert.Equal("Go to: Economy", link.Content);
        Assert.Equal(50, link.Rectangle.Left, 2);
        Assert.Equal(842 - 114, link.Rectangle.Bottom, 2);
        Assert.Equal(250, link.Rectangle.Right, 2);
        Assert.Equal(842 - 100, link.Rectangle.Top, 2);
        var destination = ((GoToAction)link.Action!).Destination;
        Assert.Equal(3, destination.PageNumber);
        Assert.Equal(36, destination.Coordinates.Left!.Value, 2);
        Assert.Equal(842 - 72, destination.Coordinates.Top!.Value, 2);
        var border = (ArrayToken)link.AnnotationDictionary.Data["Border"];
        Assert.All(border.Data, t => Assert.Equal(0, ((NumericToken)t).Int));
    }

    [Fact]
    public void Bookmarks_read_back_with_titles_pages_and_counts()
    {
        var bookmarks = new[]
        {
            new PdfBookmark("前言 Preface", 1, []),
            new PdfBookmark("打造经济硬实力", 2, [new PdfBookmark("By the Numbers", 2, []), new PdfBookmark("权威回顾", 2, [])]),
        };
        using var doc = Open(Write(ThreePages(bookmarks)));
        Assert.True(doc.TryGetBookmarks(out var outline));
        var roots = outline.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["前言 Preface", "打造经济硬实力"], roots.Select(r => r.Title));
        Assert.Equal([2, 3], roots.Select(r => r.PageNumber));
        Assert.Equal(["By the Numbers", "权威回顾"], roots[1].Children.Select(c => c.Title));
        var root = Dict(doc, Catalog(doc), "Outlines");
        Assert.Equal(4, ((NumericToken)Get(doc, root, "Count")!).Int);
        Assert.Equal("UseOutlines", Name(doc, Catalog(doc), "PageMode"));
    }

    [Fact]
    public void Page_labels_are_a_number_tree_in_the_catalog()
    {
        var labels = new[] { new PageLabelRange(1, "D", null, 1), new PageLabelRange(0, "r", "P-", 3) };
        using var doc = Open(Write(ThreePages(labels: labels)));
        var nums = (ArrayToken)Get(doc, Dict(doc, Catalog(doc), "PageLabels"), "Nums")!;
        Assert.Equal(4, nums.Length);
        Assert.Equal(0, ((NumericToken)nums[0]).Int);
        var first = Dict(doc, nums[1]);
        Assert.Equal("r", Name(doc, first, "S"));
        Assert.Equal("P-", ((StringToken)Get(doc, first, "P")!).Data);
        Assert.Equal(3, ((NumericToken)Get(doc, first, "St")!).Int);
        Assert.Equal(1, ((NumericToken)nums[2]).Int);
        Assert.Equal("D", Name(doc, Dict(doc, nums[3]), "S"));
        Assert.Null(Get(doc, Dict(doc, nums[3]), "St"));
    }

    [Fact]
    public void Page_labels_always_label_the_first_page()
    {
        var b = new PdfBuffer();
        PdfPageLabels.Write(b, [new PageLabelRange(2, "D", null, 1)], 5);
        Assert.Equal("<< /Nums [0 << /S /D >> 2 << /S /D >>] >>", System.Text.Encoding.ASCII.GetString(b.Span));
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfPageLabels.Write(new PdfBuffer(), [new PageLabelRange(5, "D", null, 1)], 5));
    }

    [Fact]
    public void Without_bookmarks_there_is_no_outline()
    {
        using var doc = Open(Write(ThreePages()));
        Assert.Null(Get(doc, Catalog(doc), "Outlines"));
        Assert.Null(Get(doc, Catalog(doc), "PageMode"));
        Assert.Equal("TwoPageRight", Name(doc, Catalog(doc), "PageLayout"));
    }

    [Fact]
    public void A_bookmark_to_a_missing_page_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Write(ThreePages([new PdfBookmark("x", 3, [])])));
}
