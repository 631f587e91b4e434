namespace Hengnan.Report.Drawing;

/// <summary>Builds a <see cref="PathData"/>; quadratic curves and arcs are turned into cubics.</summary>
public sealed class PathBuilder
{
    private readonly List<PathVerb> _verbs = new();
    private readonly List<float> _points = new();
    private float _x, _y, _startX, _startY;

    public bool IsEmpty => _verbs.Count == 0;

    public PathBuilder MoveTo(float x, float y)
    {
        _verbs.Add(PathVerb.MoveTo);
        _points.Add(x); _points.Add(y);
        _x = _startX = x; _y = _startY = y;
        return this;
    }

    public PathBuilder LineTo(float x, float y)
    {
        _verbs.Add(PathVerb.LineTo);
        _points.Add(x); _points.Add(y);
        _x = x; _y = y;
        return this;
    }

    public PathBuilder CubicTo(float x1, float y1, float x2, float y2, float x, float y)
    {
        _verbs.Add(PathVerb.CubicTo);
        _points.AddRange([x1, y1, x2, y2, x, y]);
        _x = x; _y = y;
        return this;
    }

    /// <summary>A quadratic Bézier, raised to the equivalent cubic.</summary>
    public PathBuilder QuadTo(float cx, float cy, float x, float y) =>
        CubicTo(_x + 2f / 3 * (cx - _x), _y + 2f / 3 * (cy - _y), x + 2f / 3 * (cx - x), y + 2f / 3 * (cy - y), x, y);

    public PathBuilder Close()
    {
        _verbs.Add(PathVerb.Close);
        _x = _startX; _y = _startY;
        return this;
    }

    /// <summary>The current point.</summary>
    public (float X, float Y) Current => (_x, _y);

    public PathData Build() => new(_verbs.ToArray(), _points.ToArray());
}
