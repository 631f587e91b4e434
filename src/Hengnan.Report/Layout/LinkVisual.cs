using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>A clickable area that leads to an anchor (contents entries).</summary>
public sealed record LinkVisual(float Width, float Height, string Anchor) : Visual;
