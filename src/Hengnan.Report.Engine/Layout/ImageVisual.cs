using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout;

/// <summary>An image scaled to cover a box (centred, the overflow clipped).</summary>
public sealed record ImageVisual(float Width, float Height, ImageAsset Asset) : Visual
{
    /// <summary>The image's drawn rectangle relative to the box: cover-fit, centred.</summary>
    public (float X, float Y, float Width, float Height) Placement()
    {
        float scale = Math.Max(Width / Asset.PixelWidth, Height / Asset.PixelHeight);
        float w = Asset.PixelWidth * scale, h = Asset.PixelHeight * scale;
        return ((Width - w) / 2, (Height - h) / 2, w, h);
    }
}
