namespace Hengnan.Report.Drawing;

/// <summary>
/// A vector outline: verbs and their points (x, y pairs, y downwards, in points, relative to the
/// visual's origin). Immutable; build one with <see cref="PathBuilder"/> or the shape factories.
/// </summary>
public sealed class PathData
{
    internal PathData(PathVerb[] verbs, float[] points)
    {
        Verbs = verbs;
        Points = points;
    }

    public IReadOnlyList<PathVerb> Verbs { get; }
    /// <summary>x0, y0, x1, y1, … in the order the verbs consume them.</summary>
    public IReadOnlyList<float> Points { get; }

    /// <summary>Cubic Bézier control distance for a quarter circle (4/3·(√2−1)).</summary>
    internal const float Kappa = 0.5522847498f;

    public static PathData Rectangle(float x, float y, float width, float height) =>
        new PathBuilder().MoveTo(x, y).LineTo(x + width, y).LineTo(x + width, y + height).LineTo(x, y + height).Close().Build();

    public static PathData RoundedRectangle(float x, float y, float width, float height, float radius)
    {
        float r = Math.Min(radius, Math.Min(width, height) / 2);
        if (r <= 0) return Rectangle(x, y, width, height);
        float k = r * Kappa;
        return new PathBuilder()
            .MoveTo(x + r, y).LineTo(x + width - r, y)
            .CubicTo(x + width - r + k, y, x + width, y + r - k, x + width, y + r)
            .LineTo(x + width, y + height - r)
            .CubicTo(x + width, y + height - r + k, x + width - r + k, y + height, x + width - r, y + height)
            .LineTo(x + r, y + height)
            .CubicTo(x + r - k, y + height, x, y + height - r + k, x, y + height - r)
            .LineTo(x, y + r)
            .CubicTo(x, y + r - k, x + r - k, y, x + r, y)
            .Close().Build();
    }

    public static PathData Circle(float cx, float cy, float r)
    {
        float k = r * Kappa;
        return new PathBuilder()
            .MoveTo(cx + r, cy)
            .CubicTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
            .CubicTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
            .CubicTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
            .CubicTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
            .Close().Build();
    }

    public static PathData Line(float x0, float y0, float x1, float y1) => new PathBuilder().MoveTo(x0, y0).LineTo(x1, y1).Build();

    /// <summary>The smallest box holding every point (control points included).</summary>
    public (float Left, float Top, float Right, float Bottom) Bounds()
    {
        if (Points.Count == 0) return (0, 0, 0, 0);
        float l = float.MaxValue, t = float.MaxValue, r = float.MinValue, b = float.MinValue;
        for (int i = 0; i + 1 < Points.Count; i += 2)
        {
            l = Math.Min(l, Points[i]); r = Math.Max(r, Points[i]);
            t = Math.Min(t, Points[i + 1]); b = Math.Max(b, Points[i + 1]);
        }
        return (l, t, r, b);
    }
}
