using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>Drawing done by a component (a chart) into a box of the given size, as vectors.</summary>
public sealed record CanvasVisual(float Width, float Height, Action<SKCanvas> Draw, string Description) : Visual
{
    /// <summary>Full-page artwork that runs off the trimmed edge into the bleed (not clipped to its box).</summary>
    public bool Bleeds { get; init; }
}
