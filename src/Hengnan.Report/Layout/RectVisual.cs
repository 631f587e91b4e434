using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>A filled (and optionally stroked) rectangle, with optional corner radius.</summary>
public sealed record RectVisual(float Width, float Height, SKColor? Fill, SKColor? Stroke = null, float StrokeWidth = 0, float Radius = 0) : Visual;
