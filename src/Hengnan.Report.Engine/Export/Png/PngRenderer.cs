using Hengnan.Report.Drawing;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout;
using SkiaSharp;

namespace Hengnan.Report.Export.Png;

/// <summary>
/// Draws display lists to PNG previews with Skia's raster backend: the same items the PDF exporter
/// writes, so a preview cannot disagree with the PDF. Glyphs are drawn from the full font files
/// (the display list holds full-font glyph ids). One renderer per build; not shared between threads.
/// </summary>
public sealed class PngRenderer : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> _typefaces = new();
    private readonly Dictionary<ImageAsset, SKImage> _images = new();

    /// <summary>Renders a page of <paramref name="width"/> × <paramref name="height"/> pt at <paramref name="dpi"/> into PNG bytes.</summary>
    public byte[] Render(IReadOnlyList<DisplayItem> items, float width, float height, float dpi)
    {
        float scale = dpi / 72f;
        var info = new SKImageInfo(Math.Max(1, (int)Math.Ceiling(width * scale)), Math.Max(1, (int)Math.Ceiling(height * scale)));
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        canvas.ClipRect(new SKRect(0, 0, width, height));
        foreach (var item in items) Draw(canvas, item);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }

    private static SKColor ToSkia(Color color)
    {
        var (r, g, b, a) = color.ToRgb8();
        return new SKColor(r, g, b, a);
    }

    private void Draw(SKCanvas canvas, DisplayItem item)
    {
        switch (item.Visual)
        {
            case GlyphRunVisual run:
                DrawGlyphs(canvas, item.X, item.Y, run);
                break;
            case PathVisual path:
                DrawPath(canvas, item.X, item.Y, path);
                break;
            case ImageVisual image:
                DrawImage(canvas, item.X, item.Y, image);
                break;
            case SharedVisual shared:
                canvas.Save();
                canvas.ClipRect(SKRect.Create(item.X, item.Y, shared.Content.Width, shared.Content.Height));
                foreach (var inner in shared.Content.Flatten(item.X, item.Y)) Draw(canvas, inner);
                canvas.Restore();
                break;
        }
    }

    private static SKPath ToSkia(PathData data, float dx, float dy)
    {
        var path = new SKPath();
        int p = 0;
        var pts = data.Points;
        foreach (var verb in data.Verbs)
        {
            switch (verb)
            {
                case PathVerb.MoveTo: path.MoveTo(pts[p] + dx, pts[p + 1] + dy); p += 2; break;
                case PathVerb.LineTo: path.LineTo(pts[p] + dx, pts[p + 1] + dy); p += 2; break;
                case PathVerb.CubicTo:
                    path.CubicTo(pts[p] + dx, pts[p + 1] + dy, pts[p + 2] + dx, pts[p + 3] + dy, pts[p + 4] + dx, pts[p + 5] + dy);
                    p += 6;
                    break;
                case PathVerb.Close: path.Close(); break;
            }
        }
        return path;
    }

    private static void DrawPath(SKCanvas canvas, float x, float y, PathVisual visual)
    {
        using var path = ToSkia(visual.Path, x, y);
        if (visual.Fill is { } fill)
        {
            using var paint = new SKPaint { Color = ToSkia(fill), Style = SKPaintStyle.Fill, IsAntialias = true };
            canvas.DrawPath(path, paint);
        }
        if (visual.Stroke is { } stroke)
        {
            using var paint = new SKPaint
            {
                Color = ToSkia(stroke.Color), Style = SKPaintStyle.Stroke, StrokeWidth = stroke.Width, IsAntialias = true,
                StrokeCap = stroke.Cap switch { LineCap.Round => SKStrokeCap.Round, LineCap.Square => SKStrokeCap.Square, _ => SKStrokeCap.Butt },
                StrokeJoin = stroke.Join switch { LineJoin.Round => SKStrokeJoin.Round, LineJoin.Bevel => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter },
            };
            using var dash = stroke.Dash is { Length: > 0 } d ? SKPathEffect.CreateDash(d.Length % 2 == 0 ? d : [.. d, .. d], 0) : null;
            paint.PathEffect = dash;
            canvas.DrawPath(path, paint);
        }
    }

    private void DrawGlyphs(SKCanvas canvas, float x, float y, GlyphRunVisual run)
    {
        if (run.Glyphs.Length == 0) return;
        if (!_typefaces.TryGetValue(run.Face, out var typeface))
            _typefaces[run.Face] = typeface = SKTypeface.FromFile(run.Face.Path) ?? throw new InvalidOperationException($"Skia cannot read the font {run.Face.Path}");
        using var font = new SKFont(typeface, run.Size) { Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        for (int i = 0; i < run.Glyphs.Length; i++)
        {
            glyphs[i] = run.Glyphs[i];
            positions[i] = new SKPoint(run.X[i], run.Y[i]);
        }
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = ToSkia(run.Color), IsAntialias = true };
        canvas.DrawText(blob, x, y, paint);
    }

    private void DrawImage(SKCanvas canvas, float x, float y, ImageVisual visual)
    {
        if (!_images.TryGetValue(visual.Asset, out var image))
        {
            var asset = visual.Asset;
            if (asset.Encoding == ImageEncoding.Jpeg) image = SKImage.FromEncodedData(asset.Data);
            else
            {
                var info = new SKImageInfo(asset.PixelWidth, asset.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul);
                var rgba = new byte[asset.PixelWidth * asset.PixelHeight * 4];
                for (int i = 0, n = asset.PixelWidth * asset.PixelHeight; i < n; i++)
                {
                    rgba[4 * i] = asset.Data[3 * i];
                    rgba[4 * i + 1] = asset.Data[3 * i + 1];
                    rgba[4 * i + 2] = asset.Data[3 * i + 2];
                    rgba[4 * i + 3] = asset.Alpha?[i] ?? 255;
                }
                image = SKImage.FromPixelCopy(info, rgba);
            }
            _images[visual.Asset] = image;
        }
        if (image is null) return;
        var (ix, iy, w, h) = visual.Placement();
        canvas.Save();
        canvas.ClipRect(new SKRect(x, y, x + visual.Width, y + visual.Height));
        canvas.DrawImage(image, new SKRect(x + ix, y + iy, x + ix + w, y + iy + h), new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Restore();
    }

    public void Dispose()
    {
        foreach (var t in _typefaces.Values) t.Dispose();
        foreach (var i in _images.Values) i.Dispose();
    }
}
