using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>Something the renderer can draw; positions are relative to the visual's origin.</summary>
public abstract record Visual;

/// <summary>A nested fragment.</summary>
public sealed record FragmentVisual(Fragment Fragment) : Visual;

/// <summary>A filled (and optionally stroked) rectangle, with optional corner radius.</summary>
public sealed record RectVisual(float Width, float Height, SKColor? Fill, SKColor? Stroke = null, float StrokeWidth = 0, float Radius = 0) : Visual;

/// <summary>A straight line from the origin to (Dx, Dy).</summary>
public sealed record LineVisual(float Dx, float Dy, SKColor Color, float Thickness, float[]? Dash = null) : Visual;

/// <summary>Glyphs of one face, size and colour on a baseline at y = 0; X holds each glyph's pen position.</summary>
public sealed record GlyphRunVisual(FontFace Face, float Size, SKColor Color, ushort[] Glyphs, float[] X, float[] Y, string Text) : Visual;

/// <summary>Drawing done by a component (a chart) into a box of the given size, as vectors.</summary>
public sealed record CanvasVisual(float Width, float Height, Action<SKCanvas> Draw, string Description) : Visual
{
    /// <summary>Full-page artwork that runs off the trimmed edge into the bleed (not clipped to its box).</summary>
    public bool Bleeds { get; init; }
}

/// <summary>An image file scaled to cover a box.</summary>
public sealed record ImageVisual(float Width, float Height, string Path) : Visual;

/// <summary>A named point in the document (section starts, for contents and bookmarks).</summary>
public sealed record AnchorVisual(string Id) : Visual;

/// <summary>A clickable area that leads to an anchor (contents entries).</summary>
public sealed record LinkVisual(float Width, float Height, string Anchor) : Visual;
