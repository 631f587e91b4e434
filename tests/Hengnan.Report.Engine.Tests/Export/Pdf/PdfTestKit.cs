using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
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
