using Hengnan.Report.Paging;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Everything written into one PDF. <see cref="Tagged"/> adds the structure tree (tagged PDF);
/// <see cref="OpenTwoPagesWithBookmarks"/> asks viewers for spreads (odd pages on the right) and,
/// when there are bookmarks, the outline panel.
/// </summary>
public sealed record PdfDocumentRequest(IReadOnlyList<PdfPage> Pages, PdfMetadata Metadata)
{
    public IReadOnlyList<PdfBookmark> Bookmarks { get; init; } = [];
    public IReadOnlyList<PageLabelRange> PageLabels { get; init; } = [];
    public bool Tagged { get; init; } = true;
    public bool OpenTwoPagesWithBookmarks { get; init; } = true;
}
