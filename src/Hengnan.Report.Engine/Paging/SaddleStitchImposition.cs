
namespace Hengnan.Report.Paging;

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
    public static IReadOnlyList<T?> Pad<T>(IReadOnlyList<T> pages) where T : class
    {
        int padded = (pages.Count + 3) / 4 * 4;
        var result = new List<T?>(pages.Take(pages.Count - 1));
        while (result.Count < padded - 1) result.Add(null);
        result.Add(pages[^1]);
        return result;
    }
}
