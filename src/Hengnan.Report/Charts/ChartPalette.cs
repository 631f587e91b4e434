namespace Hengnan.Report.Charts;

/// <summary>Colours a chart is drawn with, from the edition's palette.</summary>
public sealed record ChartPalette(Color Primary, Color Accent, Color Text, Color Muted)
{
    /// <summary>Series colours: primary, accent, muted, then lighter tints of primary.</summary>
    public Color Series(int i) => i switch
    {
        0 => Primary,
        1 => Accent,
        2 => Muted,
        _ => Primary.WithAlpha((byte)Math.Max(80, 200 - 40 * i)),
    };

    /// <summary>
    /// The palette colour a plotting library drew as <paramref name="drawn"/> (it only knows RGB): the
    /// edition's own colour with the drawn opacity, so a CMYK or spot palette survives the round trip.
    /// </summary>
    public Color Resolve(Color drawn)
    {
        var rgb = drawn.ToRgb8();
        foreach (var c in new[] { Primary, Accent, Text, Muted })
        {
            var p = c.ToRgb8();
            if (p.R == rgb.R && p.G == rgb.G && p.B == rgb.B) return c.WithAlpha(rgb.A);
        }
        return drawn;
    }
}
