using System.Buffers.Binary;

namespace Hengnan.Report.Fonts;

/// <summary>Reads a font file's table directory: Skia embeds only glyf TrueType fonts as CID TrueType (CFF becomes Type 3).</summary>
public static class FontFileCheck
{
    public static bool HasGlyfOutlines(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[12];
        if (stream.Read(header) < 12) return false;
        uint version = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (version is not (0x00010000 or 0x74727565)) return false; // 'OTTO' (CFF) and collections are refused
        int tables = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        var records = new byte[tables * 16];
        if (stream.Read(records) < records.Length) return false;
        for (int i = 0; i < tables; i++)
            if (records[i * 16] == 'g' && records[i * 16 + 1] == 'l' && records[i * 16 + 2] == 'y' && records[i * 16 + 3] == 'f') return true;
        return false;
    }
}
