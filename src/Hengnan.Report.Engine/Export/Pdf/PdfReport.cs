namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// What writing a PDF found out: every image placement with its effective resolution (page order,
/// then drawing order) and notes the caller may turn into warnings (an image that could not be
/// downsampled, a PDF/UA document without headings, …).
/// </summary>
public sealed record PdfReport(IReadOnlyList<PdfImagePlacement> Images, IReadOnlyList<string> Notes);
