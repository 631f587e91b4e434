using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout;

/// <summary>A vector shape, filled and/or stroked.</summary>
public sealed record PathVisual(PathData Path, Color? Fill, Stroke? Stroke = null) : Visual
{
    public static PathVisual Rect(float width, float height, Color? fill, Color? stroke = null, float strokeWidth = 0, float radius = 0)
    {
        var path = radius > 0 ? PathData.RoundedRectangle(0, 0, width, height, radius) : PathData.Rectangle(0, 0, width, height);
        return new PathVisual(path, fill, stroke is { } s && strokeWidth > 0 ? new Stroke(s, strokeWidth) : null);
    }

    /// <summary>A straight line from the origin to (dx, dy); a dashed line has round caps (dots).</summary>
    public static PathVisual Line(float dx, float dy, Color color, float thickness, float[]? dash = null) =>
        new(PathData.Line(0, 0, dx, dy), null, new Stroke(color, thickness, dash, dash is null ? LineCap.Butt : LineCap.Round));
}
