using SkiaSharp;

namespace Hengnan.Report.Drawing;

/// <summary>
/// An image decoded once, when the document is laid out: its pixel size is known, a damaged file
/// fails here (not while writing), and exporters never touch the file again. A JPEG keeps its
/// original bytes so the PDF can pass it through without re-encoding; anything else is held as
/// 8-bit RGB samples with an 8-bit alpha channel when it has transparency.
/// </summary>
public sealed class ImageAsset
{
    private ImageAsset(string name, int width, int height, ImageEncoding encoding, byte[] data, int components, byte[]? alpha)
    {
        Name = name;
        PixelWidth = width;
        PixelHeight = height;
        Encoding = encoding;
        Data = data;
        Components = components;
        Alpha = alpha;
        Digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(data))[..16];
    }

    /// <summary>What the image is called in messages (its file name).</summary>
    public string Name { get; }
    public int PixelWidth { get; }
    public int PixelHeight { get; }
    public ImageEncoding Encoding { get; }
    /// <summary>The JPEG file's bytes, or samples row by row (<see cref="Components"/> bytes a pixel).</summary>
    public byte[] Data { get; }
    /// <summary>1 (grey), 3 (RGB) or 4 (CMYK, JPEG only).</summary>
    public int Components { get; }
    /// <summary>One byte of opacity a pixel, or null when the image is opaque.</summary>
    public byte[]? Alpha { get; }
    /// <summary>A short digest of the data: the same image used twice is embedded once.</summary>
    public string Digest { get; }

    /// <summary>Decodes an encoded image (JPEG, PNG, WebP, …) completely; throws <see cref="InvalidDataException"/> when it cannot.</summary>
    public static ImageAsset Decode(byte[] encoded, string name)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException($"'{name}' is not an image this tool can read");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
            throw new InvalidDataException($"'{name}' could not be decoded completely ({result})");
        if (codec.EncodedFormat == SKEncodedImageFormat.Jpeg)
            return new ImageAsset(name, info.Width, info.Height, ImageEncoding.Jpeg, encoded, JpegComponents(encoded), null);

        var pixels = bitmap.GetPixelSpan();
        int n = info.Width * info.Height;
        var rgb = new byte[n * 3];
        var alpha = new byte[n];
        bool opaque = true;
        for (int i = 0; i < n; i++)
        {
            rgb[3 * i] = pixels[4 * i];
            rgb[3 * i + 1] = pixels[4 * i + 1];
            rgb[3 * i + 2] = pixels[4 * i + 2];
            alpha[i] = pixels[4 * i + 3];
            if (alpha[i] != 255) opaque = false;
        }
        return new ImageAsset(name, info.Width, info.Height, ImageEncoding.Samples, rgb, 3, opaque ? null : alpha);
    }

    /// <summary>The number of colour components in a JPEG's frame header (SOFn).</summary>
    internal static int JpegComponents(byte[] jpeg)
    {
        int i = 2;
        while (i + 9 < jpeg.Length)
        {
            if (jpeg[i] != 0xFF) { i++; continue; }
            byte marker = jpeg[i + 1];
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                return jpeg[i + 9];
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
            int length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            i += 2 + length;
        }
        return 3;
    }
}
