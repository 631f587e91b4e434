namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// What writing a PDF found out: every image placement with its effective resolution (page order,
/// then drawing order) and notes the caller may turn into warnings (an image that could not be
/// downsampled, a PDF/UA document without headings, …).
/// </summary>
public sealed record PdfReport(IReadOnlyList<PdfImagePlacement> Images, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Images over <see cref="PdfDocumentRequest.MaxImagePpi"/> embedded as they are (a CMYK JPEG: resampling it would
    /// lose its inks), each once, in the order first drawn; each also has a note in <see cref="Notes"/>.
    /// </summary>
    public IReadOnlyList<PdfKeptImage> KeptOverLimit { get; init; } = [];
}

/// <summary>
/// An image kept at its <paramref name="PixelWidth"/> × <paramref name="PixelHeight"/> pixels although at its largest
/// placement it has <paramref name="Ppi"/> pixels per inch, more than the <paramref name="MaxPpi"/> asked for;
/// <paramref name="WantedWidth"/> × <paramref name="WantedHeight"/> pixels would have been enough.
/// </summary>
public sealed record PdfKeptImage(string ImageName, int PixelWidth, int PixelHeight, float Ppi, float MaxPpi, int WantedWidth, int WantedHeight);
