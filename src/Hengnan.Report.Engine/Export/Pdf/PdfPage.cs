using Hengnan.Report.Drawing;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// One page: the media box is <paramref name="Width"/> × <paramref name="Height"/> points; panels are
/// drawn in order. <see cref="TrimBox"/> and <see cref="BleedBox"/> are given in top-left media
/// coordinates (y downwards) and written in PDF's bottom-left ones.
/// </summary>
public sealed record PdfPage(float Width, float Height, IReadOnlyList<PdfPanel> Panels)
{
    public Rect? TrimBox { get; init; }
    public Rect? BleedBox { get; init; }
}
