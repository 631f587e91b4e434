namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// One image as it is drawn on a page: its source pixels (<paramref name="PixelWidth"/> ×
/// <paramref name="PixelHeight"/>), the size it is drawn at in points (the whole image, including any
/// part its box clips off), and its effective resolution there in pixels per inch (the lower of the
/// two axes). <paramref name="Downsampled"/> says the PDF holds fewer pixels
/// (<paramref name="EmbeddedPixelWidth"/> × <paramref name="EmbeddedPixelHeight"/>, at
/// <paramref name="EmbeddedPpi"/> here) because of <see cref="PdfDocumentRequest.MaxImagePpi"/>.
/// </summary>
public sealed record PdfImagePlacement(int PageIndex, string ImageName, int PixelWidth, int PixelHeight,
    float PlacedWidth, float PlacedHeight, float EffectivePpi, bool Downsampled,
    int EmbeddedPixelWidth, int EmbeddedPixelHeight, float EmbeddedPpi);
