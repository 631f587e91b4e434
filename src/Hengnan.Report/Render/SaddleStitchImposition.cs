using Hengnan.Report.Compose;
using SkiaSharp;

namespace Hengnan.Report.Render;

/// <summary>
/// Printer spreads for a saddle-stitched booklet: the pages, padded with blanks before the back cover
/// to a multiple of four, two to a sheet side in the order that comes out right once the sheets are
/// folded and stapled (typography.md §3): sheet k front = [n−2k | 2k+1], back = [2k+2 | n−2k−1].
/// </summary>
public static class SaddleStitchImposition
{
    /// <summary>The sides of the press sheets as (left, right) page numbers of the padded booklet, 1-based.</summary>
    public static IReadOnlyList<(int Left, int Right)> Sides(int paddedCount)
    {
        if (paddedCount % 4 != 0) throw new ArgumentException("a saddle-stitched booklet has a multiple of four pages", nameof(paddedCount));
        var sides = new List<(int, int)>();
        for (int k = 0; k < paddedCount / 4; k++)
        {
            sides.Add((paddedCount - 2 * k, 2 * k + 1));
            sides.Add((2 * k + 2, paddedCount - 2 * k - 1));
        }
        return sides;
    }

    /// <summary>The booklet's pages with blanks (null) before the back cover, up to a multiple of four.</summary>
    public static IReadOnlyList<PageModel?> Pad(IReadOnlyList<PageModel> pages)
    {
        int padded = (pages.Count + 3) / 4 * 4;
        var result = new List<PageModel?>(pages.Take(pages.Count - 1));
        while (result.Count < padded - 1) result.Add(null);
        result.Add(pages[^1]);
        return result;
    }

    public static byte[] WritePdf(IReadOnlyList<PageModel> pages, PaperSize paper, PdfRenderer.Metadata metadata)
    {
        var booklet = Pad(pages);
        using var stream = new MemoryStream();
        var pdfMeta = (metadata with { Title = metadata.Title + " — printer spreads" }).ToSkia();
        using (var document = SKDocument.CreatePdf(stream, pdfMeta))
        {
            foreach (var (left, right) in Sides(booklet.Count))
            {
                var canvas = document.BeginPage(paper.Width * 2, paper.Height);
                Draw(canvas, booklet[left - 1], paper, 0);
                Draw(canvas, booklet[right - 1], paper, paper.Width);
                // The fold.
                using var fold = new SKPaint { Color = new SKColor(0, 0, 0, 60), StrokeWidth = 0.25f, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([4, 4], 0) };
                canvas.DrawLine(paper.Width, 0, paper.Width, 12, fold);
                canvas.DrawLine(paper.Width, paper.Height - 12, paper.Width, paper.Height, fold);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }

    private static void Draw(SKCanvas canvas, PageModel? page, PaperSize paper, float x)
    {
        if (page is null) return;
        using var picture = PdfRenderer.Record(page, paper);
        canvas.Save();
        canvas.Translate(x, 0);
        canvas.ClipRect(new SKRect(0, 0, paper.Width, paper.Height));
        canvas.DrawPicture(picture);
        canvas.Restore();
    }
}
