using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout.Text;

/// <summary>
/// How a run of text looks. Two faces: Latin letters and digits are set in <see cref="Latin"/>,
/// Han characters and CJK punctuation in <see cref="Cjk"/> (clreq §3.2: proportional Western fonts in
/// Chinese text); each falls back to the other for a character it lacks.
/// </summary>
public sealed record TextStyle(FontFace Latin, FontFace Cjk, float Size, SKColor Color)
{
    /// <summary>Further faces tried, in order, for a character neither face has.</summary>
    public IReadOnlyList<FontFace> Fallbacks { get; init; } = [];
}
