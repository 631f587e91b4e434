using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

/// <summary>Builds display items from text and reads written PDFs back (PdfPig, plus raw stream access).</summary>
internal static class PdfTestKit
{
    public static string FontPath(string file) => Path.Combine(AppContext.BaseDirectory, "fonts", file);

    public static FontFace SansSC() => new("sans-zh", FontPath("NotoSansSC_400Regular.ttf"));
    public static FontFace Sans() => new("sans", FontPath("NotoSans_400Regular.ttf"));
    public static FontFace Serif() => new("serif", FontPath("NotoSerif_400Regular.ttf"));

    /// <summary>A glyph run of <paramref name="text"/> shaped in <paramref name="face"/>, its baseline at (x, y).</summary>
    public static DisplayItem Run(FontFace face, string text, float size, float x, float y, StructureNode? node = null,
        string language = "zh-CN", Color? color = null)
    {
        var shaped = face.Shape(text);
        int n = shaped.Glyphs.Length;
        var xs = new float[n];
        var ys = new float[n];
        float pen = 0;
        for (int i = 0; i < n; i++)
        {
            xs[i] = pen + shaped.OffsetsX[i] * size;
            ys[i] = shaped.OffsetsY[i] * size;
            pen += shaped.Advances[i] * size;
        }
        var run = new GlyphRunVisual(face, size, color ?? Color.Black, shaped.Glyphs, xs, ys, shaped.Clusters, text, language);
        return new DisplayItem(x, y, run, node);
    }

    public static PdfMetadata Metadata(string language = "zh-CN") =>
        new("测试文档 Test", "衡南县", "A subject", "key, words", language, new DateTime(2021, 1, 2, 3, 4, 5, DateTimeKind.Utc));

    public static PdfPage Page(params DisplayItem[] items) => new(595, 842, [new PdfPanel(0, 0, null, items)]);

    /// <summary>A printer's page: 600 × 800 media, a TrimBox 9 pt in, the BleedBox 3 pt beyond it.</summary>
    public static PdfPage PrintPage(params DisplayItem[] items) =>
        new(600, 800, [new PdfPanel(9, 9, null, items)]) { TrimBox = new Rect(9, 9, 591, 791), BleedBox = new Rect(6, 6, 594, 794) };

    /// <summary>Every object of the file (from its cross-reference table), resolved.</summary>
    public static IEnumerable<(IndirectReference Reference, IToken Token)> Objects(PdfDocument doc)
    {
        foreach (var reference in doc.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
            yield return (reference, doc.Structure.GetObject(reference).Data);
    }

    /// <summary>Every name in a token, depth first (dictionary keys and values, array items).</summary>
    public static IEnumerable<string> Names(IToken token)
    {
        switch (token)
        {
            case NameToken n: yield return n.Data; break;
            case ArrayToken a: foreach (var t in a.Data) foreach (var n in Names(t)) yield return n; break;
            case DictionaryToken d:
                foreach (var (key, value) in d.Data) { yield return key; foreach (var n in Names(value)) yield return n; }
                break;
            case StreamToken s: foreach (var n in Names(s.StreamDictionary)) yield return n; break;
        }
    }

    /// <summary>Undoes the PNG predictors (filter byte per row) of decoded image data.</summary>
    public static byte[] Unpredict(byte[] data, int width, int height, int bpp)
    {
        int stride = width * bpp;
        var output = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            int filter = data[y * (stride + 1)];
            for (int i = 0; i < stride; i++)
            {
                int raw = data[y * (stride + 1) + 1 + i];
                int a = i >= bpp ? output[y * stride + i - bpp] : 0;
                int b = y > 0 ? output[(y - 1) * stride + i] : 0;
                int c = i >= bpp && y > 0 ? output[(y - 1) * stride + i - bpp] : 0;
                int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                int predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => pa <= pb && pa <= pc ? a : pb <= pc ? b : c };
                output[y * stride + i] = (byte)(raw + predictor);
            }
        }
        return output;
    }

    public static PdfDocumentRequest Request(params PdfPage[] pages) => new(pages, Metadata());

    public static byte[] Write(PdfDocumentRequest request) => PdfExporter.Write(request);

    public static byte[] Write(PdfPage page) => PdfExporter.Write(Request(page));

    public static byte[] Write(params DisplayItem[] items) => PdfExporter.Write(Request(Page(items)));

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    public static IToken Resolve(PdfDocument doc, IToken? token)
    {
        while (token is IndirectReferenceToken r) token = doc.Structure.GetObject(r.Data).Data;
        return token ?? throw new InvalidOperationException("missing token");
    }

    public static DictionaryToken Dict(PdfDocument doc, IToken? token) => (DictionaryToken)Resolve(doc, token is StreamToken s ? s.StreamDictionary : token);

    public static DictionaryToken Dict(PdfDocument doc, DictionaryToken parent, string key) =>
        parent.TryGet(NameToken.Create(key), out var t) ? Dict(doc, Resolve(doc, t) is StreamToken s ? s.StreamDictionary : t)
        : throw new KeyNotFoundException(key);

    public static IToken? Get(PdfDocument doc, DictionaryToken parent, string key) =>
        parent.TryGet(NameToken.Create(key), out var t) ? Resolve(doc, t) : null;

    public static string? Name(PdfDocument doc, DictionaryToken parent, string key) => (Get(doc, parent, key) as NameToken)?.Data;

    public static DictionaryToken Catalog(PdfDocument doc) => doc.Structure.Catalog.CatalogDictionary;

    /// <summary>The decoded bytes of a stream object.</summary>
    public static byte[] Decode(PdfDocument doc, StreamToken stream) =>
        PdfExtensions.Decode(stream, doc.Structure.FilterProvider, doc.Structure.TokenScanner).ToArray();

    /// <summary>A page's content stream, decompressed, as text.</summary>
    public static string Content(PdfDocument doc, int pageNumber)
    {
        var page = doc.GetPage(pageNumber);
        var stream = (StreamToken)Resolve(doc, page.Dictionary.Data["Contents"]);
        return System.Text.Encoding.Latin1.GetString(Decode(doc, stream));
    }

    public static string Text(Page page) => string.Concat(page.Letters.Select(l => l.Value));

    public static ImageAsset Jpeg(int width, int height, SKColor color) => Encode(width, height, color, SKEncodedImageFormat.Jpeg, "photo.jpg");

    public static ImageAsset Png(int width, int height, SKColor color) => Encode(width, height, color, SKEncodedImageFormat.Png, "logo.png");

    /// <summary>
    /// A large image made quickly (pixels written straight into the bitmap): <paramref name="pixel"/>
    /// gives each pixel's RGBA from its x and y.
    /// </summary>
    public static ImageAsset Generated(int width, int height, Func<int, int, (byte R, byte G, byte B, byte A)> pixel, SKEncodedImageFormat format, string name)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var span = bitmap.GetPixelSpan();
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                var (r, g, b, a) = pixel(x, y);
                int i = 4 * (y * width + x);
                span[i] = r; span[i + 1] = g; span[i + 2] = b; span[i + 3] = a;
            }
        using var data = bitmap.Encode(format, 90);
        return ImageAsset.Decode(data.ToArray(), name);
    }

    /// <summary>A 16 × 16 CMYK JPEG with an Adobe APP14 marker (made with Ghostscript's jpegcmyk device, its ICC profile stripped).</summary>
    public static ImageAsset CmykJpeg() => ImageAsset.Decode(Convert.FromBase64String(
        "/9j/7gAOQWRvYmUAZAAAAAAA/9sAQwAGBAUGBQQGBgUGBwcGCAoQCgoJCQoUDg8MEBcUGBgXFBYWGh0lHxobIxwWFiAsICMmJykqKRkfLTAtKDAlKCko/8AAFAgAEAAQBEMRAE0RAFkRAEsRAP/EAB8AAAEFAQEBAQEBAAAAAAAAAAABAgMEBQYHCAkKC//EALUQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+v/aAA4EQwBNAFkASwAAPwD2WvOq+iK+mKKKKK9Er7uroa/LyvO6+Ea56v1Dr//Z"),
        "cmyk.jpg");

    /// <summary>A greyscale JPEG (one component), a horizontal ramp.</summary>
    public static ImageAsset GreyJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        var span = bitmap.GetPixelSpan();
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                span[y * bitmap.RowBytes + x] = (byte)(x * 255 / Math.Max(1, width - 1));
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return ImageAsset.Decode(data.ToArray(), "grey.jpg");
    }

    public static byte[] EncodedJpeg(int width, int height, SKColor color) => EncodeBytes(width, height, color, SKEncodedImageFormat.Jpeg);

    private static ImageAsset Encode(int width, int height, SKColor color, SKEncodedImageFormat format, string name) =>
        ImageAsset.Decode(EncodeBytes(width, height, color, format), name);

    private static byte[] EncodeBytes(int width, int height, SKColor color, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                bitmap.SetPixel(x, y, x < width / 2 ? color : color.WithAlpha((byte)(color.Alpha / 2)).WithRed((byte)(x * 255 / width)));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
