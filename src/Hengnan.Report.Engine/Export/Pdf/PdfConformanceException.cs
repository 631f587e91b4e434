namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The document cannot carry the conformance it was asked for (<see cref="PdfDocumentRequest.PdfX"/>,
/// <see cref="PdfDocumentRequest.PdfUA"/>); the message names the rule and the page.
/// </summary>
public sealed class PdfConformanceException : InvalidOperationException
{
    public PdfConformanceException(string message) : base(message) { }
}
