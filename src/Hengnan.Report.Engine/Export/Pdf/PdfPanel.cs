using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// A display list placed on a page: every item is drawn translated by (<paramref name="OffsetX"/>,
/// <paramref name="OffsetY"/>) (points, y downwards from the page's top-left corner), clipped to
/// <paramref name="Clip"/> (panel coordinates) when one is given.
/// </summary>
public sealed record PdfPanel(float OffsetX, float OffsetY, Rect? Clip, IReadOnlyList<DisplayItem> Items);
