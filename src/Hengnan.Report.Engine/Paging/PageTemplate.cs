using Hengnan.Report.Layout;
using Hengnan.Report.Drawing;

namespace Hengnan.Report.Paging;

/// <summary>A kind of page: where its body goes (mirrored on left and right pages), what is drawn behind it, and whether it has running heads.</summary>
public sealed record PageTemplate(
    PageKind Kind,
    bool RunningHeads,
    Func<PaperSize, bool, Rect> Body,
    Func<PaperSize, IReadOnlyList<Placed>>? Background = null);
