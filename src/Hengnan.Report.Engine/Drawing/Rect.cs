namespace Hengnan.Report.Drawing;

/// <summary>A rectangle in points, y downwards (page coordinates from the top-left corner of the trimmed page).</summary>
public readonly record struct Rect(float Left, float Top, float Right, float Bottom)
{
    public float Width => Right - Left;
    public float Height => Bottom - Top;

    public static Rect FromSize(float x, float y, float width, float height) => new(x, y, x + width, y + height);

    public bool IntersectsWith(Rect other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
}
