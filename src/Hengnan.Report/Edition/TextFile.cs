using System.Buffers;
using System.Text;

namespace Hengnan.Report.Edition;

/// <summary>
/// Reads an input text file the way office software saves it: UTF-8 with or without BOM, UTF-16
/// (with BOM), or GB18030/GBK (Excel on Chinese Windows). Decoding is strict: a byte sequence that
/// is not text in the file's encoding is an error at its line and column, never a replacement
/// character or a "?". Detection never guesses silently: a file that is not clearly one encoding is
/// an error that says how to name the encoding (<c>--encoding</c>).
/// </summary>
public static class TextFile
{
    private static readonly Encoding Gb = Strict("GB18030");

    private static Encoding Strict(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private enum Kind { Utf8, Utf16Le, Utf16Be, Gb18030, Other }


    /// <summary>Reads and decodes a file; problems go to <paramref name="diagnostics"/> and the result is null.</summary>
    public static string? Read(string path, string file, DiagnosticBag diagnostics, Encoding? forced = null) =>
        Decode(File.ReadAllBytes(path), file, diagnostics, forced);

    /// <summary>Reads and decodes a file; throws <see cref="InvalidDataException"/> with the located problems when it is not text.</summary>
    public static string Read(string path, Encoding? forced = null) => Decode(File.ReadAllBytes(path), forced, path);

    /// <summary>Decodes; throws <see cref="InvalidDataException"/> with the located problems when the bytes are not text.</summary>
    public static string Decode(byte[] bytes, Encoding? forced = null) => Decode(bytes, forced, "text");

    private static string Decode(byte[] bytes, Encoding? forced, string file)
    {
        var bag = new DiagnosticBag();
        return Decode(bytes, file, bag, forced) ?? throw new InvalidDataException(string.Join("\n", bag.Items));
    }

    /// <summary>Decodes strictly; every invalid sequence is an error with its line and column; null when there is any.</summary>
    public static string? Decode(byte[] bytes, string file, DiagnosticBag diagnostics, Encoding? forced = null)
    {
        var (bom, bomLength) = Bom(bytes);
        if (forced is not null)
        {
            var kind = KindOf(forced);
            if (bom is { } b && b != kind && !(IsUtf16(b) && IsUtf16(kind)))
            {
                diagnostics.Error("ENC002", file, 1, 1, Msg.Of("ENC002.mark", Name(b), forced.WebName));
                return null;
            }
            kind = bom ?? kind;
            return kind == Kind.Other ? DecodeOther(bytes, forced, file, diagnostics) : Report(Scan(bytes, bomLength, kind), kind, file, diagnostics);
        }
        if (bom is { } known) return Report(Scan(bytes, bomLength, known), known, file, diagnostics);

        if (LooksLikeUtf16WithoutMark(bytes))
        {
            diagnostics.Error("ENC002", file, 1, 1, Msg.Of("ENC002.utf16"));
            return null;
        }
        var utf8 = Scan(bytes, 0, Kind.Utf8);
        if (utf8.Invalid.Count == 0)
        {
            // Pure ASCII, or characters beyond U+07FF (Chinese, typographic quotes): these byte patterns are UTF-8's own.
            if (utf8.MultiByte == 0 || utf8.Wide) return utf8.Text.ToString();
            // Only two-byte sequences (é, ü, Greek, Cyrillic): GB18030 could read the same bytes as Chinese.
            var other = Scan(bytes, 0, Kind.Gb18030);
            if (other.Invalid.Count > 0) return utf8.Text.ToString();
            diagnostics.Error("ENC002", file, utf8.FirstNonAsciiLine, utf8.FirstNonAsciiColumn, Msg.Of("ENC002.unclear", Excerpt(utf8), Excerpt(other)));
            return null;
        }
        if (utf8.MultiByte >= 4 * utf8.Invalid.Count)
            // Mostly well-formed UTF-8 with a few bad bytes (a damaged or truncated file): reading it as GB18030 would garble all of it.
            return Report(utf8, Kind.Utf8, file, diagnostics);

        var gb = Scan(bytes, 0, Kind.Gb18030);
        // Read as GB18030, Latin-1 text shows rare hanzi before its first invalid pair: the earlier sign is the one to show.
        bool unusualFirst = gb.FirstUnusualLine > 0 && (gb.Invalid.Count == 0 || gb.FirstUnusualOffset < gb.Invalid[0].Offset);
        if (gb.Invalid.Count > 0 && !unusualFirst)
        {
            foreach (var e in gb.Invalid.Take(EditionLimits.MostReportedPerFile))
                diagnostics.Error("ENC001", file, e.Line, e.Column, Msg.Of("ENC001.neither", Hex(bytes, e.Offset, e.Length)));
            More(gb, file, diagnostics);
            return null;
        }
        if (unusualFirst)
        {
            diagnostics.Error("ENC002", file, gb.FirstUnusualLine, gb.FirstUnusualColumn, Msg.Of("ENC002.unusual", gb.FirstUnusual));
            return null;
        }
        return gb.Text.ToString();
    }

    private static string? Report(ScanResult result, Kind kind, string file, DiagnosticBag diagnostics)
    {
        if (result.Invalid.Count == 0) return result.Text.ToString();
        foreach (var e in result.Invalid.Take(EditionLimits.MostReportedPerFile))
            diagnostics.Error("ENC001", file, e.Line, e.Column, Msg.Of("ENC001", Hex(result.Bytes, e.Offset, e.Length), Name(kind), e.Detail));
        More(result, file, diagnostics);
        return null;
    }

    private static void More(ScanResult result, string file, DiagnosticBag diagnostics)
    {
        if (result.Invalid.Count <= EditionLimits.MostReportedPerFile) return;
        var next = result.Invalid[EditionLimits.MostReportedPerFile];
        diagnostics.Error("ENC001", file, next.Line, next.Column, Msg.Of("ENC001.more", result.Invalid.Count - EditionLimits.MostReportedPerFile));
    }

    private static (Kind?, int) Bom(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (Kind.Utf8, 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Kind.Utf16Le, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Kind.Utf16Be, 2);
        return (null, 0);
    }

    private static Kind KindOf(Encoding e) => e.CodePage switch
    {
        65001 => Kind.Utf8,
        1200 => Kind.Utf16Le,
        1201 => Kind.Utf16Be,
        54936 or 936 or 20936 => Kind.Gb18030, // GBK and GB2312 files are GB18030 files
        _ => Kind.Other,
    };

    private static bool IsUtf16(Kind k) => k is Kind.Utf16Le or Kind.Utf16Be;

    private static string Name(Kind k) => k switch
    {
        Kind.Utf8 => "UTF-8",
        Kind.Utf16Le => "UTF-16 (little-endian)",
        Kind.Utf16Be => "UTF-16 (big-endian)",
        Kind.Gb18030 => "GB18030",
        _ => "the named encoding's",
    };

    /// <summary>Many zero bytes, nearly all at even or nearly all at odd offsets: UTF-16 of mostly ASCII text.</summary>
    private static bool LooksLikeUtf16WithoutMark(byte[] b)
    {
        if (b.Length < 2) return false;
        int even = 0, odd = 0;
        for (int i = 0; i < b.Length; i++)
            if (b[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        int pairs = b.Length / 2;
        return Math.Max(even, odd) >= pairs / 4 + 1 && Math.Min(even, odd) * 8 <= Math.Max(even, odd);
    }

    private static string Hex(byte[] bytes, int offset, int length) =>
        string.Join(" ", bytes.Skip(offset).Take(Math.Min(length, 4)).Select(x => x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Excerpt(ScanResult r)
    {
        var text = r.Text.ToString();
        int start = Math.Max(0, r.FirstNonAsciiOffset - 8);
        var piece = text.Substring(start, Math.Min(24, text.Length - start)).ReplaceLineEndings(" ");
        return piece;
    }

    private readonly record struct Invalid(int Offset, int Length, int Line, int Column, string Detail);

    private sealed class ScanResult(byte[] bytes)
    {
        public byte[] Bytes { get; } = bytes;
        public StringBuilder Text { get; } = new();
        public List<Invalid> Invalid { get; } = new();
        public int MultiByte { get; set; }
        public bool Wide { get; set; }
        public int FirstNonAsciiLine, FirstNonAsciiColumn, FirstNonAsciiOffset = -1;
        public int FirstUnusualLine, FirstUnusualColumn, FirstUnusualOffset;
        public string FirstUnusual = "";
    }

    /// <summary>Decodes character by character, keeping the line and column (in characters) of every invalid sequence.</summary>
    private static ScanResult Scan(byte[] bytes, int start, Kind kind)
    {
        var r = new ScanResult(bytes);
        int line = 1, column = 1;
        bool afterCr = false;
        int i = start;
        Span<char> units = stackalloc char[2];
        while (i < bytes.Length)
        {
            // ASCII other than line ends, as most of a file is: one character, nothing to note.
            if (kind is Kind.Utf8 or Kind.Gb18030 && bytes[i] is >= 0x20 and < 0x80)
            {
                r.Text.Append((char)bytes[i]);
                column++;
                afterCr = false;
                i++;
                continue;
            }
            var (rune, consumed, detail, usual) = Next(bytes, i, kind);
            if (rune is not { } value)
            {
                r.Invalid.Add(new Invalid(i, consumed, line, column, detail));
                i += consumed;
                continue;
            }
            if (consumed > 1 && kind == Kind.Utf8)
            {
                r.MultiByte++;
                if (value.Value >= 0x800) r.Wide = true;
            }
            if (value.Value >= 0x80 && r.FirstNonAsciiOffset < 0)
                (r.FirstNonAsciiLine, r.FirstNonAsciiColumn, r.FirstNonAsciiOffset) = (line, column, r.Text.Length);
            if (!usual && r.FirstUnusualLine == 0)
                (r.FirstUnusualLine, r.FirstUnusualColumn, r.FirstUnusualOffset, r.FirstUnusual) = (line, column, i, value.ToString());
            r.Text.Append(units[..value.EncodeToUtf16(units)]);
            if (value.Value == '\r') { line++; column = 1; afterCr = true; }
            else if (value.Value == '\n') { if (!afterCr) { line++; column = 1; } afterCr = false; }
            else { column++; afterCr = false; }
            i += consumed;
        }
        return r;
    }

    /// <summary>The next character, or null and the length of the invalid sequence; "usual" is false for a GB18030 character outside GB2312.</summary>
    private static (Rune?, int, string, bool) Next(byte[] b, int i, Kind kind)
    {
        switch (kind)
        {
            case Kind.Utf8:
            {
                var status = Rune.DecodeFromUtf8(b.AsSpan(i), out var rune, out int consumed);
                if (status == OperationStatus.Done) return (rune, consumed, "", true);
                return (null, Math.Max(1, consumed), status == OperationStatus.NeedMoreData ? " (the file ends in the middle of a character)" : "", true);
            }
            case Kind.Utf16Le:
            case Kind.Utf16Be:
            {
                if (i + 1 >= b.Length) return (null, b.Length - i, " (the file ends in the middle of a character)", true);
                char Unit(int at) => (char)(kind == Kind.Utf16Le ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1]);
                char u = Unit(i);
                if (!char.IsSurrogate(u)) return (new Rune(u), 2, "", true);
                if (char.IsHighSurrogate(u) && i + 3 < b.Length && char.IsLowSurrogate(Unit(i + 2)))
                    return (new Rune(u, Unit(i + 2)), 4, "", true);
                return (null, 2, " (half of a character without its other half)", true);
            }
            case Kind.Gb18030:
            {
                byte first = b[i];
                if (first < 0x80) return (new Rune(first), 1, "", true);
                int length = 0;
                if (first is >= 0x81 and <= 0xFE && i + 1 < b.Length)
                {
                    byte second = b[i + 1];
                    if (second is >= 0x40 and <= 0x7E or >= 0x80 and <= 0xFE) length = 2;
                    else if (second is >= 0x30 and <= 0x39 && i + 3 < b.Length && b[i + 2] is >= 0x81 and <= 0xFE && b[i + 3] is >= 0x30 and <= 0x39) length = 4;
                }
                if (length == 0) return (null, 1, "", true);
                string s;
                try { s = Gb.GetString(b, i, length); }
                catch (DecoderFallbackException) { return (null, length, "", true); }
                if (Rune.DecodeFromUtf16(s, out var rune, out int used) != OperationStatus.Done || used != s.Length) return (null, length, "", true);
                // Symbols (rows A1–A9, with GBK's additions such as the en dash A8 44) and GB2312's hanzi (B0–F7, A1–FE) are what a
                // simplified-Chinese text uses; GBK's extra hanzi and private-use codes are rare, and what Latin-1 text (é = E9) reads as.
                bool usual = length == 2 && (first is >= 0xA1 and <= 0xA9 || first is >= 0xB0 and <= 0xF7 && b[i + 1] >= 0xA1)
                    && !(rune.Value is >= 0xE000 and <= 0xF8FF);
                return (rune, length, "", usual);
            }
            default:
                throw new InvalidOperationException("not a scanned encoding");
        }
    }

    /// <summary>An encoding other than the four read here, named with --encoding: strict, located at the first problem.</summary>
    private static string? DecodeOther(byte[] bytes, Encoding forced, string file, DiagnosticBag diagnostics)
    {
        var strict = Encoding.GetEncoding(forced.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int at = Math.Clamp(e.Index, 0, bytes.Length);
            var before = Encoding.GetEncoding(forced.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetString(bytes, 0, at);
            var lines = KeyValueLine.SplitLines(before);
            diagnostics.Error("ENC001", file, lines.Length, lines[^1].EnumerateRunes().Count() + 1,
                Msg.Of("ENC001.named", forced.WebName));
            return null;
        }
    }
}
