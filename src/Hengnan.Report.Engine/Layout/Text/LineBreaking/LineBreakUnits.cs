using System.Buffers;

namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// A text decoded into code points with their line breaking classes, already resolved per
/// UAX #14 LB1. Working arrays come from the shared array pool; dispose to return them.
/// </summary>
internal sealed class LineBreakUnits : IDisposable
{
    private LineBreakUnits(int count, int[] offsets, LineBreakClass[] classes, CodePointTraits[] traits)
    {
        Count = count;
        Offsets = offsets;
        Classes = classes;
        Traits = traits;
    }

    /// <summary>Number of code points.</summary>
    public int Count { get; }

    /// <summary>UTF-16 index of each code point (arrays are pooled: only the first Count are valid).</summary>
    public int[] Offsets { get; }

    /// <summary>Line_Break class of each code point after LB1; tailorings may re-class them.</summary>
    public LineBreakClass[] Classes { get; }

    /// <summary>Traits of each code point.</summary>
    public CodePointTraits[] Traits { get; }

    public static LineBreakUnits Decode(ReadOnlySpan<char> text)
    {
        CodePointRangeTable table = LineBreakClassTable.Data;
        int capacity = Math.Max(text.Length, 1);
        int[] offsets = ArrayPool<int>.Shared.Rent(capacity);
        LineBreakClass[] classes = ArrayPool<LineBreakClass>.Shared.Rent(capacity);
        CodePointTraits[] traits = ArrayPool<CodePointTraits>.Shared.Rent(capacity);
        int count = 0;
        int hint = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int offset = i;
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            // A lone surrogate looks itself up: LineBreak.txt lists D800..DFFF as SG.
            CodePointProperties properties = table.Lookup(codePoint, ref hint);
            offsets[count] = offset;
            classes[count] = ResolveLb1(properties);
            traits[count] = properties.Traits;
            count++;
        }

        return new LineBreakUnits(count, offsets, classes, traits);
    }

    /// <summary>
    /// UAX #14 LB1: AI, SG and XX resolve to AL (no East Asian context is assumed by the default
    /// algorithm); SA resolves to CM for marks (Mn, Mc) and to AL otherwise (no dictionary-based
    /// South East Asian segmentation); CJ resolves to NS (the "strict" Japanese choice, which is
    /// also what the conformance tests expect).
    /// </summary>
    private static LineBreakClass ResolveLb1(CodePointProperties properties) => properties.Class switch
    {
        LineBreakClass.AI or LineBreakClass.SG or LineBreakClass.XX => LineBreakClass.AL,
        LineBreakClass.SA => (properties.Traits & CodePointTraits.Mark) != 0 ? LineBreakClass.CM : LineBreakClass.AL,
        LineBreakClass.CJ => LineBreakClass.NS,
        var other => other,
    };

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(Offsets);
        ArrayPool<LineBreakClass>.Shared.Return(Classes);
        ArrayPool<CodePointTraits>.Shared.Return(Traits);
    }
}
