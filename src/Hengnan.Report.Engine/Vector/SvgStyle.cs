using System.Xml.Linq;
using Hengnan.Report.Drawing;

namespace Hengnan.Report.Vector;

/// <summary>
/// The SVG properties in effect for an element: inherited ones from its ancestors, overridden by its presentation
/// attributes and, above those, its style="…" declarations. Group opacity is approximated by multiplying it into
/// every descendant's alpha. Each element gets its own copy; a copy is not changed once its children are read.
/// </summary>
internal sealed class SvgStyle
{
    public SvgPaint Fill { get; private set; } = SvgPaint.Black;
    public double FillOpacity { get; private set; } = 1;
    public bool EvenOdd { get; private set; }
    public SvgPaint Stroke { get; private set; } = SvgPaint.None;
    public double StrokeOpacity { get; private set; } = 1;
    public double StrokeWidth { get; private set; } = 1;
    public double[]? Dash { get; private set; }
    public LineCap Cap { get; private set; } = LineCap.Butt;
    public LineJoin Join { get; private set; } = LineJoin.Miter;
    public SvgPaint Color { get; private set; } = SvgPaint.Black;
    public double FontSize { get; private set; } = 16;
    public string FontFamily { get; private set; } = "";
    public bool Bold { get; private set; }
    public bool Italic { get; private set; }
    public SvgTextAnchor Anchor { get; private set; } = SvgTextAnchor.Start;
    public bool Hidden { get; private set; }
    /// <summary>The product of the opacity of the element and its ancestors (not inherited in SVG, but compounded).</summary>
    public double Opacity { get; private set; } = 1;
    /// <summary>display="none" on this element (not inherited: the element and its subtree are skipped).</summary>
    public bool NotDisplayed { get; private set; }

    public static readonly SvgStyle Initial = new();

    /// <summary>The element's own style given its parent's (this).</summary>
    public SvgStyle Apply(XElement e, List<string> warnings)
    {
        var s = (SvgStyle)MemberwiseClone();
        s.NotDisplayed = false;
        string? css = null;
        string? fill = null, stroke = null;
        foreach (var a in e.Attributes())
        {
            if (a.Name.NamespaceName.Length != 0) continue;
            var name = a.Name.LocalName;
            if (name == "style") css = a.Value;
            else if (name == "fill") fill = a.Value;        // paints after color (currentColor)
            else if (name == "stroke") stroke = a.Value;
            else s.Set(name, a.Value.Trim(), warnings);
        }
        if (css is not null)
        {
            foreach (var part in css.Split(';'))
            {
                int colon = part.IndexOf(':');
                if (colon <= 0) continue;
                var name = part[..colon].Trim();
                var value = part[(colon + 1)..].Trim();
                if (name == "fill") fill = value;
                else if (name == "stroke") stroke = value;
                else s.Set(name, value, warnings);
            }
        }
        if (fill is not null) s.Set("fill", fill.Trim(), warnings);
        if (stroke is not null) s.Set("stroke", stroke.Trim(), warnings);
        return s;
    }

    /// <summary>One property; anything not a presentation property this importer reads is ignored.</summary>
    private void Set(string name, string value, List<string> warnings)
    {
        if (value == "inherit") return;
        switch (name)
        {
            case "fill": if (Paint(value, name, warnings) is { } f) Fill = f; break;
            case "stroke": if (Paint(value, name, warnings) is { } st) Stroke = st; break;
            case "color": if (SvgPaint.Parse(value, out _) is { IsNone: false, IsCurrentColor: false } c) Color = c; break;
            case "fill-opacity": if (Number(value) is { } fo) FillOpacity = Math.Clamp(fo, 0, 1); break;
            case "stroke-opacity": if (Number(value) is { } so) StrokeOpacity = Math.Clamp(so, 0, 1); break;
            case "opacity": if (Number(value) is { } op) Opacity *= Math.Clamp(op, 0, 1); break;
            case "fill-rule": EvenOdd = value == "evenodd"; break;
            case "stroke-width": if (Number(value) is { } sw && sw >= 0) StrokeWidth = sw; break;
            case "stroke-dasharray": Dash = DashArray(value); break;
            case "stroke-dashoffset": if (Number(value) is { } o && o != 0) warnings.Add("stroke-dashoffset is ignored"); break;
            case "stroke-linecap": Cap = value switch { "round" => LineCap.Round, "square" => LineCap.Square, _ => LineCap.Butt }; break;
            case "stroke-linejoin": Join = value switch { "round" => LineJoin.Round, "bevel" => LineJoin.Bevel, _ => LineJoin.Miter }; break;
            case "font-size": if (FontSizeValue(value, FontSize) is { } fs) FontSize = fs; break;
            case "font-family": FontFamily = value; break;
            case "font-weight": Bold = value is "bold" or "bolder" || (int.TryParse(value, out var w) && w >= 600); break;
            case "font-style": Italic = value is "italic" or "oblique"; break;
            case "text-anchor": Anchor = value switch { "middle" => SvgTextAnchor.Middle, "end" => SvgTextAnchor.End, _ => SvgTextAnchor.Start }; break;
            case "visibility": Hidden = value is "hidden" or "collapse"; break;
            case "display": NotDisplayed = value == "none"; break;
        }
    }

    private static SvgPaint? Paint(string value, string property, List<string> warnings)
    {
        var paint = SvgPaint.Parse(value, out bool unsupported);
        if (unsupported) warnings.Add($"{property}=\"{value}\": gradients and patterns are not imported (drawn as none)");
        else if (paint is null) warnings.Add($"{property}=\"{value}\" is not a colour this importer reads (ignored)");
        return paint;
    }

    private static double? Number(string text)
    {
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
