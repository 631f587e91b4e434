using Hengnan.Report.Drawing;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// One image XObject, written once however often it is drawn (keyed by the asset's digest). A JPEG
/// is passed through as it is (DCTDecode); samples are PNG-predicted and Flate-compressed, their
/// alpha channel becoming a greyscale /SMask.
/// </summary>
internal sealed class PdfImageResource
{
    private byte[]? _data;
    private byte[]? _mask;

    public PdfImageResource(ImageAsset asset, int index)
    {
        Asset = asset;
        Index = index;
        ResourceName = "Im" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public ImageAsset Asset { get; }
    public int Index { get; }
    public string ResourceName { get; }
    public bool HasMask => Asset.Encoding == ImageEncoding.Samples && Asset.Alpha is not null;
    public int ObjectCount => HasMask ? 2 : 1;

    /// <summary>Compresses the samples (thread-safe; run in the parallel phase). A JPEG needs nothing.</summary>
    public void Encode()
    {
        if (Asset.Encoding == ImageEncoding.Jpeg) { _data = Asset.Data; return; }
        _data = Flate.Compress(PngPredictor.Encode(Asset.Data, Asset.PixelWidth, Asset.PixelHeight, Asset.Components));
        if (Asset.Alpha is { } alpha)
            _mask = Flate.Compress(PngPredictor.Encode(alpha, Asset.PixelWidth, Asset.PixelHeight, 1));
    }

    /// <summary>Writes the image at <paramref name="first"/> and its soft mask, if any, at first + 1.</summary>
    public void Write(PdfObjectWriter w, int first)
    {
        var data = _data ?? throw new InvalidOperationException("image not encoded");
        var a = Asset;
        var dict = new PdfBuffer(256);
        dict.Raw(" /Type /XObject /Subtype /Image /Width "u8).Int(a.PixelWidth).Raw(" /Height "u8).Int(a.PixelHeight)
            .Raw(" /BitsPerComponent 8 /ColorSpace "u8);
        dict.Raw(a.Components switch { 1 => "/DeviceGray"u8, 4 => "/DeviceCMYK"u8, _ => "/DeviceRGB"u8 });
        if (a.Encoding == ImageEncoding.Jpeg)
        {
            dict.Raw(" /Filter /DCTDecode"u8);
            // Adobe's CMYK JPEGs store inverted ink values (APP14 "Adobe" marker).
            if (a.Components == 4 && HasAdobeMarker(a.Data)) dict.Raw(" /Decode [1 0 1 0 1 0 1 0]"u8);
        }
        else
        {
            dict.Raw(" /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors "u8).Int(a.Components)
                .Raw(" /BitsPerComponent 8 /Columns "u8).Int(a.PixelWidth).Raw(" >>"u8);
            if (HasMask) dict.Raw(" /SMask "u8).Ref(first + 1);
        }
        w.Stream(first, dict.Span, data);

        if (HasMask)
        {
            var mask = new PdfBuffer(192);
            mask.Raw(" /Type /XObject /Subtype /Image /Width "u8).Int(a.PixelWidth).Raw(" /Height "u8).Int(a.PixelHeight)
                .Raw(" /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns "u8)
                .Int(a.PixelWidth).Raw(" >>"u8);
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
