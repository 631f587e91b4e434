namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// What building one page's content stream produced: the compressed stream, which resources it
/// uses, the text its glyphs stand for (first mapping on the page wins), its reading-order events
/// (MCIDs from 0) and its link areas. Built independently per page, so pages can be built in parallel.
/// </summary>
internal sealed class PdfPageContent
{
    public PdfPageContent(int fonts, int images, int spots, int forms)
    {
        FormsUsed = new bool[forms];
        FontsUsed = new bool[fonts];
        ImagesUsed = new bool[images];
        SpotsUsed = new bool[spots];
        Unicode = new List<(ushort Cid, string Text)>?[fonts];
    }

    public byte[] Data { get; set; } = [];
    /// <summary>The uncompressed stream length (for diagnostics and tests).</summary>
    public int RawLength { get; set; }
    public bool[] FontsUsed { get; }
    public bool[] ImagesUsed { get; }
    public bool[] SpotsUsed { get; }
    public bool[] FormsUsed { get; }
    /// <summary>Fill (ca) and stroke (CA) opacities used, in thousandths.</summary>
    public SortedSet<int> FillAlphas { get; } = new();
    public SortedSet<int> StrokeAlphas { get; } = new();
    /// <summary>Per font, each glyph code's text the first time the page shows it, in that order.</summary>
    public List<(ushort Cid, string Text)>?[] Unicode { get; }
    public List<PdfMarkEvent> Events { get; } = new();
    public List<PdfLinkArea> Links { get; } = new();
    public int McidCount { get; set; }
    /// <summary>RGB colours were written in the ICCBased sRGB space /CS0 (PDF/X).</summary>
    public bool UsesSrgb { get; set; }
}
