namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// Line_Break class of every code point (Unicode 15.0), from the embedded LineBreak.txt and
/// EastAsianWidth.txt. The data is turned into one compact sorted range table the first time it
/// is needed (thread-safe, a few milliseconds) and looked up by binary search afterwards.
/// </summary>
public static class LineBreakClassTable
{
    private static readonly Lazy<CodePointRangeTable> Table =
        new(LineBreakDataLoader.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The Line_Break property value of <paramref name="codePoint"/> as listed in LineBreak.txt,
    /// with the UAX #14 defaults for unlisted code points. Classes are not resolved (AI, SA, CJ,
    /// SG and XX are returned as such; LB1 resolution happens inside the breakers).
    /// </summary>
    public static LineBreakClass GetClass(int codePoint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codePoint);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codePoint, 0x10FFFF);
        int hint = 0;
        return Table.Value.Lookup(codePoint, ref hint).Class;
    }

    internal static CodePointRangeTable Data => Table.Value;
}
