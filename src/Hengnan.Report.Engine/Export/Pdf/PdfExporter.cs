namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Writes display lists as a PDF 1.7 file with our own content streams, embedded font subsets,
/// images, links, outline, page labels, metadata and (by default) a structure tree. Deterministic:
/// the same request always gives the same bytes.
/// </summary>
public static class PdfExporter
{
    public static byte[] Write(PdfDocumentRequest request) => Write(request, PdfWriteOptions.Default);

    internal static byte[] Write(PdfDocumentRequest request, PdfWriteOptions options) => PdfDocumentWriter.Write(request, options);
}
