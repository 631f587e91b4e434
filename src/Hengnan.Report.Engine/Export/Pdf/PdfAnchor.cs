namespace Hengnan.Report.Export.Pdf;

/// <summary>Where a named destination lands: a page and a point in PDF coordinates (y upwards).</summary>
internal readonly record struct PdfAnchor(int PageIndex, double X, double Y);
