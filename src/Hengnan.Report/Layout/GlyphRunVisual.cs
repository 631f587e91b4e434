using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>Glyphs of one face, size and colour on a baseline at y = 0; X holds each glyph's pen position.</summary>
public sealed record GlyphRunVisual(FontFace Face, float Size, SKColor Color, ushort[] Glyphs, float[] X, float[] Y, string Text) : Visual;
