using Hengnan.Report.Drawing;
using Hengnan.Report.Fonts;

namespace Hengnan.Report.Layout.Text;

/// <summary>Glyphs [Start, End) of a shaped run, at a size and colour, in a language (BCP 47), drawn shifted by <see cref="Shift"/> pt (half-width punctuation).</summary>
internal readonly record struct GlyphSlice(ShapedText Shaped, int Start, int End, float Size, Color Color, float Shift, string Language)
{
    public float Width
    {
        get
        {
            float w = 0;
            for (int i = Start; i < End; i++) w += Shaped.Advances[i];
            return w * Size;
        }
    }
}
