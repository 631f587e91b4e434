namespace Hengnan.Report.Paging;

/// <summary>
/// What the print shop asked for: bleed around the trimmed page, and crop marks outside it.
/// Marks start <see cref="Bleed"/> away from the trim (never inside the bleed) and run 5 mm outward.
/// </summary>
public sealed record PrintMarks(float Bleed, bool CropMarks)
{
    public static readonly PrintMarks None = new(0, false);

    public const float MarkLength = 5 * PaperSize.PointsPerMm;
    public const float MarkGap = 3 * PaperSize.PointsPerMm;

    /// <summary>Distance from the trim edge to the edge of the sheet (the PDF's MediaBox).</summary>
    public float Margin => CropMarks ? Math.Max(Bleed, MarkGap) + MarkLength + 2 : Bleed;
}
