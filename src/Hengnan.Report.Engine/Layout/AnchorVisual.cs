namespace Hengnan.Report.Layout;

/// <summary>A named point in the document (section starts, for contents and bookmarks).</summary>
public sealed record AnchorVisual(string Id) : Visual;
