using SkiaSharp;

namespace Hengnan.Report.Charts;

/// <summary>Colours and font names a chart is drawn with, from the edition's palette.</summary>
public sealed record ChartPalette(SKColor Primary, SKColor Accent, SKColor Text, SKColor Muted, string FontName, string BoldFontName)
{
    /// <summary>Series colours: primary, accent, then tints of primary.</summary>
    public SKColor Series(int i) => i switch
    {
        0 => Primary,
        1 => Accent,
        2 => Muted,
        _ => Primary.WithAlpha((byte)Math.Max(80, 200 - 40 * i)),
    };
}
