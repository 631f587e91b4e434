using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>An image file scaled to cover a box.</summary>
public sealed record ImageVisual(float Width, float Height, string Path) : Visual;
