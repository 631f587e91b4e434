namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// Partition of the code space 0..10FFFF into ranges of equal line breaking properties:
/// <c>starts[i]</c> is the first code point of range i (starts[0] = 0, ascending); the range
/// ends where range i + 1 begins.
/// </summary>
internal sealed class CodePointRangeTable
{
    private readonly int[] starts;
    private readonly CodePointProperties[] values;

    public CodePointRangeTable(int[] starts, CodePointProperties[] values)
    {
        if (starts.Length == 0 || starts.Length != values.Length || starts[0] != 0)
        {
            throw new ArgumentException("Ranges must cover the code space from U+0000.", nameof(starts));
        }

        this.starts = starts;
        this.values = values;
    }

    public int RangeCount => starts.Length;

    /// <summary>
    /// Properties of <paramref name="codePoint"/>. <paramref name="hint"/> is the index of the
    /// range found last; text runs (Han, Latin) usually stay in one range, so checking it first
    /// avoids most binary searches.
    /// </summary>
    public CodePointProperties Lookup(int codePoint, ref int hint)
    {
        int[] s = starts;
        int h = hint;
        if ((uint)h < (uint)s.Length && s[h] <= codePoint && (h + 1 == s.Length || codePoint < s[h + 1]))
        {
            return values[h];
        }

        int lo = 0;
        int hi = s.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (s[mid] <= codePoint)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        hint = lo;
        return values[lo];
    }
}
