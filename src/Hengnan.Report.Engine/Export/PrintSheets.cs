using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using Hengnan.Report.Paging;

namespace Hengnan.Report.Export;

/// <summary>
/// Puts pages on the sheets the PDF holds: the booklet (each page on its own sheet, with bleed and
/// crop marks when asked) and the printer spreads of a saddle-stitched booklet (two pages a side,
/// in folding order). Marks are page furniture (artifacts) in the registration colour.
/// </summary>
public static class PrintSheets
{
    /// <summary>Registration: every separation inks it (crop and fold marks), the PDF "All" separation.</summary>
    public static readonly Color Registration = Color.Spot("All", Color.Cmyk(1, 1, 1, 1));

    public static IReadOnlyList<PdfPage> Booklet(IReadOnlyList<IReadOnlyList<DisplayItem>> pages, PaperSize paper, PrintMarks marks)
    {
        float m = marks.Margin, b = marks.Bleed;
        var trim = Rect.FromSize(m, m, paper.Width, paper.Height);
        var bleed = new Rect(m - b, m - b, m + paper.Width + b, m + paper.Height + b);
        var cropMarks = marks.CropMarks ? CropMarks(trim, Math.Max(b, PrintMarks.MarkGap)) : [];
        var sheets = new List<PdfPage>(pages.Count);
        foreach (var items in pages)
        {
            var panels = new List<PdfPanel> { new(m, m, new Rect(-b, -b, paper.Width + b, paper.Height + b), items) };
            if (cropMarks.Count > 0) panels.Add(new PdfPanel(0, 0, null, cropMarks));
            sheets.Add(new PdfPage(paper.Width + 2 * m, paper.Height + 2 * m, panels) { TrimBox = trim, BleedBox = bleed });
        }
        return sheets;
    }

    /// <summary>
    /// The printer spreads: pages padded with blanks before the back cover to a multiple of four, two to
    /// a sheet side (<see cref="SaddleStitchImposition.Sides"/>), with a fold mark outside the trim at
    /// the head and the foot, bleed on the outer edges and crop marks at the spread's corners.
    /// </summary>
    public static IReadOnlyList<PdfPage> Spreads(IReadOnlyList<IReadOnlyList<DisplayItem>> pages, PaperSize paper, PrintMarks? marks = null)
    {
        marks ??= new PrintMarks(3 * PaperSize.PointsPerMm, true);
        float m = marks.Margin, b = marks.Bleed;
        var padded = SaddleStitchImposition.Pad(pages);
        float width = 2 * paper.Width, height = paper.Height;
        var trim = Rect.FromSize(m, m, width, height);
        var bleed = new Rect(m - b, m - b, m + width + b, m + height + b);
        var furniture = new List<DisplayItem>();
        if (marks.CropMarks) furniture.AddRange(CropMarks(trim, Math.Max(b, PrintMarks.MarkGap)));
        // The fold: a short dashed rule in the margin above and below the spread, never over the page.
        float gap = Math.Max(b, PrintMarks.MarkGap), foldX = m + paper.Width;
        if (m > gap)
        {
            var fold = new Stroke(Registration, 0.25f, [2, 2]);
            furniture.Add(new DisplayItem(foldX, 0, new PathVisual(PathData.Line(0, 0, 0, m - gap), null, fold), StructureNode.Artifact));
            furniture.Add(new DisplayItem(foldX, m + height + gap, new PathVisual(PathData.Line(0, 0, 0, m - gap), null, fold), StructureNode.Artifact));
        }
        var sheets = new List<PdfPage>();
        foreach (var (left, right) in SaddleStitchImposition.Sides(padded.Count))
        {
            var panels = new List<PdfPanel>();
            // Each page keeps its bleed on the outer edge only; at the fold it is cut at the trim.
            if (padded[left - 1] is { } l) panels.Add(new PdfPanel(m, m, new Rect(-b, -b, paper.Width, paper.Height + b), l));
            if (padded[right - 1] is { } r) panels.Add(new PdfPanel(m + paper.Width, m, new Rect(0, -b, paper.Width + b, paper.Height + b), r));
            if (furniture.Count > 0) panels.Add(new PdfPanel(0, 0, null, furniture));
            sheets.Add(new PdfPage(width + 2 * m, height + 2 * m, panels) { TrimBox = trim, BleedBox = bleed });
        }
        return sheets;
    }

    /// <summary>Crop marks at the four corners of <paramref name="trim"/>, starting <paramref name="gap"/> away from it (outside the bleed).</summary>
    private static List<DisplayItem> CropMarks(Rect trim, float gap)
    {
        var stroke = new Stroke(Registration, 0.25f);
        var items = new List<DisplayItem>();
        float len = PrintMarks.MarkLength;
        foreach (var x in new[] { trim.Left, trim.Right })
        foreach (var y in new[] { trim.Top, trim.Bottom })
        {
            float sx = x == trim.Left ? -1 : 1, sy = y == trim.Top ? -1 : 1;
            items.Add(new DisplayItem(0, 0, new PathVisual(PathData.Line(x + sx * gap, y, x + sx * (gap + len), y), null, stroke), StructureNode.Artifact));
            items.Add(new DisplayItem(0, 0, new PathVisual(PathData.Line(x, y + sy * gap, x, y + sy * (gap + len)), null, stroke), StructureNode.Artifact));
        }
        return items;
    }
}
