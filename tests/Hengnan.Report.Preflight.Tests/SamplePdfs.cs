using System.Text;

namespace Hengnan.Report.Preflight.Tests;

/// <summary>PDFs written by hand for the preflight tests: deliberately bad ones, a tagged-but-incomplete one and a good one.</summary>
internal static class SamplePdfs
{
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    /// <summary>
    /// Three pages with every print problem and no tagging, output intent, XMP, language or boxes.
    /// Page 1: red RGB text in non-embedded Helvetica, a 72×72 px RGB image placed 4 in wide (18 ppi), a 0.1 pt stroke.
    /// Page 2: rich-black CMYK text and RGB-black text; a 400 px grey image at 2 in (200 ppi); a form XObject
    /// (scaled 0.2) holding Type 3 text, a 0.5 pt stroke (0.1 pt on the page) and an Indexed-on-DeviceRGB image.
    /// Page 3: a TrimBox sticking out of the MediaBox and the BleedBox, an ArtBox beside it, a 0-width stroke.
    /// </summary>
    public static byte[] Bad()
    {
        var pdf = new MiniPdf();
        int catalog = pdf.Reserve(), pages = pdf.Reserve();
        int helvetica = pdf.Add(Helvetica);

        int rgbImage = pdf.AddStream("/Type /XObject /Subtype /Image /Width 72 /Height 72 /ColorSpace /DeviceRGB /BitsPerComponent 8",
            new byte[72 * 72 * 3], flate: true);
        int page1Content = pdf.AddStream("", """
            BT /F1 24 Tf 1 0 0 rg 72 720 Td (Red text) Tj ET
            q 288 0 0 288 72 300 cm /Im1 Do Q
            0 0 0 1 K 0.1 w 72 200 m 300 200 l S
            """, flate: true);
        int page1 = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Contents {page1Content} 0 R " +
                            $"/Resources << /Font << /F1 {helvetica} 0 R >> /XObject << /Im1 {rgbImage} 0 R >> >> >>");

        int glyph = pdf.AddStream("", "1000 0 d0 0 0 1000 1000 re f");
        int type3 = pdf.Add($"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] " +
                            $"/CharProcs << /a {glyph} 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> " +
                            "/FirstChar 97 /LastChar 97 /Widths [1000] /Resources << >> >>");
        int greyImage = pdf.AddStream("/Type /XObject /Subtype /Image /Width 400 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8",
            new byte[400 * 400], flate: true);
        int indexedImage = pdf.AddStream("/Type /XObject /Subtype /Image /Width 600 /Height 600 " +
                                         "/ColorSpace [/Indexed /DeviceRGB 1 <000000FFFFFF>] /BitsPerComponent 8",
            new byte[600 * 600], flate: true);
        int form = pdf.AddStream($"/Type /XObject /Subtype /Form /BBox [0 0 1000 1000] /Matrix [0.2 0 0 0.2 0 0] " +
                                 $"/Resources << /Font << /T3 {type3} 0 R >> /XObject << /Im3 {indexedImage} 0 R >> >>", """
            BT /T3 50 Tf 0 0 0 1 k 100 100 Td (a) Tj ET
            0.5 w 0 0 0 1 K 0 0 m 500 0 l S
            q 720 0 0 720 0 1000 cm /Im3 Do Q
            """);
        int page2Content = pdf.AddStream("", """
            BT /F1 12 Tf 0.6 0.5 0.4 1 k 72 720 Td (Rich black) Tj ET
            BT /F1 12 Tf 0 0 0 rg 72 700 Td (RGB black) Tj ET
            q 144 0 0 144 72 400 cm /Im2 Do Q
            q /Fm1 Do Q
            """, flate: true);
        int page2 = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /Contents {page2Content} 0 R " +
                            $"/Resources << /Font << /F1 {helvetica} 0 R >> /XObject << /Im2 {greyImage} 0 R /Fm1 {form} 0 R >> >> >>");

        int page3Content = pdf.AddStream("", "0 0 0 1 K 0 w 10 10 m 20 20 l S");
        int page3 = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 200 200] /BleedBox [0 0 200 200] " +
                            $"/TrimBox [10 10 210 190] /ArtBox [20 20 180 180] /Contents {page3Content} 0 R /Resources << >> >>");

        // MediaBox inherited from the Pages node by page 2.
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page1} 0 R {page2} 0 R {page3} 0 R] /Count 3 /MediaBox [0 0 612 792] >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }

    /// <summary>
    /// Two pages, tagged but with holes. Page 1: a Figure without /Alt, text outside any marked content, text in an
    /// Artifact. Page 2: a custom role /Photo mapped to Figure without /Alt (its page known only from an MCR), a Figure
    /// with /Alt, text inside a /Span BMC that has no MCID (untagged), and text in a form drawn inside tagged content.
    /// </summary>
    public static byte[] TaggedWithHoles()
    {
        var pdf = new MiniPdf();
        int catalog = pdf.Reserve(), pages = pdf.Reserve(), root = pdf.Reserve(), document = pdf.Reserve();
        int page1 = pdf.Reserve(), page2 = pdf.Reserve();
        int helvetica = pdf.Add(Helvetica);
        int p = pdf.Add($"<< /Type /StructElem /S /P /P {document} 0 R /Pg {page1} 0 R /K 0 >>");
        int fig1 = pdf.Add($"<< /Type /StructElem /S /Figure /P {document} 0 R /Pg {page1} 0 R /K 1 >>");
        int fig2 = pdf.Add($"<< /Type /StructElem /S /Photo /P {document} 0 R /K [<< /Type /MCR /Pg {page2} 0 R /MCID 0 >>] >>");
        int fig3 = pdf.Add($"<< /Type /StructElem /S /Figure /P {document} 0 R /Pg {page2} 0 R /Alt (A bar chart) /K 1 >>");
        pdf.Set(document, $"<< /Type /StructElem /S /Document /P {root} 0 R /K [{p} 0 R {fig1} 0 R {fig2} 0 R {fig3} 0 R] >>");
        pdf.Set(root, $"<< /Type /StructTreeRoot /K [{document} 0 R] /RoleMap << /Photo /Figure >> >>");

        int content1 = pdf.AddStream("", """
            /P <</MCID 0>> BDC BT /F1 12 Tf 72 720 Td (Tagged) Tj ET EMC
            /Figure <</MCID 1>> BDC 0 0 0 1 k 72 600 100 100 re f EMC
            BT /F1 12 Tf 72 500 Td (Untagged) Tj ET
            /Artifact BMC BT /F1 12 Tf 72 480 Td (Page 1) Tj ET EMC
            """);
        pdf.Set(page1, $"<< /Type /Page /Parent {pages} 0 R /Contents {content1} 0 R /Resources << /Font << /F1 {helvetica} 0 R >> >> >>");

        int form = pdf.AddStream($"/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /Font << /F1 {helvetica} 0 R >> >>",
            "BT /F1 12 Tf 72 300 Td (Inside a form) Tj ET");
        int content2 = pdf.AddStream("", """
            /Figure /MC0 BDC 0 0 0 1 k 72 600 100 100 re f EMC
            /Figure <</MCID 1>> BDC q /Fm1 Do Q EMC
            /Span BMC BT /F1 12 Tf 72 200 Td (No MCID) Tj ET EMC
            """);
        pdf.Set(page2, $"<< /Type /Page /Parent {pages} 0 R /Contents {content2} 0 R " +
                       $"/Resources << /Font << /F1 {helvetica} 0 R >> /XObject << /Fm1 {form} 0 R >> /Properties << /MC0 << /MCID 0 >> >> >> >>");

        pdf.Set(pages, $"<< /Type /Pages /Kids [{page1} 0 R {page2} 0 R] /Count 2 /MediaBox [0 0 612 792] >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R /MarkInfo << /Marked true >> /StructTreeRoot {root} 0 R /Lang (en) >>");
        return pdf.Build(catalog);
    }

    /// <summary>
    /// A one-page PDF meant to pass: CMYK only (text 0 0 0 1 k), NotoSans embedded as FontFile2, a 200 px CMYK image
    /// at half an inch (400 ppi), a 0.5 pt rule as an artifact, TrimBox and BleedBox inside the MediaBox, a PDF/X
    /// output intent with a (placeholder) CMYK profile, MarkInfo, a structure tree whose Figure has /Alt, /Lang,
    /// DisplayDocTitle, and XMP with dc:title, pdfuaid:part and pdfxid:GTS_PDFXVersion.
    /// </summary>
    public static byte[] Good(Func<string, string>? editXmp = null, Func<string, string>? editCatalog = null,
        Func<string, string>? editContent = null, Func<string, string>? editPage = null)
    {
        var pdf = new MiniPdf();
        int catalog = pdf.Reserve(), pages = pdf.Reserve(), page = pdf.Reserve(), root = pdf.Reserve(), document = pdf.Reserve();

        var ttf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fonts", "NotoSans_400Regular.ttf"));
        int fontFile = pdf.AddStream($"/Length1 {ttf.Length}", ttf, flate: true);
        int descriptor = pdf.Add($"<< /Type /FontDescriptor /FontName /NotoSans-Regular /Flags 32 /FontBBox [-621 -389 2800 1067] " +
                                 $"/ItalicAngle 0 /Ascent 1069 /Descent -293 /CapHeight 714 /StemV 80 /FontFile2 {fontFile} 0 R >>");
        string widths = string.Join(' ', Enumerable.Repeat("560", 95));
        int font = pdf.Add($"<< /Type /Font /Subtype /TrueType /BaseFont /NotoSans-Regular /FirstChar 32 /LastChar 126 " +
                           $"/Widths [{widths}] /Encoding /WinAnsiEncoding /FontDescriptor {descriptor} 0 R >>");
        int image = pdf.AddStream("/Type /XObject /Subtype /Image /Width 200 /Height 200 /ColorSpace /DeviceCMYK /BitsPerComponent 8",
            new byte[200 * 200 * 4], flate: true);

        string content = """
            /P <</MCID 0>> BDC BT /F1 12 Tf 0 0 0 1 k 72 720 Td (Hello, print shop) Tj ET EMC
            /Figure <</MCID 1>> BDC q 36 0 0 36 72 600 cm /Im1 Do Q EMC
            /Artifact BMC 0.5 w 0 0 0 1 K 72 580 m 300 580 l S EMC
            """;
        int contents = pdf.AddStream("", editContent?.Invoke(content) ?? content, flate: true);
        string pageDict = $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /BleedBox [0 0 612 792] /TrimBox [9 9 603 783] " +
                          $"/Contents {contents} 0 R /StructParents 0 /Tabs /S " +
                          $"/Resources << /Font << /F1 {font} 0 R >> /XObject << /Im1 {image} 0 R >> >> >>";
        pdf.Set(page, editPage?.Invoke(pageDict) ?? pageDict);

        int p = pdf.Add($"<< /Type /StructElem /S /P /P {document} 0 R /Pg {page} 0 R /K 0 >>");
        int figure = pdf.Add($"<< /Type /StructElem /S /Figure /P {document} 0 R /Pg {page} 0 R /Alt (A cyan square) /K 1 >>");
        pdf.Set(document, $"<< /Type /StructElem /S /Document /P {root} 0 R /K [{p} 0 R {figure} 0 R] >>");
        pdf.Set(root, $"<< /Type /StructTreeRoot /K [{document} 0 R] /ParentTree << /Nums [0 [{p} 0 R {figure} 0 R]] >> /ParentTreeNextKey 1 >>");

        int profile = pdf.AddStream("/N 4", Encoding.ASCII.GetBytes("placeholder CMYK profile: the preflighter checks presence, not content"));
        int intent = pdf.Add($"<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (FOGRA39) /Info (Coated FOGRA39) " +
                             $"/DestOutputProfile {profile} 0 R >>");
        string xmp = """
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"
                  pdfxid:GTS_PDFXVersion="PDF/X-4">
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Good brochure</rdf:li></rdf:Alt></dc:title>
               <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
        int metadata = pdf.AddStream("/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(editXmp?.Invoke(xmp) ?? xmp));

        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        string catalogDict = $"<< /Type /Catalog /Pages {pages} 0 R /MarkInfo << /Marked true >> /StructTreeRoot {root} 0 R " +
                             $"/Lang (en-GB) /ViewerPreferences << /DisplayDocTitle true >> /Metadata {metadata} 0 R " +
                             $"/OutputIntents [{intent} 0 R] >>";
        pdf.Set(catalog, editCatalog?.Invoke(catalogDict) ?? catalogDict);
        int info = pdf.Add("<< /Title (Good brochure) /GTS_PDFXVersion (PDF/X-4) >>");
        return pdf.Build(catalog, $"/Info {info} 0 R");
    }

    /// <summary>
    /// A one-page PDF (612×792, Helvetica as /F1) with the given content and extra resources, boxes and all else
    /// missing; with <paramref name="imageSize"/> &gt; 0 also a square DeviceGray image of that many pixels as /Im.
    /// </summary>
    public static byte[] OnePage(string content, string resources = "", int imageSize = 0)
    {
        var pdf = new MiniPdf();
        int catalog = pdf.Reserve(), pages = pdf.Reserve();
        int helvetica = pdf.Add(Helvetica);
        if (imageSize > 0)
        {
            int image = pdf.AddStream($"/Type /XObject /Subtype /Image /Width {imageSize} /Height {imageSize} /ColorSpace /DeviceGray /BitsPerComponent 8",
                new byte[imageSize * imageSize], flate: true);
            resources += $" /XObject << /Im {image} 0 R >>";
        }
        int contents = pdf.AddStream("", content);
        int page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Contents {contents} 0 R " +
                           $"/Resources << /Font << /F1 {helvetica} 0 R >> {resources} >> >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }
}
