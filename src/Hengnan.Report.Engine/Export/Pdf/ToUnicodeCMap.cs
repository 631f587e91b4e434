namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// A ToUnicode CMap (ISO 32000 §9.10.3) for a font shown with two-byte codes: each code (the glyph's
/// id in the subset) maps to the characters its glyph stands for.
/// </summary>
internal static class ToUnicodeCMap
{
    public static byte[] Build(IReadOnlyDictionary<ushort, string> map)
    {
        var codes = new ushort[map.Count];
        int n = 0;
        foreach (var key in map.Keys) codes[n++] = key;
        Array.Sort(codes);

        var b = new PdfBuffer(256 + 24 * codes.Length);
        b.Raw("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"u8)
         .Raw("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"u8)
         .Raw("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"u8)
         .Raw("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"u8);
        for (int start = 0; start < codes.Length; start += 100)
        {
            int count = Math.Min(100, codes.Length - start);
            b.Int(count).Raw(" beginbfchar\n"u8);
            for (int i = start; i < start + count; i++)
            {
                b.Byte((byte)'<').Hex4(codes[i]).Raw("> <"u8);
                foreach (char c in map[codes[i]]) b.Hex4(c);
                b.Raw(">\n"u8);
            }
            b.Raw("endbfchar\n"u8);
        }
        b.Raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"u8);
        return b.ToArray();
    }

    /// <summary>
    /// The text glyph <paramref name="index"/> of a shaped run stands for: the characters from its
    /// cluster to the next cluster (the smallest larger cluster value; the first one after it when the
    /// clusters never decrease). A glyph continuing the cluster of the glyph before it (a mark, a split
    /// vowel) gets null, so the cluster's text extracts once.
    /// </summary>
    public static string? GlyphText(string text, int[] clusters, int index, int count, bool monotonic)
    {
        int start = clusters[index];
        if (start < 0 || start >= text.Length) return null;
        if (index > 0 && clusters[index - 1] == start) return null;
        int end = text.Length;
        if (monotonic)
        {
            for (int j = index + 1; j < count; j++)
                if (clusters[j] > start) { end = clusters[j]; break; }
        }
        else
        {
            for (int j = 0; j < count; j++)
                if (clusters[j] > start && clusters[j] < end) end = clusters[j];
        }
        return text.Substring(start, Math.Min(end, text.Length) - start);
    }
}
