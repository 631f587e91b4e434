using Hengnan.Report.Drawing;
using Hengnan.Report.Fonts;

namespace Hengnan.Report.Layout;

/// <summary>
/// Glyphs of one face, size and colour on a baseline at y = 0. <see cref="Glyphs"/> are ids in the
/// full font (the exporter maps them into the embedded subset); X and Y hold each glyph's position.
/// <see cref="Clusters"/> gives, for each glyph, the index in <see cref="Text"/> of the first character
/// it stands for, so text extracts as it was written. <see cref="Language"/> is BCP 47 (zh-CN, en).
/// </summary>
public sealed record GlyphRunVisual(FontFace Face, float Size, Color Color, ushort[] Glyphs, float[] X, float[] Y, int[] Clusters, string Text, string Language) : Visual
{
    /// <summary>Text a reader should get for the whole run instead of the glyphs' own (a hyphenated word part), or null.</summary>
    public string? ActualText { get; init; }
}
