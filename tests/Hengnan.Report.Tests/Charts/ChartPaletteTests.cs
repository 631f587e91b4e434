using Hengnan.Report.Charts;

namespace Hengnan.Report.Tests.Charts;

/// <summary>ScottPlot draws in RGB: ChartPalette brings its colours back to the edition's print colours, and transparency to tints.</summary>
public sealed class ChartPaletteTests
{
    // A CMYK primary, a spot-colour accent (the two kinds an edition's colours print as).
    private static readonly ChartPalette Palette = new(
        Color.Cmyk(0, 0.84f, 0.84f, 0.35f), Color.Spot("衡南金", Color.Cmyk(0, 0.25f, 0.77f, 0.22f)),
        Color.Cmyk(0, 0, 0, 0.88f), Color.Cmyk(0, 0, 0, 0.58f));

    /// <summary>What a plotting library hands back for <paramref name="color"/> drawn at <paramref name="alpha"/>: its RGB.</summary>
    private static Color Drawn(Color color, byte alpha)
    {
        var (r, g, b, _) = color.ToRgb8();
        return Color.Rgb(r, g, b, alpha);
    }

    [Fact]
    public void AnOpaqueMarkIsTheEditionsOwnColour()
    {
        Assert.Equal(Palette.Primary, Palette.Resolve(Drawn(Palette.Primary, 255)));
        Assert.Equal(Palette.Accent, Palette.Resolve(Drawn(Palette.Accent, 255)));
        Assert.Equal(Palette.Earlier, Palette.Resolve(Drawn(Palette.Earlier, 255)));
    }

    [Fact]
    public void AMarkDrawnWithTransparencyIsASolidTintNotTransparency()
    {
        const byte alpha = 102;   // 40 % opacity: over paper, the colour at 40 % of its ink
        const float t = alpha / 255f;

        var primary = Palette.Resolve(Drawn(Palette.Primary, alpha));
        Assert.True(primary.IsOpaque, $"{primary}: transparency in a print colour");
        Assert.Equal(ColorSpace.Cmyk, primary.Space);
        Assert.Equal([0, 0.84f * t, 0.84f * t, 0.35f * t], new[] { primary.C0, primary.C1, primary.C2, primary.C3 }, (x, y) => Math.Abs(x - y) < 1e-4f);

        // A spot colour stays its own ink, at a lighter tint.
        var accent = Palette.Resolve(Drawn(Palette.Accent, alpha));
        Assert.True(accent.IsOpaque, $"{accent}: transparency in a print colour");
        Assert.Equal((ColorSpace.Spot, "衡南金"), (accent.Space, accent.SpotName));
        Assert.Equal(t, accent.Tint, 4);

        // A colour not in the palette (RGB) is mixed with white, solid, too.
        var stranger = Palette.Resolve(Color.Rgb(0, 0, 255, alpha));
        Assert.True(stranger.IsOpaque, $"{stranger}: transparency");
        Assert.Equal((153, 153, 255), (stranger.ToRgb8().R, stranger.ToRgb8().G, stranger.ToRgb8().B));
    }
}
