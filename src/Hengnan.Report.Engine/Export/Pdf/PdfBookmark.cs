namespace Hengnan.Report.Export.Pdf;

/// <summary>An outline entry leading to the top of page <paramref name="PageIndex"/> (0-based), with nested entries.</summary>
public sealed record PdfBookmark(string Title, int PageIndex, IReadOnlyList<PdfBookmark> Children);
