using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using SkiaSharp;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfImageResolutionTests
{
    private static readonly StructureNode Figure = new(StructureRole.Figure, "a picture");

    private static StreamToken XObject(UglyToad.PdfPig.PdfDocument doc, string name, int page = 1) =>
        (StreamToken)Resolve(doc, Dict(doc, Dict(doc, doc.GetPage(page).Dictionary, "Resources"), "XObject").Data[name]);

    private static int Int(UglyToad.PdfPig.PdfDocument doc, StreamToken image, string key) => ((NumericToken)Get(doc, image.StreamDictionary, key)!).Int;

    private static DisplayItem Placed(float x, float size, ImageAsset asset) => new(x, 0, new ImageVisual(size, size, asset), Figure);

    [Fact]
    public void A_2000_pixel_png_placed_at_one_inch_comes_out_at_450_pixels_under_a_450_ppi_limit()
    {
        var png = Generated(2000, 2000, (x, y) => x < 1000 ? ((byte)10, (byte)120, (byte)230, (byte)200) : ((byte)(x / 8), (byte)120, (byte)230, (byte)100), SKEncodedImageFormat.Png, "logo.png");
        Assert.NotNull(png.Alpha);
        var data = png.Data;
        var request = Request(Page(Placed(0, 72, png))) with { MaxImagePpi = 450 };
        var pdf = PdfExporter.Write(request, out var report);
        using var doc = Open(pdf);
        var image = XObject(doc, "Im1");
        Assert.Equal(450, Int(doc, image, "Width"));
        Assert.Equal(450, Int(doc, image, "Height"));
        Assert.Equal(450, ((NumericToken)Get(doc, Dict(doc, image.StreamDictionary, "DecodeParms"), "Columns")!).Int);
        var mask = (StreamToken)Get(doc, image.StreamDictionary, "SMask")!;
        Assert.Equal(450, Int(doc, mask, "Width"));
        Assert.Equal(450 * 450 * 3, Decode(doc, image).Length); // PdfPig undoes the PNG predictor

        var placement = Assert.Single(report.Images);
        Assert.Equal(new PdfImagePlacement(0, "logo.png", 2000, 2000, 72, 72, 2000, true, 450, 450, 450), placement);
        // The asset is untouched.
        Assert.Equal(2000, png.PixelWidth);
        Assert.Same(data, png.Data);
        Assert.Equal(2000 * 2000 * 3, png.Data.Length);
    }

    [Fact]
    public void A_jpeg_within_the_limit_passes_through_byte_for_byte()
    {
        var jpeg = Jpeg(300, 300, new SKColor(200, 30, 40));
        using var doc = Open(PdfExporter.Write(Request(Page(Placed(0, 72, jpeg))) with { MaxImagePpi = 450 }, out var report));
        var image = XObject(doc, "Im1");
        Assert.Equal(jpeg.Data, image.Data.ToArray());
        Assert.False(Assert.Single(report.Images).Downsampled);
        Assert.Equal(300, report.Images[0].EffectivePpi, 3);
    }

    [Fact]
    public void A_jpeg_over_the_limit_is_resampled_and_re_encoded_as_jpeg_and_grey_stays_grey()
    {
        var colour = Generated(1000, 1000, (x, y) => x < 500 ? ((byte)200, (byte)30, (byte)40, (byte)255) : ((byte)(x / 4), (byte)30, (byte)40, (byte)255), SKEncodedImageFormat.Jpeg, "photo.jpg");
        var grey = GreyJpeg(1000, 1000);
        using var doc = Open(PdfExporter.Write(Request(Page(Placed(0, 72, colour), Placed(100, 72, grey))) with { MaxImagePpi = 300 }, out var report));
        var image = XObject(doc, "Im1");
        Assert.Equal("DCTDecode", Name(doc, image.StreamDictionary, "Filter"));
        Assert.Equal(300, Int(doc, image, "Width"));
        var bytes = image.Data.ToArray();
        using (var decoded = SKBitmap.Decode(bytes))
        {
            Assert.Equal(300, decoded.Width);
            var pixel = decoded.GetPixel(10, 150); // left half: the solid colour
            Assert.InRange(pixel.Red, 185, 215);
            Assert.InRange(pixel.Green, 15, 45);
        }
        Assert.NotEqual(colour.Data, bytes);
        var greyImage = XObject(doc, "Im2");
        Assert.Equal("DeviceGray", Name(doc, greyImage.StreamDictionary, "ColorSpace"));
        Assert.Equal(1, ImageAsset.JpegComponents(greyImage.Data.ToArray()));
        Assert.All(report.Images, p => Assert.True(p.Downsampled));
        Assert.Equal([300f, 300f], report.Images.Select(p => p.EmbeddedPpi));
    }

    [Fact]
    public void An_image_used_at_two_sizes_is_limited_at_its_largest_placement()
    {
        var png = Generated(1000, 1000, (x, y) => ((byte)(x / 4), (byte)(y / 4), 0, 255), SKEncodedImageFormat.Png, "logo.png");
        using var doc = Open(PdfExporter.Write(Request(Page(Placed(0, 72, png)), Page(Placed(0, 144, png))) with { MaxImagePpi = 450 }, out var report));
        Assert.Equal(900, Int(doc, XObject(doc, "Im1", 2), "Width")); // 2 inches at 450 ppi
        Assert.Equal([0, 1], report.Images.Select(p => p.PageIndex));
        Assert.Equal([1000f, 500f], report.Images.Select(p => p.EffectivePpi));
        Assert.Equal([900f, 450f], report.Images.Select(p => p.EmbeddedPpi));
        Assert.All(report.Images, p => Assert.Equal((900, 900), (p.EmbeddedPixelWidth, p.EmbeddedPixelHeight)));
    }

    [Fact]
    public void The_report_gives_each_placement_its_effective_resolution()
    {
        var wide = Png(600, 400, SKColors.Blue);
        var square = Png(400, 400, SKColors.Red);
        var pdf = PdfExporter.Write(Request(
            Page(new DisplayItem(0, 0, new ImageVisual(144, 96, wide), Figure)),
            // Cover-fit into a 100 × 50 box: drawn at 100 × 100 (half clipped), 288 ppi.
            Page(new DisplayItem(0, 0, new ImageVisual(100, 50, square), Figure), new DisplayItem(0, 200, new ImageVisual(0, 0, square), Figure))), out var report);
        Assert.Equal(2, report.Images.Count); // a zero-sized box draws nothing
        Assert.Equal(new PdfImagePlacement(0, "logo.png", 600, 400, 144, 96, 300, false, 600, 400, 300), report.Images[0]);
        Assert.Equal(new PdfImagePlacement(1, "logo.png", 400, 400, 100, 100, 288, false, 400, 400, 288), report.Images[1]);
        // Without a limit the report changes nothing in the file.
        Assert.Equal(PdfExporter.Write(Request(
            Page(new DisplayItem(0, 0, new ImageVisual(144, 96, wide), Figure)),
            Page(new DisplayItem(0, 0, new ImageVisual(100, 50, square), Figure), new DisplayItem(0, 200, new ImageVisual(0, 0, square), Figure)))), pdf);
    }

    [Fact]
    public void Downsampling_averages_fine_detail_instead_of_aliasing()
    {
        // One-pixel black and white checks: every output pixel should be close to mid grey.
        var checks = Generated(2000, 2000, (x, y) => ((x + y) & 1) == 0 ? ((byte)0, (byte)0, (byte)0, (byte)255) : ((byte)255, (byte)255, (byte)255, (byte)255), SKEncodedImageFormat.Png, "checks.png");
        using var doc = Open(PdfExporter.Write(Request(Page(Placed(0, 72, checks))) with { MaxImagePpi = 450 }));
        var pixels = Decode(doc, XObject(doc, "Im1"));
        Assert.Equal(450 * 450 * 3, pixels.Length);
        Assert.All(pixels, v => Assert.InRange(v, 96, 160));
    }

    [Fact]
    public void A_cmyk_jpeg_over_the_limit_is_kept_and_noted()
    {
        var cmyk = CmykJpeg();
        using var doc = Open(PdfExporter.Write(Request(Page(Placed(0, 1, cmyk))) with { MaxImagePpi = 300 }, out var report));
        Assert.Equal(cmyk.Data, XObject(doc, "Im1").Data.ToArray());
        Assert.False(report.Images[0].Downsampled);
        Assert.Contains(report.Notes, n => n.Contains("cmyk.jpg", StringComparison.Ordinal) && n.Contains("CMYK", StringComparison.Ordinal));
        // The same, for a caller to word and place (the brochure's build warns IMG008 at the photo).
        var kept = Assert.Single(report.KeptOverLimit);
        Assert.Equal(("cmyk.jpg", 16, 16, 300f), (kept.ImageName, kept.PixelWidth, kept.PixelHeight, kept.MaxPpi));
        Assert.Equal(16 * 72, kept.Ppi, 1);
        Assert.Equal((4, 4), (kept.WantedWidth, kept.WantedHeight));
    }
}
