using Hengnan.Report.Fonts;

namespace Hengnan.Report.Layout.Text;

/// <summary>
/// Sets one line of text on a baseline, unbroken and unjustified: for labels placed by someone else
/// (chart labels at the positions a plotting library chose). Each character is taken from the first
/// face of the style's chain that has it, as in paragraphs.
/// </summary>
public static class RunSetter
{
    /// <summary>The glyph runs of <paramref name="text"/> with the baseline at y = 0 starting at x = 0, and the total advance.</summary>
    public static (List<Placed> Runs, float Width) Set(string text, TextStyle style, string language, ICollection<LayoutProblem> problems)
    {
        var runs = new List<Placed>();
        float pen = 0;
        int start = 0;
        FontFace? current = null;
        for (int i = 0; i <= text.Length;)
        {
            FontFace? face = null;
            int len = 1;
            if (i < text.Length)
            {
                int cp = char.ConvertToUtf32OrFallback(text, i, out len);
                face = Choose(cp, style);
                if (face is null)
                {
                    problems.Add(new LayoutProblem($"U+{cp:X4} '{char.ConvertFromUtf32(cp)}' is in no font; it would print as an empty box, in \"{text}\"", null, "FNT001")
                        { Key = "FNT001", Args = [$"{cp:X4}", char.ConvertFromUtf32(cp), text] });
                    face = style.Latin;
                }
            }
            if (i == text.Length || (current is not null && face != current))
            {
                if (current is not null && i > start) pen += Add(text[start..i], current);
                start = i;
            }
            current = face;
            if (i == text.Length) break;
            i += len;
        }
        return (runs, pen);

        float Add(string piece, FontFace face)
        {
            var shaped = face.Shape(piece);
            var x = new float[shaped.Glyphs.Length];
            var y = new float[shaped.Glyphs.Length];
            float p = 0;
            for (int g = 0; g < shaped.Glyphs.Length; g++)
            {
                x[g] = p + shaped.OffsetsX[g] * style.Size;
                y[g] = shaped.OffsetsY[g] * style.Size;
                p += shaped.Advances[g] * style.Size;
            }
            runs.Add(new Placed(pen, 0, new GlyphRunVisual(face, style.Size, style.Color, shaped.Glyphs, x, y, shaped.Clusters, piece, style.Language ?? language)));
            return p;
        }
    }

    private static FontFace? Choose(int cp, TextStyle style)
    {
        // Latin letters and digits from the Latin face, everything else from the CJK face first (clreq §3.2).
        bool latin = cp < 0x2E80;
        var first = latin ? style.Latin : style.Cjk;
        var second = latin ? style.Cjk : style.Latin;
        if (first.Covers(cp)) return first;
        if (second.Covers(cp)) return second;
        foreach (var f in style.Fallbacks) if (f.Covers(cp)) return f;
        return null;
    }
}
