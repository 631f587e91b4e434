using Hengnan.Report.Drawing;
using Hengnan.Report.Fonts;

namespace Hengnan.Report.Layout.Text;

/// <summary>
/// How a run of text looks. Two faces: Latin letters and digits are set in <see cref="Latin"/>,
/// Han characters and CJK punctuation in <see cref="Cjk"/> (clreq §3.2: proportional Western fonts in
/// Chinese text); each falls back to the other for a character it lacks.
/// </summary>
public sealed record TextStyle(FontFace Latin, FontFace Cjk, float Size, Color Color)
{
    /// <summary>Further faces tried, in order, for a character neither face has.</summary>
    public IReadOnlyList<FontFace> Fallbacks { get; init; } = [];

    /// <summary>The language of text in this style (BCP 47: zh-CN, en) when it differs from its paragraph's; null: the paragraph's.</summary>
    public string? Language { get; init; }
}
