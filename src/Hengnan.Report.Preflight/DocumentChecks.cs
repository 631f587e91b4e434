using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Preflight;

/// <summary>Checks of the catalog, the trailer and the XMP metadata: output intent, identification, tagging flags.</summary>
internal static class DocumentChecks
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace PdfxId = "http://www.npes.org/pdfx/ns/id/";

    public static void Run(PdfObjects pdf, List<PreflightFinding> findings)
    {
        var catalog = pdf.Document.Structure.Catalog.CatalogDictionary;
        if (pdf.Document.IsEncrypted || pdf.Document.Structure.Trailer.EncryptionToken is not null)
            findings.Add(Rules.Encrypted.At(null));

        var xmp = ReadXmp(pdf, catalog);

        // PDF/X-4: output intent and identification.
        var intents = pdf.Array(catalog, "OutputIntents");
        var pdfx = intents?.Data.Select(pdf.AsDict).FirstOrDefault(d => pdf.Name(d, "S") == "GTS_PDFX");
        if (pdfx is null) findings.Add(Rules.NoOutputIntent.At(null));
        else if (pdf.Get(pdfx, "DestOutputProfile") is not StreamToken && pdf.Get(pdfx, "DestOutputProfileRef") is null)
            findings.Add(Rules.OutputIntentNoProfile.At(null));

        string? version = XmpValue(xmp, PdfxId + "GTS_PDFXVersion")
            ?? pdf.Text(InfoDictionary(pdf), "GTS_PDFXVersion");
        if (string.IsNullOrWhiteSpace(version)) findings.Add(Rules.NoPdfxVersion.At(null));
        else if (!version.Trim().StartsWith("PDF/X-4", StringComparison.Ordinal)) findings.Add(Rules.WrongPdfxVersion.At(null, version.Trim()));

        // PDF/UA-1: tagging, language, title, identification.
        if (pdf.Bool(pdf.Dict(catalog, "MarkInfo"), "Marked") != true) findings.Add(Rules.NotMarked.At(null));
        if (pdf.Dict(catalog, "StructTreeRoot") is null) findings.Add(Rules.NoStructureTree.At(null));
        if (string.IsNullOrWhiteSpace(pdf.Text(catalog, "Lang"))) findings.Add(Rules.NoLanguage.At(null));
        if (pdf.Bool(pdf.Dict(catalog, "ViewerPreferences"), "DisplayDocTitle") != true) findings.Add(Rules.NoDisplayDocTitle.At(null));
        if (xmp is null) findings.Add(Rules.NoXmp.At(null));
        else if (!xmp.Descendants(Dc + "title").Any(t => !string.IsNullOrWhiteSpace(t.Value))) findings.Add(Rules.NoXmpTitle.At(null));
        if (string.IsNullOrWhiteSpace(XmpValue(xmp, PdfUaId + "part"))) findings.Add(Rules.NoPdfUaId.At(null));
    }

    private static DictionaryToken? InfoDictionary(PdfObjects pdf) =>
        pdf.AsDict(pdf.Document.Structure.Trailer.Info);

    /// <summary>The catalog's /Metadata stream as XML, or null when there is none or it is not well-formed.</summary>
    private static XDocument? ReadXmp(PdfObjects pdf, DictionaryToken catalog)
    {
        if (pdf.Stream(catalog, "Metadata") is not { } stream || pdf.Decode(stream) is not { } bytes) return null;
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            int start = text.IndexOf('<');
            if (start < 0) return null;
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text[start..]), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>A simple XMP property, written as an element or as an attribute of rdf:Description.</summary>
    private static string? XmpValue(XDocument? xmp, XName name)
    {
        if (xmp is null) return null;
        var element = xmp.Descendants(name).FirstOrDefault();
        if (element is not null) return element.Value;
        return xmp.Descendants().Select(e => e.Attribute(name)?.Value).FirstOrDefault(v => v is not null);
    }
}
