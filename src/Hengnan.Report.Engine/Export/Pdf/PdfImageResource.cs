using Hengnan.Report.Drawing;
using SkiaSharp;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// One image XObject, written once however often it is drawn (keyed by the asset's digest). A JPEG
/// is passed through as it is (DCTDecode); samples are PNG-predicted and Flate-compressed, their
/// alpha channel becoming a greyscale /SMask. When the writer asks for fewer pixels
/// (<see cref="SetTarget"/>), the image is resampled with Skia (trilinear: linear filtering between
/// mipmap levels, which averages instead of skipping pixels when shrinking); a JPEG is decoded, resized
/// and re-encoded at quality 92. The asset itself is never changed.
/// </summary>
internal sealed class PdfImageResource
{
    /// <summary>Quality of a resampled JPEG.</summary>
    public const int JpegQuality = 92;

    private static readonly SKSamplingOptions Shrink = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    private byte[]? _data;
    private byte[]? _mask;
    private int _targetWidth, _targetHeight;

    public PdfImageResource(ImageAsset asset, int index)
    {
        Asset = asset;
        Index = index;
        ResourceName = "Im" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Width = asset.PixelWidth;
        Height = asset.PixelHeight;
        Components = asset.Components;
        IsJpeg = asset.Encoding == ImageEncoding.Jpeg;
    }

    public ImageAsset Asset { get; }
    public int Index { get; }
    public string ResourceName { get; }
    public bool HasMask => Asset.Encoding == ImageEncoding.Samples && Asset.Alpha is not null;
    public int ObjectCount => HasMask ? 2 : 1;

    /// <summary>The largest size the image is drawn at, in points (0 when it is never drawn).</summary>
    public float MaxPlacedWidth { get; set; }
    public float MaxPlacedHeight { get; set; }

    /// <summary>What is embedded (known after <see cref="Encode"/>): pixel size, components, JPEG or samples.</summary>
    public int Width { get; private set; }
    public int Height { get; private set; }
    public int Components { get; private set; }
    public bool IsJpeg { get; private set; }
    public bool Downsampled { get; private set; }
    /// <summary>Why an image over the limit was kept as it is, or null.</summary>
    public string? Note { get; private set; }

    /// <summary>The pixel size asked for by <see cref="SetTarget"/> (0 × 0 when none was).</summary>
    public int TargetWidth => _targetWidth;
    public int TargetHeight => _targetHeight;

    /// <summary>Asks for the image to be embedded at <paramref name="width"/> × <paramref name="height"/> pixels (fewer than it has).</summary>
    public void SetTarget(int width, int height)
    {
        _targetWidth = width;
        _targetHeight = height;
    }

    /// <summary>Compresses (and resamples) the image (thread-safe; run in the parallel phase). A JPEG within the limit needs nothing.</summary>
    public void Encode()
    {
        var a = Asset;
        bool shrink = _targetWidth > 0 && _targetHeight > 0 && (_targetWidth < a.PixelWidth || _targetHeight < a.PixelHeight);
        if (a.Encoding == ImageEncoding.Jpeg)
        {
            if (shrink && a.Components == 4)
                Note = $"'{a.Name}' is a CMYK JPEG: kept at {a.PixelWidth}×{a.PixelHeight} pixels (it cannot be resampled without losing its inks)";
            else if (shrink)
            {
                ResampleJpeg(_targetWidth, _targetHeight);
                return;
            }
            _data = a.Data;
            return;
        }
        byte[] samples = a.Data;
        byte[]? alpha = a.Alpha;
        if (shrink) (samples, alpha) = ResampleSamples(_targetWidth, _targetHeight);
        _data = Flate.Compress(PngPredictor.Encode(samples, Width, Height, Components));
        if (alpha is not null)
            _mask = Flate.Compress(PngPredictor.Encode(alpha, Width, Height, 1));
    }

    private (byte[] Samples, byte[]? Alpha) ResampleSamples(int width, int height)
    {
        var a = Asset;
        int n = a.PixelWidth * a.PixelHeight;
        using var source = new SKBitmap(new SKImageInfo(a.PixelWidth, a.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var rgba = source.GetPixelSpan();
        for (int i = 0; i < n; i++)
        {
            rgba[4 * i] = a.Data[3 * i];
            rgba[4 * i + 1] = a.Data[3 * i + 1];
            rgba[4 * i + 2] = a.Data[3 * i + 2];
            rgba[4 * i + 3] = a.Alpha?[i] ?? 255;
        }
        using var target = Resize(source, width, height);
        var pixels = target.GetPixelSpan();
        int m = width * height;
        var samples = new byte[m * 3];
        var alpha = a.Alpha is null ? null : new byte[m];
        for (int i = 0; i < m; i++)
        {
            samples[3 * i] = pixels[4 * i];
            samples[3 * i + 1] = pixels[4 * i + 1];
            samples[3 * i + 2] = pixels[4 * i + 2];
            if (alpha is not null) alpha[i] = pixels[4 * i + 3];
        }
        Width = width;
        Height = height;
        Downsampled = true;
        return (samples, alpha);
    }

    private void ResampleJpeg(int width, int height)
    {
        var a = Asset;
        bool grey = a.Components == 1;
        using var data = SKData.CreateCopy(a.Data);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException($"'{a.Name}' can no longer be decoded");
        var info = new SKImageInfo(a.PixelWidth, a.PixelHeight, grey ? SKColorType.Gray8 : SKColorType.Rgba8888, grey ? SKAlphaType.Opaque : SKAlphaType.Unpremul);
        using var source = new SKBitmap(info);
        var result = codec.GetPixels(info, source.GetPixels());
        if (result != SKCodecResult.Success) throw new InvalidDataException($"'{a.Name}' could not be decoded to be resampled ({result})");
        using var target = Resize(source, width, height);
        using var pixmap = target.PeekPixels();
        using var encoded = pixmap.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException($"'{a.Name}' could not be re-encoded as JPEG");
        _data = encoded.ToArray();
        Width = width;
        Height = height;
        Components = ImageAsset.JpegComponents(_data);
        Downsampled = true;
    }

    private static SKBitmap Resize(SKBitmap source, int width, int height)
    {
        var target = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType));
        if (!source.ScalePixels(target, Shrink))
        {
            target.Dispose();
            throw new InvalidOperationException($"could not resample a {source.Width}×{source.Height} image to {width}×{height}");
        }
        return target;
    }

    /// <summary>
    /// Writes the image at <paramref name="first"/> and its soft mask, if any, at first + 1. RGB goes
    /// into the ICCBased colour space object <paramref name="srgb"/> when one is given (PDF/X), else DeviceRGB.
    /// </summary>
    public void Write(PdfObjectWriter w, int first, int srgb = 0)
    {
        var data = _data ?? throw new InvalidOperationException("image not encoded");
        var dict = new PdfBuffer(256);
        dict.Raw(" /Type /XObject /Subtype /Image /Width "u8).Int(Width).Raw(" /Height "u8).Int(Height)
            .Raw(" /BitsPerComponent 8 /ColorSpace "u8);
        if (Components == 3 && srgb > 0) dict.Ref(srgb);
        else dict.Raw(Components switch { 1 => "/DeviceGray"u8, 4 => "/DeviceCMYK"u8, _ => "/DeviceRGB"u8 });
        if (IsJpeg)
        {
            dict.Raw(" /Filter /DCTDecode"u8);
            // Adobe's CMYK JPEGs store inverted ink values (APP14 "Adobe" marker).
            if (Components == 4 && HasAdobeMarker(data)) dict.Raw(" /Decode [1 0 1 0 1 0 1 0]"u8);
        }
        else
        {
            dict.Raw(" /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors "u8).Int(Components)
                .Raw(" /BitsPerComponent 8 /Columns "u8).Int(Width).Raw(" >>"u8);
            if (HasMask) dict.Raw(" /SMask "u8).Ref(first + 1);
        }
        w.Stream(first, dict.Span, data);

        if (HasMask)
        {
            var mask = new PdfBuffer(192);
            mask.Raw(" /Type /XObject /Subtype /Image /Width "u8).Int(Width).Raw(" /Height "u8).Int(Height)
                .Raw(" /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns "u8)
                .Int(Width).Raw(" >>"u8);
            w.Stream(first + 1, mask.Span, _mask!);
        }
    }

    private static bool HasAdobeMarker(byte[] jpeg)
    {
        int i = 2;
        while (i + 4 < jpeg.Length && jpeg[i] == 0xFF)
        {
            byte marker = jpeg[i + 1];
            if (marker is 0xDA or 0xD9) break; // start of scan / end of image
            int length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker == 0xEE && length >= 7 && i + 9 <= jpeg.Length
                && jpeg[i + 4] == 'A' && jpeg[i + 5] == 'd' && jpeg[i + 6] == 'o' && jpeg[i + 7] == 'b' && jpeg[i + 8] == 'e')
                return true;
            i += 2 + length;
        }
        return false;
    }
}
