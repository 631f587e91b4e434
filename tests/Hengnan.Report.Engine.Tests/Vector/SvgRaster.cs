using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;
using Hengnan.Report.Vector;
using SkiaSharp;

namespace Hengnan.Report.Engine.Tests.Vector;

/// <summary>A small test-only rasteriser: draws imported <see cref="SvgItem"/>s with Skia, and compares bitmaps.</summary>
internal static class SvgRaster
{
    public static SKBitmap New(int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        return bitmap;
    }

    /// <summary>The plot drawn by ScottPlot itself onto a raster canvas.</summary>
    public static SKBitmap RenderPlot(ScottPlot.Plot plot, int width, int height)
    {
        var bitmap = New(width, height);
        using var canvas = new SKCanvas(bitmap);
        plot.Render(canvas, width, height);
        canvas.Flush();
        return bitmap;
    }

    /// <summary>The scene's shapes (with their clips), and its texts in the test font at their positions when <paramref name="texts"/>.</summary>
    public static SKBitmap Render(SvgScene scene, int width, int height, bool shapes = true, bool texts = false)
    {
        var bitmap = New(width, height);
        using var canvas = new SKCanvas(bitmap);
        foreach (var item in scene.Items)
        {
            canvas.Save();
            if (item.Clip is { } clip) canvas.ClipRect(new SKRect(clip.Left, clip.Top, clip.Right, clip.Bottom), antialias: true);
            if (item is SvgShape shape && shapes) Draw(canvas, shape.Visual, shape.EvenOdd);
            else if (item is SvgText text && texts) Draw(canvas, text);
            canvas.Restore();
        }
        canvas.Flush();
        return bitmap;
    }

    public static SKPath ToSkPath(PathData data)
    {
        var path = new SKPath();
        var p = data.Points;
        int i = 0;
        foreach (var verb in data.Verbs)
        {
            switch (verb)
            {
                case PathVerb.MoveTo: path.MoveTo(p[i], p[i + 1]); i += 2; break;
                case PathVerb.LineTo: path.LineTo(p[i], p[i + 1]); i += 2; break;
                case PathVerb.CubicTo: path.CubicTo(p[i], p[i + 1], p[i + 2], p[i + 3], p[i + 4], p[i + 5]); i += 6; break;
                case PathVerb.Close: path.Close(); break;
            }
        }
        return path;
    }

    private static SKColor Sk(Color c)
    {
        var (r, g, b, a) = c.ToRgb8();
        return new SKColor(r, g, b, a);
    }

    public static void Draw(SKCanvas canvas, PathVisual visual, bool evenOdd = false)
    {
        using var path = ToSkPath(visual.Path);
        if (evenOdd) path.FillType = SKPathFillType.EvenOdd;
        if (visual.Fill is { } fill)
        {
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Sk(fill) };
            canvas.DrawPath(path, paint);
        }
        if (visual.Stroke is { } stroke)
        {
            using var paint = new SKPaint
            {
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                Color = Sk(stroke.Color),
                StrokeWidth = stroke.Width,
                StrokeCap = stroke.Cap switch { LineCap.Round => SKStrokeCap.Round, LineCap.Square => SKStrokeCap.Square, _ => SKStrokeCap.Butt },
                StrokeJoin = stroke.Join switch { LineJoin.Round => SKStrokeJoin.Round, LineJoin.Bevel => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter },
                PathEffect = stroke.Dash is { Length: > 0 } dash ? SKPathEffect.CreateDash(dash, 0) : null,
            };
            canvas.DrawPath(path, paint);
        }
    }

    /// <summary>A text set again in the test font, glyph by glyph at the imported positions.</summary>
    public static void Draw(SKCanvas canvas, SvgText text)
    {
        using var font = new SKFont(ChartTestFonts.For(text), text.FontSize);
        using var paint = new SKPaint { IsAntialias = true, Color = Sk(text.Fill) };
        canvas.Save();
        canvas.Translate(text.X, text.Y);
        canvas.RotateDegrees(text.Rotation);
        int i = 0;
        float x = 0;
        foreach (var rune in text.Text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (text.GlyphX is { } gx) x = gx[i];
            canvas.DrawText(s, x, 0, SKTextAlign.Left, font, paint);
            if (text.GlyphX is null) x += font.MeasureText(s);
            i++;
        }
        canvas.Restore();
    }

    /// <summary>
    /// The share of pixels that differ: a pixel of one bitmap whose colour is more than <paramref name="tolerance"/>
    /// (0–255, any channel of the premultiplied colour) from every pixel of the other within <paramref name="radius"/>
    /// pixels, either way round (so a line that one renderer snaps to the pixel grid and the other antialiases across two
    /// pixels does not count). Pixels within <paramref name="grow"/> pixels of a drawn pixel of <paramref name="mask"/> are skipped.
    /// </summary>
    public static double DifferingShare(SKBitmap a, SKBitmap b, SKBitmap? mask = null, int grow = 2, int tolerance = 32, int radius = 1)
    {
        if (a.Width != b.Width || a.Height != b.Height) throw new ArgumentException("sizes differ");
        int w = a.Width, h = a.Height;
        var skip = new bool[w * h];
        if (mask is not null)
        {
            var pm = mask.GetPixelSpan();
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++)
                {
                    if (pm[4 * (y * w + x) + 3] == 0) continue;
                    for (int dy = -grow; dy <= grow; dy++)
                        for (int dx = -grow; dx <= grow; dx++)
                        {
                            int xx = x + dx, yy = y + dy;
                            if (xx >= 0 && yy >= 0 && xx < w && yy < h) skip[yy * w + xx] = true;
                        }
                }
        }
        var pa = a.GetPixelSpan();
        var pb = b.GetPixelSpan();
        int counted = 0, differing = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                if (skip[y * w + x]) continue;
                counted++;
                if (!Matched(pa, pb, x, y, w, h, tolerance, radius) || !Matched(pb, pa, x, y, w, h, tolerance, radius)) differing++;
            }
        return counted == 0 ? 0 : (double)differing / counted;
    }

    private static bool Matched(ReadOnlySpan<byte> from, ReadOnlySpan<byte> to, int x, int y, int w, int h, int tolerance, int radius)
    {
        int i = 4 * (y * w + x);
        for (int dy = -radius; dy <= radius; dy++)
            for (int dx = -radius; dx <= radius; dx++)
            {
                int xx = x + dx, yy = y + dy;
                if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
                int j = 4 * (yy * w + xx);
                if (Math.Abs(from[i] - to[j]) <= tolerance && Math.Abs(from[i + 1] - to[j + 1]) <= tolerance
                    && Math.Abs(from[i + 2] - to[j + 2]) <= tolerance && Math.Abs(from[i + 3] - to[j + 3]) <= tolerance)
                    return true;
            }
        return false;
    }

    /// <summary>Writes a PNG (for looking at a failing comparison).</summary>
    public static void Save(SKBitmap bitmap, string path)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
