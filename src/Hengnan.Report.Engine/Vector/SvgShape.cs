using Hengnan.Report.Layout;

namespace Hengnan.Report.Vector;

/// <summary>
/// A path, rectangle, circle, ellipse, line, polyline or polygon of the SVG as a <see cref="PathVisual"/> meant to be
/// placed at (0, 0) of the picture: its points are already absolute (every transform applied, arcs and quadratics as
/// cubics), opacity is folded into the colours' alpha and the stroke width is in picture units.
/// </summary>
/// <param name="EvenOdd">The SVG asked for fill-rule="evenodd" (the visual itself does not carry a fill rule; nonzero otherwise).</param>
public sealed record SvgShape(PathVisual Visual, bool EvenOdd = false) : SvgItem;
