namespace Hengnan.Report.Fonts;

/// <summary>A run of text shaped in one face: glyphs with advances and offsets in em, and the UTF-16 cluster of each glyph.</summary>
public sealed record ShapedText(
    FontFace Face,
    string Text,
    ushort[] Glyphs,
    int[] Clusters,
    float[] Advances,
    float[] OffsetsX,
    float[] OffsetsY)
{
    public float Width
    {
        get
        {
            float w = 0;
            foreach (var a in Advances) w += a;
            return w;
        }
    }
}
