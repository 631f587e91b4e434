using System.Globalization;
using Hengnan.Report.Drawing;

namespace Hengnan.Report.Vector;

/// <summary>An SVG fill or stroke: none, a colour (sRGB with its own alpha), or currentColor.</summary>
internal readonly record struct SvgPaint(bool IsNone, bool IsCurrentColor, byte R, byte G, byte B, double A)
{
    public static readonly SvgPaint None = new(true, false, 0, 0, 0, 0);
    public static readonly SvgPaint Black = Rgb(0, 0, 0);
    public static readonly SvgPaint CurrentColor = new(false, true, 0, 0, 0, 1);

    public static SvgPaint Rgb(byte r, byte g, byte b, double a = 1) => new(false, false, r, g, b, a);

    /// <summary>The colour with <paramref name="opacity"/> (fill-opacity × opacity …) folded into alpha; null when nothing is drawn.</summary>
    public Color? ToColor(double opacity, SvgPaint current)
    {
        var p = IsCurrentColor ? current : this;
        if (p.IsNone || p.IsCurrentColor) return null;
        double a = Math.Clamp(p.A * opacity, 0, 1);
        if (a <= 0) return null;
        return Color.Rgb(p.R, p.G, p.B, (byte)Math.Round(a * 255));
    }

    /// <summary>
    /// Parses a paint: none, currentColor, #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() with numbers or
    /// percentages, the CSS basic colour names, url(#…) with a fallback colour (without one: none, <paramref name="unsupported"/> set).
    /// Null for anything else (the property is then ignored, as SVG does with an invalid value).
    /// </summary>
    public static SvgPaint? Parse(string value, out bool unsupported)
    {
        unsupported = false;
        var s = value.AsSpan().Trim();
        if (s.IsEmpty) return null;
        if (s.Equals("none", StringComparison.OrdinalIgnoreCase)) return None;
        if (s.Equals("currentColor", StringComparison.OrdinalIgnoreCase)) return CurrentColor;
        if (s.StartsWith("url(", StringComparison.OrdinalIgnoreCase))
        {
            int close = s.IndexOf(')');
            var fallback = close < 0 ? ReadOnlySpan<char>.Empty : s[(close + 1)..].Trim();
            if (!fallback.IsEmpty && Parse(fallback.ToString(), out _) is { } f) return f;
            unsupported = true;
            return None;
        }
        if (s[0] == '#') return ParseHex(s[1..]);
        if (s.StartsWith("rgb", StringComparison.OrdinalIgnoreCase)) return ParseFunction(s);
        return Named(s.ToString().ToLowerInvariant());
    }

    private static SvgPaint? ParseHex(ReadOnlySpan<char> hex)
    {
        if (!uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v)) return null;
        switch (hex.Length)
        {
            case 3:
            case 4:
            {
                int shift = hex.Length == 4 ? 4 : 0;
                byte Nibble(int i) => (byte)(((v >> (shift + 4 * i)) & 0xF) * 17);
                double a = hex.Length == 4 ? (v & 0xF) * 17 / 255.0 : 1;
                return Rgb(Nibble(2), Nibble(1), Nibble(0), a);
            }
            case 6: return Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v);
            case 8: return Rgb((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v / 255.0);
            default: return null;
        }
    }

    /// <summary>rgb(r, g, b), rgba(r, g, b, a), rgb(r g b / a); components 0–255 or percentages.</summary>
    private static SvgPaint? ParseFunction(ReadOnlySpan<char> s)
    {
        int open = s.IndexOf('('), close = s.LastIndexOf(')');
        if (open < 0 || close < open) return null;
        var r = new SvgNumberReader(s[(open + 1)..close]);
        Span<double> c = stackalloc double[4];
        c[3] = 1;
        int n = 0;
        while (n < 4)
        {
            r.SkipSeparators();
            r.TryConsume('/');
            if (!r.TryReadNumber(out var v)) break;
            bool percent = r.TryConsume('%');
            c[n] = n < 3 ? (percent ? v * 2.55 : v) : (percent ? v / 100 : v);
            n++;
        }
        r.SkipSeparators();
        if (n < 3 || !r.AtEnd) return null;
        static byte B(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);
        return Rgb(B(c[0]), B(c[1]), B(c[2]), Math.Clamp(c[3], 0, 1));
    }

    /// <summary>The CSS basic colours (Skia writes these 16 names for exact matches), and a few more.</summary>
    private static SvgPaint? Named(string name) => name switch
    {
        "black" => Rgb(0, 0, 0),
        "silver" => Rgb(0xC0, 0xC0, 0xC0),
        "gray" or "grey" => Rgb(0x80, 0x80, 0x80),
        "white" => Rgb(0xFF, 0xFF, 0xFF),
        "maroon" => Rgb(0x80, 0, 0),
        "red" => Rgb(0xFF, 0, 0),
        "purple" => Rgb(0x80, 0, 0x80),
        "fuchsia" or "magenta" => Rgb(0xFF, 0, 0xFF),
        "green" => Rgb(0, 0x80, 0),
        "lime" => Rgb(0, 0xFF, 0),
        "olive" => Rgb(0x80, 0x80, 0),
        "yellow" => Rgb(0xFF, 0xFF, 0),
        "navy" => Rgb(0, 0, 0x80),
        "blue" => Rgb(0, 0, 0xFF),
        "teal" => Rgb(0, 0x80, 0x80),
        "aqua" or "cyan" => Rgb(0, 0xFF, 0xFF),
        "orange" => Rgb(0xFF, 0xA5, 0),
        "darkgray" or "darkgrey" => Rgb(0xA9, 0xA9, 0xA9),
        "lightgray" or "lightgrey" => Rgb(0xD3, 0xD3, 0xD3),
        "transparent" => Rgb(0, 0, 0, 0),
        _ => null,
    };
}
