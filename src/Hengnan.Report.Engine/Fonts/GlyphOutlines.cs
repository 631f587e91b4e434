using System.Numerics;
using Hengnan.Report.Drawing;
using SkiaSharp;

namespace Hengnan.Report.Fonts;

/// <summary>
/// Text as shapes: the outlines of its glyphs, for a mark that must be seen but is not text to read (a
/// draft's watermark): it extracts and searches as nothing and embeds no glyphs in the font subsets.
/// Glyphs are placed by their advances (no kerning or shaping: for a few words in one script, as a mark is).
/// </summary>
public static class GlyphOutlines
{
    /// <summary>One path a glyph that has ink (a space has none), each point mapped by <paramref name="transform"/>.</summary>
    /// <param name="size">The font size in points; the text starts at (0, 0) on its baseline, y downwards.</param>
    /// <returns>The glyphs' paths and the text's advance width before the transform.</returns>
    public static (IReadOnlyList<PathData> Glyphs, float Width) Of(FontFace face, string text, float size, Matrix3x2 transform)
    {
        using var typeface = SKTypeface.FromFile(face.Path) ?? throw new InvalidOperationException($"Skia cannot read the font {face.Path}");
        using var font = new SKFont(typeface, size);
        var glyphs = font.GetGlyphs(text);
        var advances = font.GetGlyphWidths(glyphs);
        var paths = new List<PathData>();
        float x = 0;
        var points = new SKPoint[4];
        for (int i = 0; i < glyphs.Length; i++)
        {
            using var outline = font.GetGlyphPath(glyphs[i]);
            if (outline is { IsEmpty: false })
            {
                var builder = new PathBuilder();
                (float, float) At(SKPoint p)
                {
                    var v = Vector2.Transform(new Vector2(x + p.X, p.Y), transform);
                    return (v.X, v.Y);
                }
                using var it = outline.CreateRawIterator();
                SKPathVerb verb;
                while ((verb = it.Next(points)) != SKPathVerb.Done)
                {
                    switch (verb)
                    {
                        case SKPathVerb.Move:
                            var (mx, my) = At(points[0]);
                            builder.MoveTo(mx, my);
                            break;
                        case SKPathVerb.Line:
                            var (lx, ly) = At(points[1]);
                            builder.LineTo(lx, ly);
                            break;
                        case SKPathVerb.Quad:
                        case SKPathVerb.Conic: // TrueType outlines are quadratic; a conic (none expected) is drawn as its quadratic
                            var (qx, qy) = At(points[1]);
                            var (ex, ey) = At(points[2]);
                            builder.QuadTo(qx, qy, ex, ey);
                            break;
                        case SKPathVerb.Cubic:
                            var (c1x, c1y) = At(points[1]);
                            var (c2x, c2y) = At(points[2]);
                            var (cx, cy) = At(points[3]);
                            builder.CubicTo(c1x, c1y, c2x, c2y, cx, cy);
                            break;
                        case SKPathVerb.Close:
                            builder.Close();
                            break;
                    }
                }
                if (!builder.IsEmpty) paths.Add(builder.Build());
            }
            x += advances[i];
        }
        return (paths, x);
    }
}
