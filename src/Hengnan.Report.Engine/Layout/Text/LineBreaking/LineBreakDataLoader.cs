using System.Globalization;

namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// Builds the <see cref="CodePointRangeTable"/> from the embedded Unicode 15.0 data files
/// LineBreak.txt and EastAsianWidth.txt.
/// </summary>
internal static class LineBreakDataLoader
{
    private const int MaxCodePoint = 0x10FFFF;

    /// <summary>
    /// Defaults for code points LineBreak.txt does not list (its header, UAX #14 §5.1): unassigned
    /// CJK ideograph blocks and Planes 2–3 are ID, the pictographic Plane 1 ranges are ID, the
    /// Currency Symbols block is PR, everything else XX. (The 15.0 file happens to list these
    /// reserved ranges explicitly as well; the defaults keep the table right if it did not.)
    /// </summary>
    private static readonly DataRange<CodePointProperties>[] LineBreakDefaults =
    [
        new(0x20A0, 0x20CF, new(LineBreakClass.PR, CodePointTraits.None)),
        new(0x3400, 0x4DBF, new(LineBreakClass.ID, CodePointTraits.None)),
        new(0x4E00, 0x9FFF, new(LineBreakClass.ID, CodePointTraits.None)),
        new(0xF900, 0xFAFF, new(LineBreakClass.ID, CodePointTraits.None)),
        new(0x1F000, 0x1FAFF, new(LineBreakClass.ID, CodePointTraits.UnassignedPictographic)),
        new(0x1FC00, 0x1FFFD, new(LineBreakClass.ID, CodePointTraits.UnassignedPictographic)),
        new(0x20000, 0x2FFFD, new(LineBreakClass.ID, CodePointTraits.None)),
        new(0x30000, 0x3FFFD, new(LineBreakClass.ID, CodePointTraits.None)),
    ];

    /// <summary>
    /// UAX #11 defaults for code points EastAsianWidth.txt does not list: the ranges reserved for
    /// CJK ideographs are W, everything else N.
    /// </summary>
    private static readonly DataRange<bool>[] WideDefaults =
    [
        new(0x3400, 0x4DBF, true),
        new(0x4E00, 0x9FFF, true),
        new(0xF900, 0xFAFF, true),
        new(0x20000, 0x2FFFD, true),
        new(0x30000, 0x3FFFD, true),
    ];

    public static CodePointRangeTable Load()
    {
        List<DataRange<CodePointProperties>> lineBreak = Partition(ReadLineBreak(), LineBreakDefaults, default);
        List<DataRange<bool>> wide = Partition(ReadEastAsianWide(), WideDefaults, false);
        return Merge(lineBreak, wide);
    }

    /// <summary>
    /// LB30b needs Extended_Pictographic ∩ Cn. emoji-data.txt (15.0) marks every reserved code
    /// point of U+1F000..1FAFF and U+1FC00..1FFFD as Extended_Pictographic and no reserved code
    /// point elsewhere, so "Cn in these ranges" is that set without shipping emoji-data.txt.
    /// </summary>
    private static bool IsPictographicRange(int codePoint) =>
        codePoint is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x1FC00 and <= 0x1FFFD);

    private static List<DataRange<CodePointProperties>> ReadLineBreak()
    {
        string file = ReadResource("LineBreak.txt");
        var ranges = new List<DataRange<CodePointProperties>>(3600);
        foreach (ReadOnlySpan<char> line in file.AsSpan().EnumerateLines())
        {
            if (!TryParseLine(line, out int first, out int last, out ReadOnlySpan<char> value, out ReadOnlySpan<char> category))
            {
                continue;
            }

            if (!Enum.TryParse(value, out LineBreakClass cls) || !Enum.IsDefined(cls))
            {
                throw new InvalidDataException($"LineBreak.txt: unknown class '{value}'.");
            }

            CodePointTraits traits = category switch
            {
                "Mn" or "Mc" => CodePointTraits.Mark,
                "Cn" when IsPictographicRange(first) => CodePointTraits.UnassignedPictographic,
                _ => CodePointTraits.None,
            };
            ranges.Add(new(first, last, new(cls, traits)));
        }

        return ranges;
    }

    private static List<DataRange<bool>> ReadEastAsianWide()
    {
        string file = ReadResource("EastAsianWidth.txt");
        var ranges = new List<DataRange<bool>>(2600);
        foreach (ReadOnlySpan<char> line in file.AsSpan().EnumerateLines())
        {
            if (TryParseLine(line, out int first, out int last, out ReadOnlySpan<char> value, out _))
            {
                // LB30 excludes East_Asian_Width F, W and H; A, N and Na are not wide.
                ranges.Add(new(first, last, value is "F" or "W" or "H"));
            }
        }

        return ranges;
    }

    /// <summary>
    /// Turns the listed ranges into a gap-free partition of 0..10FFFF, filling gaps from
    /// <paramref name="defaults"/> (sorted, disjoint) or with <paramref name="fallback"/>.
    /// </summary>
    private static List<DataRange<T>> Partition<T>(List<DataRange<T>> listed, DataRange<T>[] defaults, T fallback)
    {
        listed.Sort(static (a, b) => a.First.CompareTo(b.First));
        var result = new List<DataRange<T>>(listed.Count * 2);
        int next = 0;
        foreach (DataRange<T> range in listed)
        {
            if (range.First < next)
            {
                throw new InvalidDataException($"Overlapping Unicode data ranges at U+{range.First:X4}.");
            }

            AddGap(result, next, range.First - 1, defaults, fallback);
            result.Add(range);
            next = range.Last + 1;
        }

        AddGap(result, next, MaxCodePoint, defaults, fallback);
        return result;
    }

    private static void AddGap<T>(List<DataRange<T>> result, int first, int last, DataRange<T>[] defaults, T fallback)
    {
        int cursor = first;
        foreach (DataRange<T> d in defaults)
        {
            if (cursor > last)
            {
                return;
            }

            if (d.Last < cursor || d.First > last)
            {
                continue;
            }

            if (d.First > cursor)
            {
                result.Add(new(cursor, d.First - 1, fallback));
                cursor = d.First;
            }

            int end = Math.Min(d.Last, last);
            result.Add(new(cursor, end, d.Value));
            cursor = end + 1;
        }

        if (cursor <= last)
        {
            result.Add(new(cursor, last, fallback));
        }
    }

    /// <summary>Overlays the East Asian width partition on the Line_Break partition.</summary>
    private static CodePointRangeTable Merge(List<DataRange<CodePointProperties>> lineBreak, List<DataRange<bool>> wide)
    {
        var starts = new List<int>(lineBreak.Count + wide.Count);
        var values = new List<CodePointProperties>(lineBreak.Count + wide.Count);
        int i = 0;
        int j = 0;
        int cursor = 0;
        while (cursor <= MaxCodePoint)
        {
            CodePointProperties lb = lineBreak[i].Value;
            CodePointProperties value = wide[j].Value ? lb with { Traits = lb.Traits | CodePointTraits.EastAsianWide } : lb;
            if (values.Count == 0 || values[^1] != value)
            {
                starts.Add(cursor);
                values.Add(value);
            }

            int end = Math.Min(lineBreak[i].Last, wide[j].Last);
            if (lineBreak[i].Last == end)
            {
                i++;
            }

            if (wide[j].Last == end)
            {
                j++;
            }

            cursor = end + 1;
        }

        return new CodePointRangeTable([.. starts], [.. values]);
    }

    private static string ReadResource(string resourceName)
    {
        using Stream stream = typeof(LineBreakDataLoader).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Splits a UCD data line (UAX #44 format) "XXXX[..YYYY];Value  # Gc  name" into its code
    /// point range, value and the General_Category at the start of the comment. Returns false for
    /// comment and blank lines.
    /// </summary>
    private static bool TryParseLine(
        ReadOnlySpan<char> line,
        out int first,
        out int last,
        out ReadOnlySpan<char> value,
        out ReadOnlySpan<char> category)
    {
        int hash = line.IndexOf('#');
        ReadOnlySpan<char> data = (hash < 0 ? line : line[..hash]).Trim();
        int semicolon = data.IndexOf(';');
        if (semicolon < 0)
        {
            first = last = 0;
            value = category = default;
            return false;
        }

        ReadOnlySpan<char> codePoints = data[..semicolon].Trim();
        int dots = codePoints.IndexOf("..", StringComparison.Ordinal);
        first = ParseHex(dots < 0 ? codePoints : codePoints[..dots]);
        last = dots < 0 ? first : ParseHex(codePoints[(dots + 2)..]);
        value = data[(semicolon + 1)..].Trim();
        category = hash < 0 ? default : FirstWord(line[(hash + 1)..]);
        return true;
    }

    private static int ParseHex(ReadOnlySpan<char> digits) =>
        int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> comment)
    {
        comment = comment.TrimStart();
        int space = comment.IndexOf(' ');
        return space < 0 ? comment : comment[..space];
    }
}
