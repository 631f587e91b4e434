using System.Xml.Linq;
using Hengnan.Report.Drawing;

namespace Hengnan.Report.Vector;

/// <summary>
/// The SVG properties in effect for an element: inherited ones from its ancestors, overridden by its presentation
/// attributes and, above those, its style="…" declarations. Group opacity is approximated by multiplying it into
/// every descendant's alpha.
/// </summary>
internal sealed record SvgStyle
{
    public SvgPaint Fill { get; init; } = SvgPaint.Black;
    public double FillOpacity { get; init; } = 1;
    public bool EvenOdd { get; init; }
    public SvgPaint Stroke { get; init; } = SvgPaint.None;
    public double StrokeOpacity { get; init; } = 1;
    public double StrokeWidth { get; init; } = 1;
    public double[]? Dash { get; init; }
    public LineCap Cap { get; init; } = LineCap.Butt;
    public LineJoin Join { get; init; } = LineJoin.Miter;
    public SvgPaint Color { get; init; } = SvgPaint.Black;
    public double FontSize { get; init; } = 16;
    public string FontFamily { get; init; } = "";
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public SvgTextAnchor Anchor { get; init; } = SvgTextAnchor.Start;
    public bool Hidden { get; init; }
    /// <summary>The product of the opacity of the element and its ancestors (not inherited in SVG, but compounded).</summary>
    public double Opacity { get; init; } = 1;
    /// <summary>display="none" on this element (not inherited: the element and its subtree are skipped).</summary>
    public bool NotDisplayed { get; init; }

    public static readonly SvgStyle Initial = new();

    /// <summary>The element's own style given its parent's.</summary>
    public SvgStyle Apply(XElement e, List<string> warnings)
    {
        Dictionary<string, string>? declarations = null;
        if (e.Attribute("style")?.Value is { Length: > 0 } css)
        {
            declarations = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in css.Split(';'))
            {
                int colon = part.IndexOf(':');
                if (colon > 0) declarations[part[..colon].Trim()] = part[(colon + 1)..].Trim();
            }
        }
        string? Get(string name)
        {
            var value = declarations is not null && declarations.TryGetValue(name, out var v) ? v : e.Attribute(name)?.Value.Trim();
            return value is null or "inherit" ? null : value;
        }

        var s = this with { NotDisplayed = false };
        if (Get("color") is { } color && SvgPaint.Parse(color, out _) is { IsNone: false, IsCurrentColor: false } c) s = s with { Color = c };
        if (Get("fill") is { } fill && Paint(fill, "fill", warnings) is { } f) s = s with { Fill = f };
        if (Get("stroke") is { } stroke && Paint(stroke, "stroke", warnings) is { } st) s = s with { Stroke = st };
        if (Number(Get("fill-opacity")) is { } fo) s = s with { FillOpacity = Math.Clamp(fo, 0, 1) };
        if (Number(Get("stroke-opacity")) is { } so) s = s with { StrokeOpacity = Math.Clamp(so, 0, 1) };
        if (Number(Get("opacity")) is { } op) s = s with { Opacity = Opacity * Math.Clamp(op, 0, 1) };
        if (Get("fill-rule") is { } rule) s = s with { EvenOdd = rule == "evenodd" };
        if (Number(Get("stroke-width")) is { } sw && sw >= 0) s = s with { StrokeWidth = sw };
        if (Get("stroke-dasharray") is { } dash) s = s with { Dash = DashArray(dash) };
        if (Get("stroke-dashoffset") is { } offset && Number(offset) is { } o && o != 0) warnings.Add("stroke-dashoffset is ignored");
        if (Get("stroke-linecap") is { } cap) s = s with { Cap = cap switch { "round" => LineCap.Round, "square" => LineCap.Square, _ => LineCap.Butt } };
        if (Get("stroke-linejoin") is { } join) s = s with { Join = join switch { "round" => LineJoin.Round, "bevel" => LineJoin.Bevel, _ => LineJoin.Miter } };
        if (Get("font-size") is { } size && FontSizeValue(size, FontSize) is { } fs) s = s with { FontSize = fs };
        if (Get("font-family") is { } family) s = s with { FontFamily = family };
        if (Get("font-weight") is { } weight) s = s with { Bold = weight is "bold" or "bolder" || (int.TryParse(weight, out var w) && w >= 600) };
        if (Get("font-style") is { } style) s = s with { Italic = style is "italic" or "oblique" };
        if (Get("text-anchor") is { } anchor) s = s with { Anchor = anchor switch { "middle" => SvgTextAnchor.Middle, "end" => SvgTextAnchor.End, _ => SvgTextAnchor.Start } };
        if (Get("visibility") is { } visibility) s = s with { Hidden = visibility is "hidden" or "collapse" };
        if (Get("display") == "none") s = s with { NotDisplayed = true };
        return s;
    }

    private static SvgPaint? Paint(string value, string property, List<string> warnings)
    {
        var paint = SvgPaint.Parse(value, out bool unsupported);
        if (unsupported) warnings.Add($"{property}=\"{value}\": gradients and patterns are not imported (drawn as none)");
        else if (paint is null) warnings.Add($"{property}=\"{value}\" is not a colour this importer reads (ignored)");
        return paint;
    }

    private static double? Number(string? text)
    {
        if (text is null) return null;
        var r = new SvgNumberReader(text);
        if (!r.TryReadNumber(out var v)) return null;
        return r.TryConsume('%') ? v / 100 : v;
    }

    private static double[]? DashArray(string text)
    {
        if (text == "none") return null;
        var values = SvgNumberReader.ReadList(text);
        if (values.Count == 0 || values.Any(v => v < 0) || values.All(v => v == 0)) return null;
        if (values.Count % 2 == 1) values.AddRange(values);
        return values.ToArray();
    }

    /// <summary>A font size in px: a number, px, pt, em (of the parent's size) or %.</summary>
    private static double? FontSizeValue(string text, double parent)
    {
        var r = new SvgNumberReader(text);
        if (!r.TryReadNumber(out var v)) return null;
        return r.ReadUnit() switch
        {
            "" or "px" => v,
            "pt" => v * 4 / 3,
            "em" => v * parent,
            "%" => v / 100 * parent,
            _ => null,
        };
    }
}
