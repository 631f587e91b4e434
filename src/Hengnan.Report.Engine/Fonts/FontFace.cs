using System.IO.MemoryMappedFiles;
using HarfBuzzSharp;

namespace Hengnan.Report.Fonts;

/// <summary>
/// One font file. Text is shaped (HarfBuzz) against the full font while the document is laid out;
/// every glyph used is recorded, and <see cref="Seal"/> then cuts the font down to those glyphs
/// for embedding. Advances do not change under subsetting, so the layout stays valid.
/// </summary>
public sealed unsafe class FontFace : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly HarfBuzzSharp.Font _font;
    private readonly SortedSet<int> _codePoints = new();
    private readonly HashSet<ushort> _glyphs = new();
    private readonly Dictionary<string, ShapedText> _cache = new(StringComparer.Ordinal);
    private Dictionary<ushort, ushort>? _glyphMap;
    private byte[]? _subset;

    // Ligatures off: Skia's PDF backend maps glyphs back to text through the cmap, and a ligature
    // glyph (fi, fl) has no cmap entry, so "five" would extract and search as "ve".
    private static readonly Feature[] NoLigatures =
        [Feature.Parse("liga=0"), Feature.Parse("clig=0"), Feature.Parse("dlig=0")];

    public FontFace(string name, string path)
    {
        Name = name;
        Path = path;
        // The file is mapped, not read: HarfBuzz's own loader reads all of it into memory (the Chinese faces are
        // 10-15 MB each, 38 MB for the eight), where shaping and subsetting touch only the tables and glyphs used.
        // Shared for reading: the charts open the same files through Skia (Windows would refuse them otherwise).
        _file = MemoryMappedFile.CreateFromFile(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read), null, 0,
            MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* data = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref data);
        long length = new FileInfo(path).Length;
        if (length > int.MaxValue) throw new InvalidDataException($"font file {path} is too large");
        _blob = new Blob((IntPtr)(data + _view.PointerOffset), (int)length, MemoryMode.ReadOnly);
        _face = new Face(_blob, 0);
        UnitsPerEm = _face.UnitsPerEm;
        _font = new HarfBuzzSharp.Font(_face);
        _font.SetScale(UnitsPerEm, UnitsPerEm);
        _font.SetFunctionsOpenType();
        _font.TryGetHorizontalFontExtents(out var extents);
        Ascender = extents.Ascender / (float)UnitsPerEm;
        Descender = -extents.Descender / (float)UnitsPerEm;
        LineGap = extents.LineGap / (float)UnitsPerEm;
    }

    /// <summary>Name used in diagnostics and by chart font resolution.</summary>
    public string Name { get; }
    public string Path { get; }
    public int UnitsPerEm { get; }
    /// <summary>Ascender above the baseline, in em.</summary>
    public float Ascender { get; }
    /// <summary>Descender below the baseline, positive, in em.</summary>
    public float Descender { get; }
    public float LineGap { get; }
    public bool IsSealed => _subset is not null;

    /// <summary>The code points laid out with this face so far.</summary>
    public IReadOnlyCollection<int> CodePoints => _codePoints;

    public bool Covers(int codePoint) => _font.TryGetGlyph((uint)codePoint, out _);

    /// <summary>
    /// Shapes <paramref name="text"/> (one run in this face) and records its glyphs for embedding.
    /// Advances are in em; multiply by the font size.
    /// </summary>
    /// <remarks>Thread-safe: runs of a document laid out in parallel shape with the same faces. HarfBuzz shapes with
    /// one font from several threads at once; the cache and the record of what was set are kept under a lock, and
    /// what they hold does not depend on the order in which texts were shaped.</remarks>
    public ShapedText Shape(string text)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(text, out var cached)) return cached;
            if (IsSealed) throw new InvalidOperationException($"Font {Name} is sealed; text \"{text}\" was laid out after embedding.");
        }
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        _font.Shape(buffer, NoLigatures);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var glyphs = new ushort[infos.Length];
        var clusters = new int[infos.Length];
        var advances = new float[infos.Length];
        var offsetsX = new float[infos.Length];
        var offsetsY = new float[infos.Length];
        float scale = 1f / UnitsPerEm;
        for (int i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance * scale;
            offsetsX[i] = positions[i].XOffset * scale;
            offsetsY[i] = -positions[i].YOffset * scale;
        }
        lock (_cache)
        {
            if (_cache.TryGetValue(text, out var cached)) return cached;
            foreach (var g in glyphs) _glyphs.Add(g);
            for (int i = 0; i < text.Length; i++)
            {
                int cp = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
                _codePoints.Add(cp);
                if (cp > 0xFFFF) i++;
            }
            var shaped = new ShapedText(this, text, glyphs, clusters, advances, offsetsX, offsetsY);
            _cache[text] = shaped;
            return shaped;
        }
    }

    /// <summary>Subsets the font to what was shaped; after this, nothing more can be set in it.</summary>
    public void Seal()
    {
        if (IsSealed) return;
        var (bytes, map) = HarfBuzzSubsetter.Subset(_face, _codePoints, _glyphs);
        _glyphMap = map;
        _subset = bytes;
    }

    /// <summary>The embedded font: a glyf TrueType file holding only the glyphs used.</summary>
    public byte[] SubsetBytes => _subset ?? throw new InvalidOperationException($"Font {Name} is not sealed yet.");

    /// <summary>The glyphs shaped with this face (ids in the full font).</summary>
    public IReadOnlyCollection<ushort> GlyphsUsed => _glyphs;

    /// <summary>The id in the embedded subset of a glyph shaped with the full font.</summary>
    public ushort SubsetGlyph(ushort fullGlyph) =>
        (_glyphMap ?? throw new InvalidOperationException($"Font {Name} is not sealed yet."))[fullGlyph];

    /// <summary>The horizontal advance of a glyph of the full font, in em.</summary>
    public float Advance(ushort fullGlyph) => _font.GetHorizontalGlyphAdvance(fullGlyph) / (float)UnitsPerEm;

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
