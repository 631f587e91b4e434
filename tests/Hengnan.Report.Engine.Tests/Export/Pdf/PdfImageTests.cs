using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using SkiaSharp;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfImageTests
{
    private static readonly StructureNode Figure = new(StructureRole.Figure, "a photo");

    private static StreamToken XObject(UglyToad.PdfPig.PdfDocument doc, string name) =>
        (StreamToken)Resolve(doc, Dict(doc, Dict(doc, doc.GetPage(1).Dictionary, "Resources"), "XObject").Data[name]);

    [Fact]
    public void Jpeg_bytes_pass_through_unchanged()
    {
        var jpeg = Jpeg(64, 48, new SKColor(200, 30, 40));
        using var doc = Open(Write(new DisplayItem(10, 10, new ImageVisual(64, 48, jpeg), Figure)));
        var image = XObject(doc, "Im1");
        Assert.Equal("DCTDecode", Name(doc, image.StreamDictionary, "Filter"));
        Assert.Equal("DeviceRGB", Name(doc, image.StreamDictionary, "ColorSpace"));
        Assert.Equal(jpeg.Data, image.Data.ToArray());
        Assert.Null(Get(doc, image.StreamDictionary, "SMask"));
    }

    [Fact]
    public void A_png_with_alpha_gets_a_soft_mask_and_its_samples_round_trip()
    {
        var png = Png(30, 20, new SKColor(10, 120, 230, 200));
        Assert.NotNull(png.Alpha);
        using var doc = Open(Write(new DisplayItem(0, 0, new ImageVisual(30, 20, png), Figure)));
        var image = XObject(doc, "Im1");
        Assert.Equal("FlateDecode", Name(doc, image.StreamDictionary, "Filter"));
        Assert.Equal(png.Data, Decode(doc, image));
        var mask = (StreamToken)Get(doc, image.StreamDictionary, "SMask")!;
        Assert.Equal("DeviceGray", Name(doc, mask.StreamDictionary, "ColorSpace"));
        Assert.Equal(png.Alpha, Decode(doc, mask));
    }

    [Fact]
    public void Png_predictor_rows_decode_to_the_samples()
    {
        var random = new Random(7);
        var samples = new byte[13 * 9 * 3];
        random.NextBytes(samples);
        for (int i = 0; i < samples.Length / 2; i++) samples[i] = (byte)(i % 17); // smooth part
        var encoded = PngPredictor.Encode(samples, 13, 9, 3);
        Assert.Equal(9 * (13 * 3 + 1), encoded.Length);
        Assert.Equal(samples, Unpredict(encoded, 13, 9, 3));
    }

    [Fact]
    public void The_same_asset_is_embedded_once()
    {
        var bytes = EncodedJpeg(16, 16, SKColors.Green);
        var first = ImageAsset.Decode(bytes, "a.jpg");
        var second = ImageAsset.Decode(bytes, "b.jpg");
        var pdf = Write(
            new DisplayItem(0, 0, new ImageVisual(16, 16, first), Figure),
            new DisplayItem(20, 0, new ImageVisual(32, 32, second), Figure));
        using var doc = Open(pdf);
        var xobjects = Dict(doc, Dict(doc, doc.GetPage(1).Dictionary, "Resources"), "XObject");
        Assert.Single(xobjects.Data);
        Assert.Equal(2, doc.GetPage(1).GetImages().Count());
        Assert.Equal(1, CountOccurrences(pdf, "/Subtype /Image"));
    }

    [Fact]
    public void Images_cover_their_box_centred_and_clipped()
    {
        // 40×40 pixels into 100×50 points: scaled to 100×100, 25 points cut off top and bottom.
        var png = Png(40, 40, SKColors.Blue);
        using var doc = Open(Write(new DisplayItem(50, 60, new ImageVisual(100, 50, png), Figure)));
        var content = Content(doc, 1);
        // box: x 50, y' = 842 − (60 + 50) = 732; image: y' = 842 − (60 − 25 + 100) = 707.
        Assert.Contains("q\n50 732 100 50 re W n\n100 0 0 100 50 707 cm /Im1 Do\nQ\n", content);
        var bounds = doc.GetPage(1).GetImages().Single().BoundingBox;
        Assert.Equal(50, bounds.Left, 2);
        Assert.Equal(707, bounds.Bottom, 2);
        Assert.Equal(100, bounds.Width, 2);
        Assert.Equal(100, bounds.Height, 2);
    }

    [Fact]
    public void An_image_that_fits_its_box_is_not_clipped()
    {
        var png = Png(40, 20, SKColors.Blue);
        using var doc = Open(Write(new DisplayItem(0, 0, new ImageVisual(80, 40, png), Figure)));
        Assert.DoesNotContain(" re W n", Content(doc, 1));
    }

    [Fact]
    public void Images_are_drawn_opaque_after_transparent_fills()
    {
        var png = Png(4, 4, SKColors.Blue);
        using var doc = Open(Write(
            new DisplayItem(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5), Color.Rgb(0, 0, 0, 100)), Figure),
            new DisplayItem(0, 0, new ImageVisual(4, 4, png), Figure)));
        var content = Content(doc, 1);
        Assert.True(content.IndexOf("/GSf1000 gs", StringComparison.Ordinal) < content.IndexOf("/Im1 Do", StringComparison.Ordinal));
    }

    private static int CountOccurrences(byte[] pdf, string text)
    {
        var s = System.Text.Encoding.Latin1.GetString(pdf);
        int n = 0;
        for (int i = s.IndexOf(text, StringComparison.Ordinal); i >= 0; i = s.IndexOf(text, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
