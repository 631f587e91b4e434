using System.Text.RegularExpressions;
using System.Xml.Linq;
using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfMetadataTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfNs = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";

    [Fact]
    public void Info_dictionary_holds_the_metadata_and_dates()
    {
        using var doc = Open(Write(Page()));
        var info = doc.Information;
        Assert.Equal("测试文档 Test", info.Title);
        Assert.Equal("衡南县", info.Author);
        Assert.Equal("A subject", info.Subject);
        Assert.Equal("key, words", info.Keywords);
        Assert.Equal("Hengnan.Report", info.Creator);
        Assert.Equal("Hengnan.Report", info.Producer);
        Assert.Equal("D:20210102030405+00'00'", info.CreationDate);
        Assert.Equal("D:20210102030405+00'00'", info.ModifiedDate);
        Assert.Equal("False", ((NameToken)info.DocumentInformationDictionary!.Data["Trapped"]).Data);
    }

    [Fact]
    public void Xmp_packet_carries_the_same_metadata_and_content_derived_ids()
    {
        var pdf = Write(Page());
        using var doc = Open(pdf);
        Assert.True(doc.TryGetXmpMetadata(out var xmp));
        Assert.False(xmp!.MetadataStreamToken.StreamDictionary.ContainsKey(NameToken.Filter)); // uncompressed
        // XMP is UTF-8 (PdfPig's GetXDocument decodes it as Latin-1, so parse the bytes).
        var x = XDocument.Load(new MemoryStream(xmp.GetXmlBytes().ToArray()));
        Assert.Equal("测试文档 Test", x.Descendants(Dc + "title").Single().Value);
        Assert.Equal("衡南县", x.Descendants(Dc + "creator").Single().Value);
        Assert.Equal("A subject", x.Descendants(Dc + "description").Single().Value);
        Assert.Equal("key, words", x.Descendants(PdfNs + "Keywords").Single().Value);
        Assert.Equal("Hengnan.Report", x.Descendants(PdfNs + "Producer").Single().Value);
        Assert.Equal("Hengnan.Report", x.Descendants(Xmp + "CreatorTool").Single().Value);
        Assert.Equal("2021-01-02T03:04:05+00:00", x.Descendants(Xmp + "CreateDate").Single().Value);
        Assert.Equal("2021-01-02T03:04:05+00:00", x.Descendants(Xmp + "ModifyDate").Single().Value);
        var uuid = "^uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";
        var documentId = x.Descendants(XmpMM + "DocumentID").Single().Value;
        Assert.Matches(uuid, documentId);
        Assert.Matches(uuid, x.Descendants(XmpMM + "InstanceID").Single().Value);

        // The file /ID is the same hash as the DocumentID.
        var id = Regex.Match(System.Text.Encoding.Latin1.GetString(pdf), @"/ID \[<([0-9A-F]{32})> <\1>\]").Groups[1].Value;
        Assert.Equal(id[..12].ToLowerInvariant(), documentId.Replace("-", "")["uuid:".Length..][..12]);
    }

    [Fact]
    public void Different_content_gets_different_ids()
    {
        using var face = Sans();
        string IdOf(byte[] pdf) => Regex.Match(System.Text.Encoding.Latin1.GetString(pdf), @"/ID \[<([0-9A-F]+)>").Groups[1].Value;
        var a = IdOf(Write(Page()));
        var b = IdOf(Write(Page(new Hengnan.Report.Layout.DisplayItem(0, 0,
            new Hengnan.Report.Layout.PathVisual(PathData.Rectangle(0, 0, 1, 1), Color.Black), null))));
        var c = IdOf(PdfExporter.Write(Request(Page()) with { Metadata = Metadata() with { Title = "Other" } }));
        Assert.NotEqual(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Catalog_has_language_and_viewer_settings()
    {
        using var doc = Open(Write(Page()));
        var catalog = Catalog(doc);
        Assert.Equal("zh-CN", ((StringToken)Get(doc, catalog, "Lang")!).Data);
        Assert.Equal("TwoPageRight", Name(doc, catalog, "PageLayout"));
        Assert.Equal(BooleanToken.True, Get(doc, Dict(doc, catalog, "ViewerPreferences"), "DisplayDocTitle"));
    }

    [Fact]
    public void Viewer_layout_is_left_alone_when_not_asked_for()
    {
        var request = Request(Page()) with { OpenTwoPagesWithBookmarks = false, Bookmarks = [new PdfBookmark("a", 0, [])] };
        using var doc = Open(PdfExporter.Write(request));
        Assert.Null(Get(doc, Catalog(doc), "PageLayout"));
        Assert.Null(Get(doc, Catalog(doc), "PageMode"));
    }

    [Fact]
    public void Trim_and_bleed_boxes_are_converted_to_bottom_left_coordinates()
    {
        var page = new PdfPage(600, 800, []) { TrimBox = new Rect(9, 9, 591, 791), BleedBox = new Rect(0, 0, 600, 780) };
        using var doc = Open(Write(Request(page)));
        var dict = doc.GetPage(1).Dictionary;
        double[] Box(string key) => ((ArrayToken)dict.Data[key]).Data.Select(t => ((NumericToken)t).Double).ToArray();
        Assert.Equal([0, 0, 600, 800], Box("MediaBox"));
        Assert.Equal([9, 9, 591, 791], Box("TrimBox"));
        Assert.Equal([0, 20, 600, 800], Box("BleedBox"));
    }

    [Fact]
    public void Dates_are_utc_in_pdf_and_xmp_form()
    {
        var date = new DateTime(2026, 12, 31, 23, 59, 58, DateTimeKind.Unspecified);
        Assert.Equal("D:20261231235958+00'00'", PdfMetadataWriter.PdfDate(date));
        Assert.Equal("2026-12-31T23:59:58+00:00", PdfMetadataWriter.XmpDate(date));
    }
}
