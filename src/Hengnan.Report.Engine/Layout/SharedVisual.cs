namespace Hengnan.Report.Layout;

/// <summary>
/// Content drawn the same on many pages (a draft mark): one fragment, placed by reference wherever it is drawn.
/// The PDF exporter writes it once as a form XObject that every page refers to, so its bytes and the time to write
/// them do not grow with the pages; the previews draw its items in place. Its items are drawn, not read: no anchors,
/// links or structure inside (where it is placed, the whole is one item with that place's structure node), and
/// nothing outside the fragment's box (0, 0)–(Width, Height), to which it is clipped.
/// </summary>
public sealed record SharedVisual(Fragment Content) : Visual;
