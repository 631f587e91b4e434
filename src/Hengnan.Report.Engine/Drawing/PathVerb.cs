namespace Hengnan.Report.Drawing;

/// <summary>One command of a <see cref="PathData"/>; MoveTo and LineTo take one point, CubicTo three, Close none.</summary>
public enum PathVerb : byte { MoveTo, LineTo, CubicTo, Close }
