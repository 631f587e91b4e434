using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Hengnan.Report.Tests.Properties;

/// <summary>
/// Generators of hostile input for the edition readers: random text from an alphabet of the characters and
/// tokens the formats care about, random bytes (and encoded text with its bytes damaged), and the sample
/// edition's files with a few random mutations.
/// </summary>
public static class InputGen
{
    private static readonly string[] Pieces =
    [
        "a", "z", "gdp", "_", "0", "1", "9", "2015", "2020", "2200", "1899", "99999999999999999999999999999", "-", ".", "..", ",", ",,", "\"", "\"\"",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\0", "\u0007", "\u007F", "\u0085", "#", ":", "：", "|", "=", "@", "{", "}", "[", "]", "(", ")", "+", "%",
        "中", "文", "亿元", "名", "家", "%", "万户", "斤/亩", "０", "１", "．", "％", "，", "e\u0301", "\u0301", "𠮷", "\uD800", "\uDC00", "\uFFFD", "\uFFFE",
        "\uFDD0", "\uFEFF", "\u200B", "“", "”", "—",
        "zh:", "en:", "title:", "kpi:", "chart:", "[section economy]", "[section ", "[numbers]", "[review]", "[photo ", "[intro]", "[closing]", "[credits]",
        "{gdp@2020}", "{gdp@2015..2020:change%}", "{gdp@2015..2020:cagr.2}", "{gdp@2015..2020:times}", "{industry_tertiary@2020:share(industry_primary+industry_secondary+industry_tertiary)}",
        "{440%=gdp@2015..2020:change%}", "{page:economy}", ":number", ":share(", "compare gdp 2015 2020", "donut 2020 a b", "bars 2020 gdp gdp",
        "year: ", "font.serif-zh: ", "output: x.pdf", "color.primary: ", "paper: ", "date: 2021-01-01", "../", "/etc/passwd", "photos/",
        "id,section,year,value,unit,label_zh,label_en,source", "1e30", "0.0000001", "-0", "1,234.5",
    ];

    public static Gen<string> Text { get; } =
        Gen.Sized(size => Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)));

    /// <summary>Any string FsCheck makes (arbitrary UTF-16, lone surrogates included), or text from the alphabet above.</summary>
    public static Gen<string> AnyText { get; } =
        Gen.Frequency((1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")), (3, Text));

    private static readonly Encoding[] Encodings = MakeEncodings();

    private static Encoding[] MakeEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return [new UTF8Encoding(false), Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.GetEncoding("GB18030"), Encoding.Latin1];
    }

    private static readonly byte[][] Marks = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]];

    /// <summary>Random bytes, or text encoded in one of the supported encodings (or Latin-1), a mark or none in front, some bytes changed.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.Frequency(
        (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
        (3, from text in Text
            from encoding in Gen.Elements(Encodings)
            from mark in Gen.Elements(Marks)
            from flips in Gen.ListOf(Gen.Two(Gen.Choose(0, 1 << 20)).Select(t => (t.Item1, (byte)t.Item2)))
            from cut in Gen.Choose(0, 8)
            select Damage([.. mark, .. encoding.GetBytes(text.Replace("\uD800", "").Replace("\uDC00", ""))], flips, cut)));

    private static byte[] Damage(byte[] bytes, IEnumerable<(int At, byte Value)> flips, int cut)
    {
        if (bytes.Length == 0) return bytes;
        foreach (var (at, value) in flips.Take(3)) bytes[at % bytes.Length] = value;
        return cut == 0 ? bytes[..^Math.Min(1, bytes.Length)] : bytes;
    }

    /// <summary>A valid text with one to five random edits: spans deleted, pieces inserted, lines duplicated or swapped, the end cut off.</summary>
    public static Gen<string> Mutated(string valid)
    {
        var edit = Gen.Choose(0, 4).SelectMany(kind => Gen.Two(Gen.Choose(0, Math.Max(0, valid.Length))).SelectMany(pos =>
            Gen.Elements(Pieces).Select(piece => (Func<string, string>)(text =>
            {
                int a = Math.Min(pos.Item1, text.Length), b = Math.Min(pos.Item2, text.Length);
                if (a > b) (a, b) = (b, a);
                switch (kind)
                {
                    case 0: return text[..a] + text[Math.Min(text.Length, a + (b - a) % 40)..];
                    case 1: return text[..a] + piece + text[a..];
                    case 2:
                    {
                        var lines = text.Split('\n').ToList();
                        if (lines.Count < 2) return text + piece;
                        int i = a % lines.Count, j = b % lines.Count;
                        (lines[i], lines[j]) = (lines[j], lines[i]);
                        return string.Join('\n', lines);
                    }
                    case 3:
                    {
                        var lines = text.Split('\n').ToList();
                        lines.Insert(b % (lines.Count + 1), lines[a % lines.Count]);
                        return string.Join('\n', lines);
                    }
                    default: return text[..b];
                }
            }))));
        return Gen.NonEmptyListOf(edit).Select(edits => edits.Take(5).Aggregate(valid, (t, e) => e(t)));
    }
}
