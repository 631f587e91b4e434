using System.Buffers.Binary;
using System.Text;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// What a PDF font descriptor needs from a TrueType file, read from its head, hhea, OS/2, post and
/// name tables. Metrics are in font units; <see cref="Scale"/> converts them to the PDF's 1/1000 em.
/// </summary>
internal sealed record TrueTypeInfo(
    string PostScriptName,
    int UnitsPerEm,
    short XMin, short YMin, short XMax, short YMax,
    short Ascent, short Descent,
    short CapHeight,
    int WeightClass,
    double ItalicAngle,
    bool IsFixedPitch)
{
    public double Scale(double units) => units * 1000.0 / UnitsPerEm;

    /// <summary>Reads the tables; a missing optional table (OS/2, post, name) leaves a sensible default.</summary>
    public static TrueTypeInfo Read(ReadOnlySpan<byte> font, string fallbackName)
    {
        if (font.Length < 12) throw new InvalidDataException("not a TrueType font: too short");
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        int head = -1, hhea = -1, os2 = -1, post = -1, name = -1;
        int os2Length = 0, nameLength = 0;
        for (int i = 0; i < numTables; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            uint tag = BinaryPrimitives.ReadUInt32BigEndian(record);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset < 0 || length < 0 || offset + length > font.Length) throw new InvalidDataException("TrueType table outside the file");
            switch (tag)
            {
                case 0x68656164: head = offset; break;                        // 'head'
                case 0x68686561: hhea = offset; break;                        // 'hhea'
                case 0x4F532F32: os2 = offset; os2Length = length; break;     // 'OS/2'
                case 0x706F7374: post = offset; break;                        // 'post'
                case 0x6E616D65: name = offset; nameLength = length; break;   // 'name'
            }
        }
        if (head < 0 || hhea < 0) throw new InvalidDataException("TrueType font without head or hhea table");

        int upem = BinaryPrimitives.ReadUInt16BigEndian(font[(head + 18)..]);
        short xMin = S16(font, head + 36), yMin = S16(font, head + 38), xMax = S16(font, head + 40), yMax = S16(font, head + 42);
        short ascent = S16(font, hhea + 4), descent = S16(font, hhea + 6);

        int weight = 400;
        short capHeight = (short)(ascent * 0.7);
        if (os2 >= 0)
        {
            int version = BinaryPrimitives.ReadUInt16BigEndian(font[os2..]);
            weight = BinaryPrimitives.ReadUInt16BigEndian(font[(os2 + 4)..]);
            if (version >= 2 && os2Length >= 90) capHeight = S16(font, os2 + 88);
        }
        double italic = 0;
        bool fixedPitch = false;
        if (post >= 0)
        {
            italic = BinaryPrimitives.ReadInt32BigEndian(font[(post + 4)..]) / 65536.0;
            fixedPitch = BinaryPrimitives.ReadUInt32BigEndian(font[(post + 12)..]) != 0;
        }
        string? psName = name >= 0 ? ReadPostScriptName(font.Slice(name, nameLength)) : null;
        return new TrueTypeInfo(Sanitize(psName, fallbackName), upem == 0 ? 1000 : upem,
            xMin, yMin, xMax, yMax, ascent, descent, capHeight, weight, italic, fixedPitch);
    }

    private static short S16(ReadOnlySpan<byte> font, int at) => BinaryPrimitives.ReadInt16BigEndian(font[at..]);

    /// <summary>Name id 6, preferring the Windows (UTF-16BE) record over the Macintosh one.</summary>
    private static string? ReadPostScriptName(ReadOnlySpan<byte> table)
    {
        if (table.Length < 6) return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        int strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        string? mac = null;
        for (int i = 0; i < count; i++)
        {
            int at = 6 + 12 * i;
            if (at + 12 > table.Length) break;
            int platform = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
            int nameId = BinaryPrimitives.ReadUInt16BigEndian(table[(at + 6)..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(table[(at + 8)..]);
            int offset = BinaryPrimitives.ReadUInt16BigEndian(table[(at + 10)..]);
            if (nameId != 6 || strings + offset + length > table.Length) continue;
            var bytes = table.Slice(strings + offset, length);
            if (platform is 0 or 3) return Encoding.BigEndianUnicode.GetString(bytes);
            if (platform == 1) mac ??= Encoding.Latin1.GetString(bytes);
        }
        return mac;
    }

    /// <summary>A PostScript name is printable ASCII without blanks or PDF delimiters.</summary>
    private static string Sanitize(string? name, string fallback)
    {
        var sb = new StringBuilder();
        foreach (char c in string.IsNullOrWhiteSpace(name) ? fallback : name)
            if (c is > ' ' and <= '~' and not ('(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '/' or '%' or '#'))
                sb.Append(c);
        return sb.Length == 0 ? "Font" : sb.ToString();
    }
}
