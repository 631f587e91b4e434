using Hengnan.Report.Drawing;

namespace Hengnan.Report.Vector;

/// <summary>
/// A text label of the SVG as data, so a caller can set the same string in its own font at the same place.
/// </summary>
/// <param name="Text">The label. Skia writes the text back from glyph ids, so a character the font lacked is missing,
/// runs of spaces are one space, and a CJK radical that shares its glyph with an ideograph (⼆ for 二) is given back as the ideograph.</param>
/// <param name="X">The start of the baseline (the first glyph's origin) in picture units; for a text without per-glyph
/// positions and an anchor other than <see cref="SvgTextAnchor.Start"/>, the anchor point.</param>
/// <param name="Y">The baseline's y at <paramref name="X"/>.</param>
/// <param name="FontSize">The em size in picture units (the SVG font-size scaled by the transform).</param>
/// <param name="FontFamily">The font-family value as written (Skia writes the typeface's family name, e.g. "Noto Sans SC").</param>
/// <param name="Bold">font-weight bold, bolder or 600 and heavier.</param>
/// <param name="Fill">The text colour, opacity folded into alpha (alpha 0 for fill="none").</param>
/// <param name="Rotation">Degrees the baseline is turned from the x axis, clockwise on the page (y down): −90 reads upwards.</param>
/// <param name="Anchor">The SVG text-anchor (Skia always writes start, with explicit glyph positions).</param>
/// <param name="GlyphX">When the SVG places each character, their offsets along the baseline from (X, Y) in picture
/// units, one per Unicode scalar value of <paramref name="Text"/> (the first is 0); otherwise null.</param>
public sealed record SvgText(
    string Text,
    float X,
    float Y,
    float FontSize,
    string FontFamily,
    bool Bold,
    Color Fill,
    float Rotation,
    SvgTextAnchor Anchor,
    float[]? GlyphX) : SvgItem
{
    /// <summary>font-style italic or oblique.</summary>
    public bool Italic { get; init; }
}
