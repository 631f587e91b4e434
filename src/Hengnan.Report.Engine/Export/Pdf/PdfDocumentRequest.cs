using Hengnan.Report.Paging;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Everything written into one PDF. <see cref="Tagged"/> adds the structure tree (tagged PDF);
/// <see cref="OpenTwoPagesWithBookmarks"/> asks viewers for spreads (odd pages on the right) and,
/// when there are bookmarks, the outline panel. The conformance options are off by default (the
/// output is then exactly what it was before they existed): <see cref="PdfX"/> writes PDF/X-4p for the
/// print shop, <see cref="PdfUA"/> declares and checks PDF/UA-1, <see cref="MaxImagePpi"/> downsamples
/// images that would print at a higher resolution.
/// </summary>
public sealed record PdfDocumentRequest(IReadOnlyList<PdfPage> Pages, PdfMetadata Metadata)
{
    public IReadOnlyList<PdfBookmark> Bookmarks { get; init; } = [];
    public IReadOnlyList<PageLabelRange> PageLabels { get; init; } = [];
    public bool Tagged { get; init; } = true;
    public bool OpenTwoPagesWithBookmarks { get; init; } = true;

    /// <summary>
    /// When set, the file is PDF/X-4p (ISO 15930-7) for this printing condition: PDF 1.6, the output
    /// intent, the PDF/X identification in XMP and Info, RGB colours and images in an embedded sRGB
    /// ICCBased space (never DeviceRGB), a CMYK transparency group on pages that use transparency.
    /// Every page needs a TrimBox inside a BleedBox inside its media, and a title; otherwise writing
    /// throws, naming the page.
    /// </summary>
    public PdfXOutputIntent? PdfX { get; init; }

    /// <summary>
    /// When set, the file declares PDF/UA-1 (ISO 14289-1) and is checked against the failure conditions
    /// that can be checked mechanically (Matterhorn protocol): tagged, titled, language set, every figure
    /// with alternate text, every link with a description, table header cells with a scope, heading
    /// levels not skipped. A document that cannot conform throws, naming the page.
    /// </summary>
    public bool PdfUA { get; init; }

    /// <summary>
    /// The highest resolution, in pixels per inch at their largest placement, images are embedded at.
    /// Higher ones are resampled (JPEGs re-encoded at quality 92; a JPEG within the limit still passes
    /// through byte for byte). Null: images are embedded as they are.
    /// </summary>
    public float? MaxImagePpi { get; init; }
}
