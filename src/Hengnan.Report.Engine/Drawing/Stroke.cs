namespace Hengnan.Report.Drawing;

/// <summary>How a path's outline is drawn: colour, width in points, an optional dash pattern (on, off, …).</summary>
public sealed record Stroke(Color Color, float Width, float[]? Dash = null, LineCap Cap = LineCap.Butt, LineJoin Join = LineJoin.Miter);
