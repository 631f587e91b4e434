using Hengnan.Report.Export.Pdf;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfLinksTests
{
    [Fact]
    public void Areas_with_an_anchor_become_annotations_in_page_order()
    {
        var page1 = new PdfPageContent(0, 0, 0, 0);
        page1.Links.Add(new PdfLinkArea(0, 0, 10, 10, "b", null, null));
        page1.Links.Add(new PdfLinkArea(0, 0, 10, 10, "missing", null, null));
        var page2 = new PdfPageContent(0, 0, 0, 0);
        page2.Links.Add(new PdfLinkArea(0, 0, 10, 10, "a", "to a", null));
        var anchors = new Dictionary<string, PdfAnchor> { ["a"] = new(1, 5, 6), ["b"] = new(0, 7, 8) };
        var links = new PdfLinks([page1, page2], anchors);
        Assert.Equal(2, links.Count);
        Assert.Equal([0, -1], links.AnnotationOf[0]);
        Assert.Equal([1], links.AnnotationOf[1]);

        var w = new PdfObjectWriter();
        int pageA = w.Allocate(), pageB = w.Allocate();
        links.Allocate(w);
        var annots = new PdfBuffer();
        links.WriteAnnots(annots, 1);
        Assert.Equal(" /Annots [4 0 R]", System.Text.Encoding.ASCII.GetString(annots.Span));
        foreach (var n in new[] { pageA, pageB }) { w.Begin(n).Ascii("null"); w.End(); }
        links.Write(w, [pageA, pageB], null, -1);
        var file = System.Text.Encoding.Latin1.GetString(w.Finish(pageA, pageB, new byte[16]));
        Assert.Contains("/Rect [0 0 10 10] /Border [0 0 0] /F 4 /P 2 0 R /Dest [2 0 R /XYZ 5 6 0] /Contents (to a) >>", file);
        Assert.Contains("/P 1 0 R /Dest [1 0 R /XYZ 7 8 0] >>", file);
    }
}
