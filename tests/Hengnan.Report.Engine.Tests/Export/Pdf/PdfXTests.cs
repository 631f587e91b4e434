using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout;
using SkiaSharp;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfXTests
{
    private static readonly StructureNode Figure = new(StructureRole.Figure, "a picture");
    private static readonly XNamespace PdfXId = "http://www.npes.org/pdfx/ns/id/";
    private static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";
    private static readonly XNamespace PdfNs = "http://ns.adobe.com/pdf/1.3/";

    private static PdfDocumentRequest PrintRequest(params PdfPage[] pages) => Request(pages) with { PdfX = PdfXOutputIntent.Fogra39 };

    /// <summary>Every kind of colour and image the exporter writes, on two printer's pages (the first with transparency).</summary>
    private static PdfDocumentRequest Everything(FontFace face)
    {
        var greyJpeg = GreyJpeg(24, 24);
        Assert.Equal(1, greyJpeg.Components);
        var page1 = PrintPage(
            Run(face, "RGB text 红", 12, 20, 40, new StructureNode(StructureRole.P), "en", Color.Rgb(200, 16, 46)),
            new DisplayItem(20, 60, new PathVisual(PathData.Rectangle(0, 0, 50, 20), Color.Rgb(0, 90, 160, 128), new Stroke(Color.Rgb(10, 20, 30), 1)), null),
            new DisplayItem(20, 90, new PathVisual(PathData.Rectangle(0, 0, 50, 20), Color.Cmyk(0, 0.5f, 1, 0), new Stroke(Color.Rgb(255, 255, 0), 2)), null),
            new DisplayItem(20, 120, PathVisual.Rect(50, 20, Color.Spot("PANTONE 186 C", Color.Cmyk(0, 0.91f, 0.76f, 0.06f))), null),
            new DisplayItem(20, 150, new ImageVisual(64, 48, Jpeg(64, 48, new SKColor(200, 30, 40))), Figure),
            new DisplayItem(100, 150, new ImageVisual(30, 20, Png(30, 20, new SKColor(10, 120, 230, 200))), Figure),
            new DisplayItem(150, 150, new ImageVisual(24, 24, greyJpeg), Figure),
            new DisplayItem(200, 150, new ImageVisual(16, 16, CmykJpeg()), Figure));
        var page2 = PrintPage(
            Run(face, "Opaque page", 12, 20, 40, new StructureNode(StructureRole.P), "en", Color.Rgb(0, 0, 0)),
            new DisplayItem(20, 60, PathVisual.Rect(50, 20, Color.Rgb(0, 128, 0)), null));
        return PrintRequest(page1, page2);
    }

    [Fact]
    public void The_output_intent_references_a_registered_cmyk_profile_by_its_md5()
    {
        using var doc = Open(Write(PrintRequest(PrintPage())));
        var intents = (ArrayToken)Get(doc, Catalog(doc), "OutputIntents")!;
        var intent = Dict(doc, Assert.Single(intents.Data));
        Assert.Equal("OutputIntent", Name(doc, intent, "Type"));
        Assert.Equal("GTS_PDFX", Name(doc, intent, "S"));
        Assert.Equal("FOGRA39", Text(doc, intent, "OutputConditionIdentifier"));
        Assert.Equal("http://www.color.org", Text(doc, intent, "RegistryName"));
        Assert.Equal("Coated FOGRA39 (ISO 12647-2:2004)", Text(doc, intent, "Info"));
        Assert.StartsWith("Offset commercial and specialty printing according to ISO 12647-2:2004", Text(doc, intent, "OutputCondition"));
        Assert.Null(Get(doc, intent, "DestOutputProfile")); // referenced, not embedded: PDF/X-4p

        var reference = Dict(doc, intent, "DestOutputProfileRef");
        Assert.Equal("74ff62f330bf0dbe4495b5720542d511", Convert.ToHexStringLower(Bytes(Get(doc, reference, "CheckSum"))));
        Assert.Equal([0x02, 0x10, 0x00, 0x00], Bytes(Get(doc, reference, "ICCVersion")));
        Assert.Equal("CMYK", Text(doc, reference, "ProfileCS"));
        Assert.Equal("Coated FOGRA39 (ISO 12647-2:2004)", Text(doc, reference, "ProfileName"));
        var url = Dict(doc, Assert.Single(((ArrayToken)Get(doc, reference, "URLs")!).Data));
        Assert.Equal("URL", Name(doc, url, "FS"));
        Assert.StartsWith("https://", Text(doc, url, "F"));
    }

    [Fact]
    public void Japan_color_names_its_own_condition_and_checksum()
    {
        using var doc = Open(Write(Request(PrintPage()) with { PdfX = PdfXOutputIntent.JapanColor2001Coated }));
        var intent = Dict(doc, ((ArrayToken)Get(doc, Catalog(doc), "OutputIntents")!).Data[0]);
        Assert.Equal("JC200103", Text(doc, intent, "OutputConditionIdentifier"));
        var reference = Dict(doc, intent, "DestOutputProfileRef");
        Assert.Equal("4cb167869183b59bbad20fb90ccf3e0c", Convert.ToHexStringLower(Bytes(Get(doc, reference, "CheckSum"))));
        Assert.Equal("Japan Color 2001 Coated", Text(doc, reference, "ProfileName"));
    }

    [Fact]
    public void An_edition_can_name_another_condition_and_bad_checksums_are_refused()
    {
        var custom = new PdfXOutputIntent("FOGRA51", "Offset, ISO 12647-2:2013, paper type PS1", PdfXOutputIntent.IccRegistry,
            "PSO Coated v3", "PSO Coated v3", 0x02100000, "00112233445566778899AABBCCDDEEFF", ["https://example.org/PSOcoated_v3.icc"]);
        Assert.Equal("00112233445566778899aabbccddeeff", custom.CheckSum);
        Assert.Throws<ArgumentException>(() => new PdfXOutputIntent("X", "", "", "", "p", 0x02100000, "123", ["u"]));
        Assert.Throws<ArgumentException>(() => new PdfXOutputIntent("X", "", "", "", "p", 0x02100000, custom.CheckSum, []));
    }

    [Fact]
    public void Pdf_x_is_identified_in_the_header_xmp_and_info()
    {
        var pdf = Write(PrintRequest(PrintPage()));
        Assert.StartsWith("%PDF-1.6\n", Encoding.Latin1.GetString(pdf, 0, 9));
        using var doc = Open(pdf);
        Assert.True(doc.TryGetXmpMetadata(out var xmp));
        var x = XDocument.Load(new MemoryStream(xmp!.GetXmlBytes().ToArray()));
        Assert.Equal("PDF/X-4p", x.Descendants(PdfXId + "GTS_PDFXVersion").Single().Value);
        Assert.Equal("1", x.Descendants(XmpMM + "VersionID").Single().Value);
        Assert.Equal("default", x.Descendants(XmpMM + "RenditionClass").Single().Value);
        Assert.Equal("False", x.Descendants(PdfNs + "Trapped").Single().Value);
        var info = doc.Information.DocumentInformationDictionary!;
        Assert.Equal("PDF/X-4p", StructureView.TextOf(info.Data["GTS_PDFXVersion"]));
        Assert.Equal("False", ((NameToken)info.Data["Trapped"]).Data);
    }

    [Fact]
    public void No_device_rgb_anywhere_rgb_is_icc_based_srgb()
    {
        using var face = Sans();
        var pdf = Write(Everything(face));
        if (Environment.GetEnvironmentVariable("HENGNAN_PDFX_SAMPLE") is { Length: > 0 } path) File.WriteAllBytes(path, pdf);
        using var doc = Open(pdf);
        int contentStreams = 0, iccStreams = 0;
        foreach (var (reference, token) in Objects(doc))
        {
            Assert.DoesNotContain("DeviceRGB", Names(token));
            if (token is not StreamToken stream) continue;
            var filter = Get(doc, stream.StreamDictionary, "Filter") as NameToken;
            if (filter?.Data == "DCTDecode") continue;
            var text = Encoding.Latin1.GetString(Decode(doc, stream));
            Assert.DoesNotContain("DeviceRGB", text);
            if (stream.StreamDictionary.ContainsKey(NameToken.Create("N")))
            {
                iccStreams++;
                Assert.Equal(3, ((NumericToken)Get(doc, stream.StreamDictionary, "N")!).Int);
                Assert.Equal(PdfIccProfiles.SRgb, Decode(doc, stream));
                Assert.Equal("acsp", Encoding.ASCII.GetString(Decode(doc, stream), 36, 4));
            }
        }
        Assert.Equal(1, iccStreams);
        foreach (var page in new[] { 1, 2 })
        {
            var content = Content(doc, page);
            contentStreams++;
            Assert.DoesNotMatch(@"(^|\s)(rg|RG)\s", content); // no DeviceRGB operators
            Assert.Contains("/CS0 cs", content);
            var space = (ArrayToken)Resolve(doc, Dict(doc, Dict(doc, doc.GetPage(page).Dictionary, "Resources"), "ColorSpace").Data["CS0"]);
            Assert.Equal("ICCBased", ((NameToken)space.Data[0]).Data);
        }
        Assert.Equal(2, contentStreams);
        var page1 = Content(doc, 1);
        Assert.Contains("/CS0 cs 0.784 0.063 0.18 sc", page1);     // RGB text fill
        Assert.Contains("/CS0 CS 0.039 0.078 0.118 SC", page1);    // RGB stroke
        Assert.Contains("0 0.5 1 0 k", page1);                      // CMYK stays DeviceCMYK
        Assert.Contains("\n1 1 0 SC", page1);                       // the stroke space is still /CS0
    }

    [Fact]
    public void Images_rgb_into_srgb_grey_and_cmyk_jpegs_stay_device()
    {
        using var face = Sans();
        using var doc = Open(Write(Everything(face)));
        var xobjects = Dict(doc, Dict(doc, doc.GetPage(1).Dictionary, "Resources"), "XObject");
        var spaces = xobjects.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => Resolve(doc, ((StreamToken)Resolve(doc, kv.Value)).StreamDictionary.Data["ColorSpace"]))
            .Select(t => t is NameToken n ? n.Data : ((NameToken)((ArrayToken)t).Data[0]).Data)
            .ToArray();
        Assert.Equal(["ICCBased", "ICCBased", "DeviceGray", "DeviceCMYK"], spaces); // RGB JPEG, PNG, grey JPEG, CMYK JPEG
        var cmyk = (StreamToken)Resolve(doc, xobjects.Data["Im4"]);
        Assert.NotNull(Get(doc, cmyk.StreamDictionary, "Decode")); // Adobe's inverted CMYK
    }

    [Fact]
    public void Pages_with_transparency_get_a_cmyk_transparency_group()
    {
        using var face = Sans();
        using var doc = Open(Write(Everything(face)));
        var group = Dict(doc, doc.GetPage(1).Dictionary, "Group");
        Assert.Equal("Transparency", Name(doc, group, "S"));
        Assert.Equal("DeviceCMYK", Name(doc, group, "CS"));
        Assert.Null(Get(doc, doc.GetPage(2).Dictionary, "Group"));
        // Transparency stays live (PDF/X-4 allows it).
        Assert.Contains("/GSf502 gs", Content(doc, 1));

        // A soft-masked image alone is transparency too.
        using var masked = Open(Write(PrintRequest(PrintPage(new DisplayItem(0, 0, new ImageVisual(30, 20, Png(30, 20, new SKColor(1, 2, 3, 100))), Figure)))));
        Assert.NotNull(Get(masked, masked.GetPage(1).Dictionary, "Group"));
    }

    [Fact]
    public void Every_page_needs_a_trim_box_inside_a_bleed_box_inside_the_media()
    {
        var good = PrintPage();
        var noTrim = good with { TrimBox = null };
        var noBleed = good with { BleedBox = null };
        var trimOutside = good with { TrimBox = new Rect(0, 0, 600, 800) };
        var bleedOutside = good with { BleedBox = new Rect(-3, 6, 594, 794) };

        var e = Assert.Throws<PdfConformanceException>(() => Write(PrintRequest(good, noTrim)));
        Assert.Contains("page 2 has no TrimBox", e.Message);
        Assert.Contains("page 1 has no BleedBox", Assert.Throws<PdfConformanceException>(() => Write(PrintRequest(noBleed))).Message);
        Assert.Contains("page 3's TrimBox", Assert.Throws<PdfConformanceException>(() => Write(PrintRequest(good, good, trimOutside))).Message);
        Assert.Contains("page 1's BleedBox", Assert.Throws<PdfConformanceException>(() => Write(PrintRequest(bleedOutside))).Message);
        Assert.Contains("title", Assert.Throws<PdfConformanceException>(() => Write(PrintRequest(good) with { Metadata = Metadata() with { Title = " " } })).Message);
    }

    [Fact]
    public void Links_stay_but_do_not_print()
    {
        var node = new StructureNode(StructureRole.P);
        var page = PrintPage(new DisplayItem(40, 48, new LinkVisual(100, 14, "s1", "to s1"), node), new DisplayItem(0, 300, new AnchorVisual("s1"), null));
        using var doc = Open(Write(PrintRequest(page)));
        var link = doc.GetPage(1).GetAnnotations().Single().AnnotationDictionary;
        Assert.False(link.ContainsKey(NameToken.Create("F"))); // no Print flag: no part of the printed page
        using var screen = Open(Write(Request(page)));
        Assert.Equal(4, ((NumericToken)screen.GetPage(1).GetAnnotations().Single().AnnotationDictionary.Data["F"]).Int);
    }

    [Fact]
    public void Print_sheets_of_the_booklet_pass_the_box_check()
    {
        using var face = Sans();
        var pages = new List<IReadOnlyList<DisplayItem>> { new[] { Run(face, "One", 12, 20, 40, new StructureNode(StructureRole.H1), "en") } };
        var sheets = Hengnan.Report.Export.PrintSheets.Booklet(pages, Hengnan.Report.Paging.PaperSize.A4, new Hengnan.Report.Paging.PrintMarks(3 * Hengnan.Report.Paging.PaperSize.PointsPerMm, true));
        using var doc = Open(Write(PrintRequest([.. sheets])));
        Assert.NotNull(Get(doc, doc.GetPage(1).Dictionary, "TrimBox"));
        // Registration marks stay a Separation "All" over DeviceCMYK.
        Assert.Contains(Objects(doc), o => o.Token is ArrayToken a && a.Data.Count > 1 && a.Data[0] is NameToken { Data: "Separation" } && a.Data[1] is NameToken { Data: "All" });
    }

    private static string? Text(UglyToad.PdfPig.PdfDocument doc, DictionaryToken d, string key) => StructureView.TextOf(Get(doc, d, key));

    private static byte[] Bytes(IToken? token) => token switch
    {
        HexToken h => h.Bytes.ToArray(),
        StringToken s => s.GetBytes(),
        _ => throw new InvalidOperationException($"not a string: {token}"),
    };
}
