namespace Hengnan.Report.Charts;

/// <summary>Colours a chart is drawn with, from the edition's palette; tints are solid colours, never transparency.</summary>
public sealed record ChartPalette(Color Primary, Color Accent, Color Text, Color Muted)
{
    /// <summary>The earlier figure of a comparison: a light tint of the muted colour.</summary>
    public Color Earlier => Muted.Tinted(0.55f);

    /// <summary>The light area under a line: a pale tint of the primary colour.</summary>
    public Color Area => Primary.Tinted(0.1f);

    /// <summary>Paper white (no ink in print colours): the ground under a label the line passes behind, the gaps between slices.</summary>
    public Color Paper => Primary.Paper;

    /// <summary>Series colours: primary, accent, muted, then lighter tints of primary.</summary>
    public Color Series(int i) => i switch
    {
        0 => Primary,
        1 => Accent,
        2 => Muted,
        _ => Primary.Tinted(Math.Max(80, 200 - 40 * i) / 255f),
    };

    /// <summary>
    /// The palette colour a plotting library drew as <paramref name="drawn"/> (it only knows RGB): the
    /// edition's own colour (CMYK, spot), so print colours survive the round trip; white is paper. A colour
    /// drawn with transparency becomes the tint it shows on paper (the solid colour mixed with paper white,
    /// by its opacity), never transparency: a print file has none. Our charts draw every mark opaque today
    /// (no chart kind gives ScottPlot an alpha); this keeps a later one that does in print terms.
    /// </summary>
    public Color Resolve(Color drawn)
    {
        var rgb = drawn.ToRgb8();
        float cover = rgb.A / 255f;
        var known = new List<Color> { Primary, Accent, Text, Muted, Earlier, Area, Paper };
        for (int i = 3; i < 12; i++) known.Add(Series(i));
        foreach (var c in known)
        {
            var p = c.ToRgb8();
            if (p.R == rgb.R && p.G == rgb.G && p.B == rgb.B) return rgb.A == 255 ? c : c.Tinted(cover);
        }
        return rgb.A == 255 ? drawn : drawn.WithAlpha(255).Tinted(cover);
    }
}
