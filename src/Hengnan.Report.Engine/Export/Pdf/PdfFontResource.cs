using Hengnan.Report.Fonts;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// One embedded face: a Type0 font with Identity-H encoding over a CIDFontType2 whose CIDs are the
/// glyph ids of the subset (CIDToGIDMap /Identity). Glyph widths come from the full font's advances
/// (which subsetting keeps), rounded to what /W says, so content streams position against the same numbers.
/// </summary>
internal sealed class PdfFontResource
{
    private readonly int[] _subsetOf;
    private readonly double[] _widthOf;
    private readonly ushort[] _usedSorted;
    private byte[]? _fontFile;

    public PdfFontResource(FontFace face, int index)
    {
        Face = face;
        Index = index;
        ResourceName = "F" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        face.Seal();
        Info = TrueTypeInfo.Read(face.SubsetBytes, face.Name);

        _usedSorted = new ushort[face.GlyphsUsed.Count];
        int n = 0, max = 0;
        foreach (var g in face.GlyphsUsed) { _usedSorted[n++] = g; max = Math.Max(max, g); }
        Array.Sort(_usedSorted);
        _subsetOf = new int[max + 1];
        Array.Fill(_subsetOf, -1);
        _widthOf = new double[max + 1];
        foreach (var g in _usedSorted)
        {
            _subsetOf[g] = face.SubsetGlyph(g);
            _widthOf[g] = PdfBuffer.Round3(face.Advance(g) * 1000.0);
        }
        Tag = SubsetTag.From(Info.PostScriptName, _usedSorted);
    }

    public FontFace Face { get; }
    public int Index { get; }
    /// <summary>The name in page resources: F1, F2, … in order of first use.</summary>
    public string ResourceName { get; }
    public TrueTypeInfo Info { get; }
    public string Tag { get; }
    public string BaseFont => Tag + "+" + Info.PostScriptName;

    /// <summary>Subset glyph id → text, merged from the pages in order (the first mapping of a glyph wins).</summary>
    public Dictionary<ushort, string> ToUnicode { get; } = new();

    /// <summary>The glyph's id in the subset and its width in 1/1000 em; throws for a glyph never shaped with this face.</summary>
    public ushort Map(ushort fullGlyph, out double width)
    {
        if (fullGlyph >= _subsetOf.Length || _subsetOf[fullGlyph] < 0)
            throw new InvalidOperationException($"Glyph {fullGlyph} was not shaped with font {Face.Name}, so it is not in its subset.");
        width = _widthOf[fullGlyph];
        return (ushort)_subsetOf[fullGlyph];
    }

    /// <summary>Compresses the font program (thread-safe; run in the parallel phase).</summary>
    public void Encode() => _fontFile = Flate.Compress(Face.SubsetBytes);

    public const int ObjectCount = 5;
    private const int DefaultWidth = 1000;

    /// <summary>Writes the five objects from <paramref name="first"/>: Type0, CIDFont, descriptor, FontFile2, ToUnicode.</summary>
    public void Write(PdfObjectWriter w, int first)
    {
        int type0 = first, cid = first + 1, descriptor = first + 2, file = first + 3, toUnicode = first + 4;
        var b = w.Begin(type0);
        b.Raw("<< /Type /Font /Subtype /Type0 /BaseFont "u8).Name(BaseFont)
         .Raw(" /Encoding /Identity-H /DescendantFonts ["u8).Ref(cid).Raw("] /ToUnicode "u8).Ref(toUnicode).Raw(" >>"u8);
        w.End();

        b = w.Begin(cid);
        b.Raw("<< /Type /Font /Subtype /CIDFontType2 /BaseFont "u8).Name(BaseFont)
         .Raw(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "u8).Ref(descriptor)
         .Raw(" /CIDToGIDMap /Identity /DW "u8).Int(DefaultWidth).Raw(" /W "u8);
        WriteWidths(b);
        b.Raw(" >>"u8);
        w.End();

        var info = Info;
        int flags = 4 | (info.IsFixedPitch ? 1 : 0) | (info.ItalicAngle != 0 ? 64 : 0);
        double stemV = 50 + Math.Pow(info.WeightClass / 65.0, 2);
        b = w.Begin(descriptor);
        b.Raw("<< /Type /FontDescriptor /FontName "u8).Name(BaseFont)
         .Raw(" /Flags "u8).Int(flags)
         .Raw(" /FontBBox ["u8).Num(info.Scale(info.XMin)).Space().Num(info.Scale(info.YMin)).Space()
         .Num(info.Scale(info.XMax)).Space().Num(info.Scale(info.YMax))
         .Raw("] /ItalicAngle "u8).Num(info.ItalicAngle)
         .Raw(" /Ascent "u8).Num(info.Scale(info.Ascent))
         .Raw(" /Descent "u8).Num(info.Scale(info.Descent))
         .Raw(" /CapHeight "u8).Num(info.Scale(info.CapHeight))
         .Raw(" /StemV "u8).Num(Math.Round(stemV))
         .Raw(" /FontFile2 "u8).Ref(file).Raw(" >>"u8);
        w.End();

        var program = _fontFile ?? throw new InvalidOperationException("font program not encoded");
        var dict = new PdfBuffer(64).Raw(" /Filter /FlateDecode /Length1 "u8).Int(Face.SubsetBytes.Length);
        w.Stream(file, dict.Span, program);

        var cmap = Flate.Compress(ToUnicodeCMap.Build(ToUnicode));
        w.Stream(toUnicode, " /Filter /FlateDecode"u8, cmap);
    }

    /// <summary>/W: runs of consecutive CIDs as "first [w w w]"; glyphs of the default width (/DW 1000) are left out.</summary>
    private void WriteWidths(PdfBuffer b)
    {
        var pairs = new List<(ushort Cid, double Width)>(_usedSorted.Length);
        foreach (var g in _usedSorted)
            if (_widthOf[g] != DefaultWidth) pairs.Add(((ushort)_subsetOf[g], _widthOf[g]));
        pairs.Sort(static (a, c) => a.Cid.CompareTo(c.Cid));
        b.Byte((byte)'[');
        for (int i = 0; i < pairs.Count;)
        {
            int j = i + 1;
            while (j < pairs.Count && pairs[j].Cid == pairs[j - 1].Cid + 1) j++;
            if (i > 0) b.Space();
            b.Int(pairs[i].Cid).Raw(" ["u8);
            for (int k = i; k < j; k++)
            {
                if (k > i) b.Space();
                b.Num(pairs[k].Width);
            }
            b.Byte((byte)']');
            i = j;
        }
        b.Byte((byte)']');
    }
}
