using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>A straight line from the origin to (Dx, Dy).</summary>
public sealed record LineVisual(float Dx, float Dy, SKColor Color, float Thickness, float[]? Dash = null) : Visual;
