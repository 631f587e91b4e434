namespace Hengnan.Report.Vector;

/// <summary>Where an <see cref="SvgText"/>'s (X, Y) lies on its line (SVG text-anchor).</summary>
public enum SvgTextAnchor { Start, Middle, End }
