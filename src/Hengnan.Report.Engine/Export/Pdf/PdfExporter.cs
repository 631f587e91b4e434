namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Writes display lists as a PDF 1.7 file (1.6 for PDF/X-4p) with our own content streams, embedded
/// font subsets, images, links, outline, page labels, metadata and (by default) a structure tree.
/// Deterministic: the same request always gives the same bytes.
/// </summary>
public static class PdfExporter
{
    public static byte[] Write(PdfDocumentRequest request) => Write(request, PdfWriteOptions.Default);

    /// <summary>Writes the PDF and reports every image placement's effective resolution and any notes.</summary>
    public static byte[] Write(PdfDocumentRequest request, out PdfReport report) =>
        PdfDocumentWriter.Write(request, PdfWriteOptions.Default, out report);

    internal static byte[] Write(PdfDocumentRequest request, PdfWriteOptions options) => PdfDocumentWriter.Write(request, options);

    internal static byte[] Write(PdfDocumentRequest request, PdfWriteOptions options, out PdfReport report) =>
        PdfDocumentWriter.Write(request, options, out report);
}
