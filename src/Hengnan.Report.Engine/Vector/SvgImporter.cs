using System.Text;
using System.Xml.Linq;
using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Vector;

/// <summary>Walks an SVG tree in document order, carrying the transform, the inherited style and the clip rectangle.</summary>
internal sealed class SvgImporter
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private readonly XElement _root;
    private readonly Dictionary<string, XElement> _clipPaths = new(StringComparer.Ordinal);
    private readonly List<SvgItem> _items = new();

    public SvgImporter(XElement root)
    {
        _root = root;
        foreach (var e in root.Descendants())
            if (e.Name.LocalName == "clipPath" && e.Attribute("id")?.Value is { Length: > 0 } id)
                _clipPaths.TryAdd(id, e);
    }

    public List<string> Warnings { get; } = new();

    public List<SvgItem> Import(out float width, out float height)
    {
        var viewport = Viewport(out width, out height);
        var style = SvgStyle.Initial.Apply(_root, Warnings);
        if (!style.NotDisplayed)
            foreach (var child in _root.Elements()) Visit(child, viewport, style, null);
        return _items;
    }

    /// <summary>The root's size and the transform from its viewBox onto it (preserveAspectRatio: none, meet or slice, with alignment).</summary>
    private SvgMatrix Viewport(out float width, out float height)
    {
        double? w = Length(_root.Attribute("width")?.Value), h = Length(_root.Attribute("height")?.Value);
        var vb = SvgNumberReader.ReadList(_root.Attribute("viewBox")?.Value);
        if (vb.Count != 4 || vb[2] <= 0 || vb[3] <= 0)
        {
            width = (float)(w ?? 0);
            height = (float)(h ?? 0);
            if (w is null || h is null) Warnings.Add("the root <svg> has no usable width/height or viewBox");
            return SvgMatrix.Identity;
        }
        double vx = vb[0], vy = vb[1], vw = vb[2], vh = vb[3];
        w ??= h is { } hh ? hh * vw / vh : vw;
        h ??= w.Value * vh / vw;
        width = (float)w.Value;
        height = (float)h.Value;
        double sx = w.Value / vw, sy = h.Value / vh;
        var par = (_root.Attribute("preserveAspectRatio")?.Value ?? "xMidYMid meet").Trim();
        if (par.StartsWith("none", StringComparison.Ordinal))
            return SvgMatrix.Scale(sx, sy).Then(SvgMatrix.Translate(-vx, -vy));
        double s = par.EndsWith("slice", StringComparison.Ordinal) ? Math.Max(sx, sy) : Math.Min(sx, sy);
        double fx = par.Contains("xMin", StringComparison.Ordinal) ? 0 : par.Contains("xMax", StringComparison.Ordinal) ? 1 : 0.5;
        double fy = par.Contains("YMin", StringComparison.Ordinal) ? 0 : par.Contains("YMax", StringComparison.Ordinal) ? 1 : 0.5;
        double tx = (w.Value - vw * s) * fx, ty = (h.Value - vh * s) * fy;
        return SvgMatrix.Translate(tx, ty).Then(SvgMatrix.Scale(s, s)).Then(SvgMatrix.Translate(-vx, -vy));
    }

    /// <summary>A length in px: a number with no unit, px, pt, pc, mm, cm or in; null for anything else (percentages).</summary>
    private static double? Length(string? text)
    {
        if (text is null) return null;
        var r = new SvgNumberReader(text);
        if (!r.TryReadNumber(out var v)) return null;
        return r.ReadUnit() switch
        {
            "" or "px" => v,
            "pt" => v * 4 / 3,
            "pc" => v * 16,
            "mm" => v * 96 / 25.4,
            "cm" => v * 96 / 2.54,
            "in" => v * 96,
            _ => null,
        };
    }

    private static double Number(XElement e, string name, double fallback = 0) =>
        Length(e.Attribute(name)?.Value) ?? fallback;

    private void Visit(XElement e, SvgMatrix parentCtm, SvgStyle parentStyle, Rect? parentClip)
    {
        var ns = e.Name.NamespaceName;
        if (ns.Length > 0 && ns != SvgNamespace) return;   // editor metadata and the like
        var name = e.Name.LocalName;
        switch (name)
        {
            case "defs" or "clipPath" or "mask" or "pattern" or "marker" or "symbol" or "linearGradient" or "radialGradient"
                or "filter" or "style" or "title" or "desc" or "metadata" or "script":
                return;     // not drawn where they stand
        }

        var style = parentStyle.Apply(e, Warnings);
        if (style.NotDisplayed) return;

        var ctm = parentCtm;
        if (e.Attribute("transform")?.Value is { } transform)
        {
            if (SvgMatrix.Parse(transform) is { } m) ctm = ctm.Then(m);
            else Warnings.Add($"<{name}> transform=\"{transform}\" could not be read (ignored)");
        }
        if (name == "svg")
            ctm = ctm.Then(SvgMatrix.Translate(Number(e, "x"), Number(e, "y")));

        var clip = parentClip;
        if (e.Attribute("clip-path")?.Value is { } clipRef && clipRef != "none")
        {
            if (ClipRect(clipRef, ctm) is { } rect)
            {
                clip = parentClip is { } p ? Intersect(p, rect) : rect;
                if (clip is null) return;   // clipped away entirely
            }
            else
            {
                Warnings.Add($"<{name}> clip-path=\"{clipRef}\" is not one rectangle: drawn unclipped");
            }
        }
        if (e.Attribute("mask") is not null) Warnings.Add($"<{name}> mask is ignored");
        if (e.Attribute("filter") is not null) Warnings.Add($"<{name}> filter is ignored");

        switch (name)
        {
            case "g" or "a" or "switch" or "svg":
                if (name == "svg" && e.Attribute("viewBox") is not null) Warnings.Add("a nested <svg>'s viewBox is ignored");
                foreach (var child in e.Elements()) Visit(child, ctm, style, clip);
                break;
            case "path" or "rect" or "circle" or "ellipse" or "line" or "polyline" or "polygon":
                Shape(e, name, ctm, style, clip);
                break;
            case "text":
                Text(e, ctm, style, clip);
                break;
            default:
                Warnings.Add($"<{name}> is not imported");
                break;
        }
    }

    /// <summary>The element's geometry, transformed; null when it draws nothing (zero size, no data).</summary>
    private PathData? Geometry(XElement e, string name, SvgMatrix ctm)
    {
        var sink = new SvgPathSink(ctm);
        switch (name)
        {
            case "path":
                if (e.Attribute("d")?.Value is { } d && !SvgPathData.Read(d, sink))
                    Warnings.Add("path data with an error: drawn up to the error");
                break;
            case "rect":
            {
                double x = Number(e, "x"), y = Number(e, "y"), w = Number(e, "width"), h = Number(e, "height");
                if (w <= 0 || h <= 0) return null;
                double? rxa = Length(e.Attribute("rx")?.Value), rya = Length(e.Attribute("ry")?.Value);
                double rx = rxa ?? rya ?? 0, ry = rya ?? rxa ?? 0;
                sink.Rectangle(x, y, w, h, Math.Min(Math.Max(rx, 0), w / 2), Math.Min(Math.Max(ry, 0), h / 2));
                break;
            }
            case "circle":
            {
                double r = Number(e, "r");
                if (r <= 0) return null;
                sink.Ellipse(Number(e, "cx"), Number(e, "cy"), r, r);
                break;
            }
            case "ellipse":
            {
                double? rxa = Length(e.Attribute("rx")?.Value), rya = Length(e.Attribute("ry")?.Value);
                double rx = rxa ?? rya ?? 0, ry = rya ?? rxa ?? 0;
                if (rx <= 0 || ry <= 0) return null;
                sink.Ellipse(Number(e, "cx"), Number(e, "cy"), rx, ry);
                break;
            }
            case "line":
                sink.MoveTo(Number(e, "x1"), Number(e, "y1"));
                sink.LineTo(Number(e, "x2"), Number(e, "y2"));
                break;
            case "polyline" or "polygon":
            {
                var p = SvgNumberReader.ReadList(e.Attribute("points")?.Value);
                if (p.Count < 4) return null;
                sink.MoveTo(p[0], p[1]);
                for (int i = 2; i + 1 < p.Count; i += 2) sink.LineTo(p[i], p[i + 1]);
                if (name == "polygon") sink.Close();
                break;
            }
        }
        return sink.IsEmpty ? null : sink.Build();
    }

    private void Shape(XElement e, string name, SvgMatrix ctm, SvgStyle style, Rect? clip)
    {
        if (style.Hidden) return;
        var path = Geometry(e, name, ctm);
        if (path is null) return;

        // a line, or any path without area, fills nothing (and a PDF fill of it might still mark a hairline)
        var fill = name == "line" || !HasArea(path) ? null : style.Fill.ToColor(style.FillOpacity * style.Opacity, style.Color);
        Stroke? stroke = null;
        double scale = ctm.MeanScale;
        double width = style.StrokeWidth * scale;
        if (width > 0 && style.Stroke.ToColor(style.StrokeOpacity * style.Opacity, style.Color) is { } strokeColor)
        {
            var dash = style.Dash?.Select(v => (float)(v * scale)).ToArray();
            stroke = new Stroke(strokeColor, (float)width, dash, style.Cap, style.Join);
        }
        if (fill is null && stroke is null) return;

        if (clip is { } c)
        {
            var (l, t, r, b) = path.Bounds();
            float margin = stroke is null ? 0 : stroke.Width * (stroke.Join == LineJoin.Miter ? 2 : 1);
            var box = new Rect(l - margin, t - margin, r + margin, b + margin);
            if (box.Left >= c.Left && box.Top >= c.Top && box.Right <= c.Right && box.Bottom <= c.Bottom) clip = null;
            else if (box.Right <= c.Left || box.Left >= c.Right || box.Bottom <= c.Top || box.Top >= c.Bottom) return;
        }
        _items.Add(new SvgShape(new PathVisual(path, fill, stroke), style.EvenOdd) { Clip = clip });
    }

    private void Text(XElement e, SvgMatrix ctm, SvgStyle style, Rect? clip)
    {
        if (style.Hidden) return;
        var raw = new StringBuilder();
        foreach (var node in e.DescendantNodes())
            if (node is XText t) raw.Append(t.Value);
        // Skia indents the content on lines of its own; the label itself starts after the newline and tabs.
        var text = raw.ToString().Trim('\r', '\n', '\t');
        var xs = SvgNumberReader.ReadList(e.Attribute("x")?.Value);
        var ys = SvgNumberReader.ReadList(e.Attribute("y")?.Value);
        int runes = CountRunes(text);
        if (xs.Count != runes)
        {
            text = CollapseWhitespace(text);   // SVG's default white space handling
            runes = CountRunes(text);
        }
        if (text.Length == 0) return;
        text = SvgTextFold.Fold(text);

        double x0 = xs.Count > 0 ? xs[0] : 0, y0 = ys.Count > 0 ? ys[0] : 0;
        var (px, py) = ctm.Apply(x0, y0);
        var (vx, vy) = ctm.ApplyVector(1, 0);
        double len = Math.Sqrt(vx * vx + vy * vy);
        var (ux, uy) = ctm.ApplyVector(0, 1);
        double fontSize = style.FontSize * Math.Sqrt(ux * ux + uy * uy);
        double rotation = len == 0 ? 0 : Math.Atan2(vy, vx) * 180 / Math.PI;
        if (Math.Abs(rotation - Math.Round(rotation)) < 1e-4) rotation = Math.Round(rotation);
        if (rotation <= -180) rotation += 360;
        if (rotation == 0) rotation = 0;    // no -0

        float[]? glyphX = null;
        if (xs.Count == runes && len > 0)
        {
            glyphX = new float[runes];
            for (int i = 0; i < runes; i++)
            {
                double yi = ys.Count == 0 ? 0 : ys[Math.Min(i, ys.Count - 1)];
                var (gx, gy) = ctm.Apply(xs[i], yi);
                glyphX[i] = (float)(((gx - px) * vx + (gy - py) * vy) / len);
            }
            glyphX[0] = 0;
        }

        var fill = style.Fill.ToColor(style.FillOpacity * style.Opacity, style.Color) ?? Color.Rgb(0, 0, 0, 0);
        var family = style.FontFamily;
        _items.Add(new SvgText(text, (float)px, (float)py, (float)fontSize, family, style.Bold, fill, (float)rotation, style.Anchor, glyphX)
        {
            Italic = style.Italic,
            Clip = clip,
        });
    }

    /// <summary>Whether the points (control points included) span an area: not all on one straight line.</summary>
    private static bool HasArea(PathData path)
    {
        var p = path.Points;
        int n = p.Count / 2;
        if (n < 3) return false;
        float x0 = p[0], y0 = p[1];
        int far = -1;
        float best = 0;
        for (int i = 1; i < n; i++)
        {
            float d = Math.Abs(p[2 * i] - x0) + Math.Abs(p[2 * i + 1] - y0);
            if (d > best) { best = d; far = i; }
        }
        if (far < 0 || best < 1e-6f) return false;
        float dx = p[2 * far] - x0, dy = p[2 * far + 1] - y0;
        float length = MathF.Sqrt(dx * dx + dy * dy);
        for (int i = 1; i < n; i++)
        {
            // distance of the point from the line through the first and the farthest point
            if (Math.Abs((p[2 * i] - x0) * dy - (p[2 * i + 1] - y0) * dx) / length > 1e-4f) return true;
        }
        return false;
    }

    private static int CountRunes(string s)
    {
        int n = 0;
        foreach (var _ in s.EnumerateRunes()) n++;
        return n;
    }

    private static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The clip path referenced as url(#id), in absolute coordinates, when it is one axis-aligned rectangle.</summary>
    private Rect? ClipRect(string reference, SvgMatrix ctm)
    {
        var s = reference.AsSpan().Trim();
        if (!s.StartsWith("url(", StringComparison.Ordinal) || !s.EndsWith(")", StringComparison.Ordinal)) return null;
        var id = s[4..^1].Trim().Trim('\'').Trim('"');
        if (id.Length < 2 || id[0] != '#' || !_clipPaths.TryGetValue(id[1..].ToString(), out var clipPath)) return null;
        if (clipPath.Attribute("clipPathUnits")?.Value == "objectBoundingBox") return null;
        var m = ctm;
        if (clipPath.Attribute("transform")?.Value is { } t)
        {
            if (SvgMatrix.Parse(t) is not { } ct) return null;
            m = m.Then(ct);
        }
        var shapes = clipPath.Elements().Where(c => c.Name.LocalName is "path" or "rect" or "circle" or "ellipse" or "polygon" or "polyline").ToList();
        if (shapes.Count != 1) return null;
        var shape = shapes[0];
        if (shape.Attribute("transform")?.Value is { } st)
        {
            if (SvgMatrix.Parse(st) is not { } sm) return null;
            m = m.Then(sm);
        }
        var path = Geometry(shape, shape.Name.LocalName, m);
        return path is null ? null : AsRectangle(path);
    }

    /// <summary>The path as a rectangle when it is one closed axis-aligned rectangle of straight lines.</summary>
    internal static Rect? AsRectangle(PathData path)
    {
        var verbs = path.Verbs;
        var pts = path.Points;
        if (verbs.Count is < 4 or > 6 || verbs[0] != PathVerb.MoveTo) return null;
        for (int i = 1; i < verbs.Count; i++)
        {
            if (verbs[i] == PathVerb.LineTo) continue;
            if (verbs[i] == PathVerb.Close && i == verbs.Count - 1) continue;
            return null;
        }
        int n = pts.Count / 2;
        float l = float.MaxValue, t = float.MaxValue, r = float.MinValue, b = float.MinValue;
        for (int i = 0; i < n; i++)
        {
            l = Math.Min(l, pts[2 * i]); r = Math.Max(r, pts[2 * i]);
            t = Math.Min(t, pts[2 * i + 1]); b = Math.Max(b, pts[2 * i + 1]);
        }
        const float eps = 1e-3f;
        static bool Near(float a, float c) => Math.Abs(a - c) <= eps;
        for (int i = 0; i < n; i++)
        {
            float x = pts[2 * i], y = pts[2 * i + 1];
            if (!(Near(x, l) || Near(x, r)) || !(Near(y, t) || Near(y, b))) return null;
            int j = (i + 1) % n;    // each side runs along one axis
            if (!Near(x, pts[2 * j]) && !Near(y, pts[2 * j + 1])) return null;
        }
        return r - l > eps && b - t > eps ? new Rect(l, t, r, b) : null;
    }

    private static Rect? Intersect(Rect a, Rect b)
    {
        var r = new Rect(Math.Max(a.Left, b.Left), Math.Max(a.Top, b.Top), Math.Min(a.Right, b.Right), Math.Min(a.Bottom, b.Bottom));
        return r.Width > 0 && r.Height > 0 ? r : null;
    }
}
