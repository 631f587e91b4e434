using System.Globalization;
using System.Text;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The document information dictionary and the XMP metadata packet, both from <see cref="PdfMetadata"/>.
/// Identifiers (xmpMM:DocumentID and InstanceID) are UUIDs made from the document's content hash,
/// so the same document always carries the same identifiers. Conformance claims are added when asked
/// for: PDF/X (pdfxid:GTS_PDFXVersion in XMP, GTS_PDFXVersion in Info, xmpMM:VersionID and
/// RenditionClass) and PDF/UA (pdfuaid:part).
/// </summary>
internal static class PdfMetadataWriter
{
    public static DateTime Utc(DateTime date) => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;

    /// <summary>D:YYYYMMDDHHmmSS+00'00'.</summary>
    public static string PdfDate(DateTime date) =>
        "D:" + Utc(date).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";

    public static string XmpDate(DateTime date) => Utc(date).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";

    /// <summary>What the metadata contributes to the content hash.</summary>
    public static byte[] HashInput(PdfMetadata m) => Encoding.UTF8.GetBytes(string.Join('\0',
        m.Title, m.Author, m.Subject, m.Keywords, m.Language, m.Creator, m.Producer, PdfDate(m.Date)));

    /// <summary>A UUID (RFC 9562 form, version 5 bits) from 16 bytes of a hash.</summary>
    public static string Uuid(ReadOnlySpan<byte> hash)
    {
        Span<byte> u = stackalloc byte[16];
        hash[..16].CopyTo(u);
        u[6] = (byte)((u[6] & 0x0F) | 0x50);
        u[8] = (byte)((u[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(u);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>The PDF/X identification written for <see cref="PdfDocumentRequest.PdfX"/>: the output intent references its profile, so PDF/X-4p.</summary>
    public const string PdfXVersion = "PDF/X-4p";

    public static void WriteInfo(PdfObjectWriter w, int number, PdfMetadata m, string? pdfxVersion = null)
    {
        var b = w.Begin(number);
        b.Raw("<< /Title "u8).TextString(m.Title).Raw(" /Author "u8).TextString(m.Author)
         .Raw(" /Subject "u8).TextString(m.Subject).Raw(" /Keywords "u8).TextString(m.Keywords)
         .Raw(" /Creator "u8).TextString(m.Creator).Raw(" /Producer "u8).TextString(m.Producer)
         .Raw(" /CreationDate "u8).TextString(PdfDate(m.Date)).Raw(" /ModDate "u8).TextString(PdfDate(m.Date))
         .Raw(" /Trapped /False"u8);
        if (pdfxVersion is not null) b.Raw(" /GTS_PDFXVersion "u8).TextString(pdfxVersion);
        b.Raw(" >>"u8);
        w.End();
    }

    /// <summary>The XMP packet (UTF-8), written uncompressed so tools can find it.</summary>
    public static byte[] Xmp(PdfMetadata m, string documentId, string instanceId, string? pdfxVersion = null, bool pdfUA = false)
    {
        string date = XmpDate(m.Date);
        var sb = new StringBuilder(4096);
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
          .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
          .Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
          .Append("  <rdf:Description rdf:about=\"\"\n")
          .Append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
          .Append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
          .Append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
          .Append("    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"");
        if (pdfxVersion is not null) sb.Append("\n    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"");
        if (pdfUA) sb.Append("\n    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
        sb.Append(">\n")
          .Append("   <dc:format>application/pdf</dc:format>\n")
          .Append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(m.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n")
          .Append("   <dc:creator><rdf:Seq><rdf:li>").Append(Escape(m.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n")
          .Append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(m.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (!string.IsNullOrEmpty(m.Language))
            sb.Append("   <dc:language><rdf:Bag><rdf:li>").Append(Escape(m.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        sb.Append("   <pdf:Keywords>").Append(Escape(m.Keywords)).Append("</pdf:Keywords>\n")
          .Append("   <pdf:Producer>").Append(Escape(m.Producer)).Append("</pdf:Producer>\n")
          .Append("   <pdf:Trapped>False</pdf:Trapped>\n")
          .Append("   <xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
          .Append("   <xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
          .Append("   <xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
          .Append("   <xmp:CreatorTool>").Append(Escape(m.Creator)).Append("</xmp:CreatorTool>\n")
          .Append("   <xmpMM:DocumentID>uuid:").Append(documentId).Append("</xmpMM:DocumentID>\n")
          .Append("   <xmpMM:InstanceID>uuid:").Append(instanceId).Append("</xmpMM:InstanceID>\n");
        if (pdfxVersion is not null)
            sb.Append("   <xmpMM:VersionID>1</xmpMM:VersionID>\n")
              .Append("   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n")
              .Append("   <pdfxid:GTS_PDFXVersion>").Append(Escape(pdfxVersion)).Append("</pdfxid:GTS_PDFXVersion>\n");
        if (pdfUA) sb.Append("   <pdfuaid:part>1</pdfuaid:part>\n");
        sb.Append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n");
        // Room for editors to update the packet in place.
        for (int i = 0; i < 10; i++) sb.Append(' ', 99).Append('\n');
        sb.Append("<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default:
                    if (c < ' ' && c is not ('\t' or '\n' or '\r')) break; // not allowed in XML 1.0
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
