using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The six capital letters before a subset font's name (ISO 32000 §9.6.4), derived from a hash of
/// the font's name and its glyph set: the same subset always gets the same tag, a different glyph set
/// (almost surely) a different one.
/// </summary>
internal static class SubsetTag
{
    public static string From(string postScriptName, IReadOnlyCollection<ushort> glyphs)
    {
        var sorted = new ushort[glyphs.Count];
        int n = 0;
        foreach (var g in glyphs) sorted[n++] = g;
        Array.Sort(sorted);
        var bytes = new byte[Encoding.UTF8.GetByteCount(postScriptName) + 1 + 2 * sorted.Length];
        int at = Encoding.UTF8.GetBytes(postScriptName, bytes);
        bytes[at++] = 0;
        foreach (var g in sorted) { BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), g); at += 2; }
        var hash = SHA256.HashData(bytes);
        ulong v = BinaryPrimitives.ReadUInt64BigEndian(hash);
        Span<char> tag = stackalloc char[6];
        for (int i = 0; i < 6; i++) { tag[i] = (char)('A' + (int)(v % 26)); v /= 26; }
        return new string(tag);
    }
}
