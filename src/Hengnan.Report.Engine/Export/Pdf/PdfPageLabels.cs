using Hengnan.Report.Paging;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The /PageLabels number tree (ISO 32000 §12.4.2), written inline in the catalog: one entry per
/// range, keyed by its first page index. The tree must label page 0, so arabic numbers from 1 are
/// assumed before the first range when it starts later.
/// </summary>
internal static class PdfPageLabels
{
    public static void Write(PdfBuffer b, IReadOnlyList<PageLabelRange> ranges, int pageCount)
    {
        var sorted = new List<PageLabelRange>(ranges.Count);
        foreach (var r in ranges)
        {
            if (r.StartIndex < 0 || r.StartIndex >= pageCount)
                throw new ArgumentOutOfRangeException(nameof(ranges), $"page label range starts at page {r.StartIndex}, which does not exist");
            if (r.FirstNumber < 1) throw new ArgumentOutOfRangeException(nameof(ranges), "page numbers start at 1 or later");
            sorted.Add(r);
        }
        // Stable by start; of two ranges starting on the same page the later one wins.
        sorted = sorted.Select((r, i) => (r, i)).OrderBy(t => t.r.StartIndex).ThenBy(t => t.i).Select(t => t.r).ToList();
        b.Raw("<< /Nums ["u8);
        if (sorted.Count == 0 || sorted[0].StartIndex != 0) b.Raw("0 << /S /D >>"u8);
        for (int i = 0; i < sorted.Count; i++)
        {
            var r = sorted[i];
            if (i + 1 < sorted.Count && sorted[i + 1].StartIndex == r.StartIndex) continue;
            if (b.Span[^1] != (byte)'[') b.Space();
            b.Int(r.StartIndex).Raw(" <<"u8);
            if (r.Style is not null) b.Raw(" /S "u8).Name(r.Style);
            if (!string.IsNullOrEmpty(r.Prefix)) b.Raw(" /P "u8).TextString(r.Prefix);
            if (r.FirstNumber != 1) b.Raw(" /St "u8).Int(r.FirstNumber);
            b.Raw(" >>"u8);
        }
        b.Raw("] >>"u8);
    }
}
