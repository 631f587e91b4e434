using Hengnan.Report.Drawing;

namespace Hengnan.Report.Export.Pdf;

/// <summary>A clickable rectangle on a page (PDF coordinates, y upwards) leading to an anchor.</summary>
internal sealed record PdfLinkArea(double X1, double Y1, double X2, double Y2, string Anchor, string? Contents, StructureNode? Node);
