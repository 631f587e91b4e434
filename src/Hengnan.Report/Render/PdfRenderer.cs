using Hengnan.Report.Compose;
using Hengnan.Report.Layout;
using SkiaSharp;

namespace Hengnan.Report.Render;

/// <summary>
/// Draws laid-out pages with Skia. Each page is recorded once into an SKPicture and replayed into the
/// output — the PDF document or PNG previews — so every output is the same vectors.
/// </summary>
public static class PdfRenderer
{
    public sealed record Metadata(string Title, string Author, string Subject, string Keywords, DateTime Date)
    {
        /// <summary>Skia's document metadata, dated from the edition (never the clock) so output is reproducible.</summary>
        public SKDocumentPdfMetadata ToSkia() => new()
        {
            Title = Title,
            Author = Author,
            Subject = Subject,
            Keywords = Keywords,
            Creator = "Hengnan.Report",
            Producer = "Hengnan.Report (Skia/PDF)",
            Creation = Date,
            Modified = Date,
            RasterDpi = 300,
            EncodingQuality = 95,
        };
    }

    /// <summary>Records a page on its sheet: the trimmed page offset by the marks' margin, clipped to the bleed, with crop marks.</summary>
    public static SKPicture Record(PageModel page, PaperSize paper, PrintMarks? marks = null)
    {
        marks ??= PrintMarks.None;
        float m = marks.Margin, b = marks.Bleed;
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SKRect(0, 0, paper.Width + 2 * m, paper.Height + 2 * m));
        canvas.Save();
        canvas.Translate(m, m);
        canvas.ClipRect(new SKRect(-b, -b, paper.Width + b, paper.Height + b));
        Draw(canvas, page);
        canvas.Restore();
        if (marks.CropMarks) DrawCropMarks(canvas, paper, marks);
        return recorder.EndRecording();
    }

    /// <summary>Crop marks at the four corners of the trim, in registration black, outside the bleed.</summary>
    private static void DrawCropMarks(SKCanvas canvas, PaperSize paper, PrintMarks marks)
    {
        float m = marks.Margin, gap = Math.Max(marks.Bleed, PrintMarks.MarkGap), len = PrintMarks.MarkLength;
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.25f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        foreach (var x in new[] { m, m + paper.Width })
        foreach (var y in new[] { m, m + paper.Height })
        {
            float sx = x == m ? -1 : 1, sy = y == m ? -1 : 1;
            canvas.DrawLine(x + sx * gap, y, x + sx * (gap + len), y, paint);
            canvas.DrawLine(x, y + sy * gap, x, y + sy * (gap + len), paint);
        }
    }

    public static byte[] WritePdf(IReadOnlyList<PageModel> pages, PaperSize paper, Metadata metadata, PrintMarks? marks = null)
    {
        marks ??= PrintMarks.None;
        float sheetWidth = paper.Width + 2 * marks.Margin, sheetHeight = paper.Height + 2 * marks.Margin;
        using var stream = new MemoryStream();
        var pdfMeta = metadata.ToSkia();
        using (var document = SKDocument.CreatePdf(stream, pdfMeta))
        {
            foreach (var page in pages)
            {
                using var picture = Record(page, paper, marks);
                var canvas = document.BeginPage(sheetWidth, sheetHeight);
                canvas.DrawPicture(picture);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }

    public static void WritePng(PageModel page, PaperSize paper, string path, float dpi)
    {
        float scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(paper.Width * scale), (int)Math.Ceiling(paper.Height * scale));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        using var picture = Record(page, paper);
        surface.Canvas.DrawPicture(picture);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    public static void Draw(SKCanvas canvas, PageModel page)
    {
        foreach (var (origin, visual) in page.Visuals()) DrawVisual(canvas, origin, visual);
    }

    private static void DrawVisual(SKCanvas canvas, SKPoint at, Visual visual)
    {
        switch (visual)
        {
            case GlyphRunVisual run:
                DrawGlyphs(canvas, at, run);
                break;
            case RectVisual rect:
            {
                var r = new SKRect(at.X, at.Y, at.X + rect.Width, at.Y + rect.Height);
                if (rect.Fill is { } fill)
                {
                    using var paint = new SKPaint { Color = fill, Style = SKPaintStyle.Fill, IsAntialias = true };
                    if (rect.Radius > 0) canvas.DrawRoundRect(r, rect.Radius, rect.Radius, paint); else canvas.DrawRect(r, paint);
                }
                if (rect.Stroke is { } stroke && rect.StrokeWidth > 0)
                {
                    using var paint = new SKPaint { Color = stroke, Style = SKPaintStyle.Stroke, StrokeWidth = rect.StrokeWidth, IsAntialias = true };
                    if (rect.Radius > 0) canvas.DrawRoundRect(r, rect.Radius, rect.Radius, paint); else canvas.DrawRect(r, paint);
                }
                break;
            }
            case LineVisual line:
            {
                using var paint = new SKPaint { Color = line.Color, StrokeWidth = line.Thickness, Style = SKPaintStyle.Stroke, IsAntialias = true, StrokeCap = line.Dash is null ? SKStrokeCap.Butt : SKStrokeCap.Round };
                using var effect = line.Dash is { } dash ? SKPathEffect.CreateDash(dash, 0) : null;
                paint.PathEffect = effect;
                canvas.DrawLine(at.X, at.Y, at.X + line.Dx, at.Y + line.Dy, paint);
                break;
            }
            case CanvasVisual custom:
                canvas.Save();
                canvas.Translate(at.X, at.Y);
                if (!custom.Bleeds) canvas.ClipRect(new SKRect(0, 0, custom.Width, custom.Height));
                custom.Draw(canvas);
                canvas.Restore();
                break;
            case ImageVisual image:
                DrawImage(canvas, at, image);
                break;
        }
    }

    private static void DrawGlyphs(SKCanvas canvas, SKPoint at, GlyphRunVisual run)
    {
        using var font = new SKFont(run.Face.Typeface, run.Size) { Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        for (int i = 0; i < run.Glyphs.Length; i++)
        {
            glyphs[i] = run.Face.SubsetGlyph(run.Glyphs[i]);
            positions[i] = new SKPoint(run.X[i], run.Y[i]);
        }
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = run.Color, IsAntialias = true };
        canvas.DrawText(blob, at.X, at.Y, paint);
    }

    private static void DrawImage(SKCanvas canvas, SKPoint at, ImageVisual image)
    {
        // From the encoded data, so that Skia's PDF backend can pass a JPEG through as it is (no re-encoding, no loss).
        using var img = SKImage.FromEncodedData(image.Path);
        if (img is null) return;
        float scale = Math.Max(image.Width / img.Width, image.Height / img.Height);
        float w = img.Width * scale, h = img.Height * scale;
        var dest = new SKRect(at.X + (image.Width - w) / 2, at.Y + (image.Height - h) / 2, 0, 0);
        dest.Right = dest.Left + w;
        dest.Bottom = dest.Top + h;
        canvas.Save();
        canvas.ClipRect(new SKRect(at.X, at.Y, at.X + image.Width, at.Y + image.Height));
        canvas.DrawImage(img, dest, new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Restore();
    }
}
