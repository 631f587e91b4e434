using System.Globalization;

namespace Hengnan.Report.Drawing;

/// <summary>
/// The engine's own colour: RGB (0–1 components), CMYK (0–1 components) or a named spot colour
/// (a tint of an ink, with the CMYK the ink is simulated by where it is not printed separately).
/// <see cref="Alpha"/> below 1 is drawn with transparency. Plain value; exporters decide how to write it.
/// </summary>
public readonly record struct Color
{
    private Color(ColorSpace space, float c0, float c1, float c2, float c3, float tint, string? name, float alpha)
    {
        Space = space;
        C0 = c0; C1 = c1; C2 = c2; C3 = c3;
        Tint = tint;
        SpotName = name;
        Alpha = alpha;
    }

    public ColorSpace Space { get; }
    /// <summary>R, G, B (RGB) or C, M, Y, K (CMYK, and a spot colour's alternate), 0–1.</summary>
    public float C0 { get; }
    public float C1 { get; }
    public float C2 { get; }
    public float C3 { get; }
    /// <summary>Tint of a spot colour, 0–1 (1 = solid ink).</summary>
    public float Tint { get; }
    public string? SpotName { get; }
    public float Alpha { get; }

    public static Color Rgb(byte r, byte g, byte b, byte alpha = 255) => new(ColorSpace.Rgb, r / 255f, g / 255f, b / 255f, 0, 1, null, alpha / 255f);
    public static Color Cmyk(float c, float m, float y, float k, float alpha = 1) => new(ColorSpace.Cmyk, c, m, y, k, 1, null, alpha);
    public static Color Spot(string name, Color alternate, float tint = 1)
    {
        if (alternate.Space != ColorSpace.Cmyk) throw new ArgumentException("a spot colour's alternate is CMYK", nameof(alternate));
        return new(ColorSpace.Spot, alternate.C0, alternate.C1, alternate.C2, alternate.C3, tint, name, 1);
    }

    public static readonly Color White = Rgb(255, 255, 255);
    public static readonly Color Black = Rgb(0, 0, 0);

    /// <summary>Parses #RRGGBB or #AARRGGBB.</summary>
    public static Color Parse(string hex)
    {
        if (!TryParse(hex, out var color)) throw new FormatException($"'{hex}' is not a colour (#RRGGBB)");
        return color;
    }

    public static bool TryParse(string? hex, out Color color)
    {
        color = default;
        if (hex is null) return false;
        var s = hex.Trim().TrimStart('#');
        if (s.Length is not (6 or 8) || !uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return false;
        byte a = s.Length == 8 ? (byte)(v >> 24) : (byte)255;
        color = Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v, a);
        return true;
    }

    public Color WithAlpha(byte alpha) => new(Space, C0, C1, C2, C3, Tint, SpotName, alpha / 255f);

    /// <summary>A lighter tint: the colour mixed with paper white (a spot colour's ink tint).</summary>
    public Color Tinted(float amount) => Space switch
    {
        ColorSpace.Rgb => new(Space, 1 - (1 - C0) * amount, 1 - (1 - C1) * amount, 1 - (1 - C2) * amount, 0, 1, null, Alpha),
        ColorSpace.Cmyk => new(Space, C0 * amount, C1 * amount, C2 * amount, C3 * amount, 1, null, Alpha),
        _ => new(Space, C0, C1, C2, C3, Tint * amount, SpotName, Alpha),
    };

    /// <summary>
    /// The colour <paramref name="amount"/> of the way towards <paramref name="other"/>: what a tint of
    /// <paramref name="other"/> laid over this colour looks like, written as one solid colour (no
    /// transparency). Mixed in CMYK when both are process or spot colours, in RGB otherwise.
    /// </summary>
    public Color Mix(Color other, float amount)
    {
        static float L(float a, float b, float t) => a + (b - a) * t;
        if (Space != ColorSpace.Rgb && other.Space != ColorSpace.Rgb)
        {
            var (a, b) = (ProcessEquivalent(), other.ProcessEquivalent());
            return Cmyk(L(a.C0, b.C0, amount), L(a.C1, b.C1, amount), L(a.C2, b.C2, amount), L(a.C3, b.C3, amount), Alpha);
        }
        var (r1, g1, b1, _) = ToRgb8();
        var (r2, g2, b2, _) = other.ToRgb8();
        static byte M(byte x, byte y, float t) => (byte)Math.Clamp(MathF.Round(x + (y - x) * t), 0, 255);
        return Rgb(M(r1, r2, amount), M(g1, g2, amount), M(b1, b2, amount), (byte)Math.Clamp(MathF.Round(Alpha * 255), 0, 255));
    }

    /// <summary>The colour under a black veil of <paramref name="amount"/> (a shade), solid: in print, more K over the same CMY.</summary>
    public Color Darkened(float amount)
    {
        if (Space == ColorSpace.Rgb)
        {
            var (r, g, b, _) = ToRgb8();
            static byte D(byte x, float t) => (byte)Math.Clamp(MathF.Round(x * (1 - t)), 0, 255);
            return Rgb(D(r, amount), D(g, amount), D(b, amount), (byte)Math.Clamp(MathF.Round(Alpha * 255), 0, 255));
        }
        var p = ProcessEquivalent();
        return Cmyk(p.C0, p.C1, p.C2, p.C3 + (1 - p.C3) * amount, Alpha);
    }

    /// <summary>The CMYK a process or spot colour prints as (a spot colour: its alternate at its tint).</summary>
    private Color ProcessEquivalent() => Space == ColorSpace.Spot ? Cmyk(C0 * Tint, C1 * Tint, C2 * Tint, C3 * Tint, Alpha) : this;

    /// <summary>White in this colour's world: no ink for process and spot colours, #FFFFFF for RGB.</summary>
    public Color Paper => Space == ColorSpace.Rgb ? White : Cmyk(0, 0, 0, 0);

    /// <summary>Solid black in this colour's world: K only for process and spot colours.</summary>
    public Color Ink => Space == ColorSpace.Rgb ? Black : Cmyk(0, 0, 0, 1);

    public bool IsOpaque => Alpha >= 0.999f;

    /// <summary>The colour as 8-bit sRGB for screen previews (CMYK by the naive formula; a spot colour by its alternate and tint).</summary>
    public (byte R, byte G, byte B, byte A) ToRgb8()
    {
        float r, g, b;
        switch (Space)
        {
            case ColorSpace.Rgb: r = C0; g = C1; b = C2; break;
            default:
                float t = Space == ColorSpace.Spot ? Tint : 1;
                r = (1 - C0 * t) * (1 - C3 * t);
                g = (1 - C1 * t) * (1 - C3 * t);
                b = (1 - C2 * t) * (1 - C3 * t);
                break;
        }
        static byte B8(float v) => (byte)Math.Clamp(MathF.Round(v * 255), 0, 255);
        return (B8(r), B8(g), B8(b), B8(Alpha));
    }

    public override string ToString() => Space switch
    {
        ColorSpace.Rgb => FormattableString.Invariant($"rgb({C0:0.###} {C1:0.###} {C2:0.###} a{Alpha:0.###})"),
        ColorSpace.Cmyk => FormattableString.Invariant($"cmyk({C0:0.###} {C1:0.###} {C2:0.###} {C3:0.###} a{Alpha:0.###})"),
        _ => FormattableString.Invariant($"spot({SpotName} {Tint:0.###})"),
    };
}
