using System.Text;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// A growable byte buffer with PDF token writers: numbers (invariant, at most 3 decimals, trailing
/// zeros trimmed, never an exponent), names, references, text strings, hex strings and glyph codes (two bytes in a literal string).
/// Used for content streams and for object bodies alike; every method returns the buffer.
/// </summary>
internal sealed class PdfBuffer
{
    private byte[] _data;
    private int _length;

    public PdfBuffer(int capacity = 4096) => _data = new byte[Math.Max(16, capacity)];

    public int Length => _length;
    public int Capacity => _data.Length;
    public ReadOnlySpan<byte> Span => _data.AsSpan(0, _length);
    public byte[] ToArray() => Span.ToArray();
    public void Clear() => _length = 0;

    private Span<byte> Grow(int count)
    {
        if (_length + count > _data.Length)
            Array.Resize(ref _data, Math.Max(_data.Length * 2, _length + count));
        var span = _data.AsSpan(_length, count);
        _length += count;
        return span;
    }

    public PdfBuffer Byte(byte b)
    {
        if (_length == _data.Length) Array.Resize(ref _data, _data.Length * 2);
        _data[_length++] = b;
        return this;
    }

    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Grow(bytes.Length));
        return this;
    }

    /// <summary>Writes characters known to be ASCII (operators, keys, XMP-free syntax).</summary>
    public PdfBuffer Ascii(string text)
    {
        var span = Grow(text.Length);
        for (int i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        return this;
    }

    public PdfBuffer Space() => Byte((byte)' ');
    public PdfBuffer Line() => Byte((byte)'\n');

    public PdfBuffer Int(long value)
    {
        if (value < 0) { Byte((byte)'-'); value = -value; }
        Span<byte> digits = stackalloc byte[20];
        int n = 0;
        do { digits[n++] = (byte)('0' + value % 10); value /= 10; } while (value != 0);
        var span = Grow(n);
        for (int i = 0; i < n; i++) span[i] = digits[n - 1 - i];
        return this;
    }

    /// <summary>The value rounded to 3 decimals, as the reader will see it.</summary>
    public static double Round3(double value) => Math.Round(value * 1000, MidpointRounding.AwayFromZero) / 1000;

    /// <summary>A real number: invariant, at most 3 decimals, trailing zeros trimmed, no exponent, no "-0".</summary>
    public PdfBuffer Num(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(nameof(value), "PDF numbers are finite");
        long scaled = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (scaled < 0) { Byte((byte)'-'); scaled = -scaled; }
        Int(scaled / 1000);
        int frac = (int)(scaled % 1000);
        if (frac != 0)
        {
            Byte((byte)'.');
            Byte((byte)('0' + frac / 100));
            if (frac % 100 != 0)
            {
                Byte((byte)('0' + frac / 10 % 10));
                if (frac % 10 != 0) Byte((byte)('0' + frac % 10));
            }
        }
        return this;
    }

    /// <summary>A name object: '/' and the name, with delimiters, blanks and non-ASCII bytes written as #xx (UTF-8).</summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            if (b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'%' or (byte)'(' or (byte)')'
                or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}')
            {
                Byte((byte)'#');
                Hex(b);
            }
            else Byte(b);
        }
        return this;
    }

    /// <summary>An indirect reference "n 0 R".</summary>
    public PdfBuffer Ref(int objectNumber) => Int(objectNumber).Raw(" 0 R"u8);

    public PdfBuffer Hex(byte b)
    {
        var span = Grow(2);
        span[0] = HexDigit(b >> 4);
        span[1] = HexDigit(b & 15);
        return this;
    }

    /// <summary>Four hex digits: a two-byte glyph code.</summary>
    public PdfBuffer Hex4(ushort value)
    {
        var span = Grow(4);
        span[0] = HexDigit(value >> 12);
        span[1] = HexDigit((value >> 8) & 15);
        span[2] = HexDigit((value >> 4) & 15);
        span[3] = HexDigit(value & 15);
        return this;
    }

    /// <summary>
    /// A two-byte glyph code inside a literal string: the bytes as they are, with the string's delimiters and the
    /// backslash escaped, and line ends written as escapes so that nothing on the way can change them (ISO 32000
    /// §7.3.4.2). Half the bytes of hex: the page content is made and compressed about twice as fast, and smaller.
    /// </summary>
    public PdfBuffer Code2(ushort value)
    {
        LiteralByte((byte)(value >> 8));
        return LiteralByte((byte)value);
    }

    private PdfBuffer LiteralByte(byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                var span = Grow(2);
                span[0] = (byte)'\\';
                span[1] = b;
                return this;
            case (byte)'\r': return Raw("\\r"u8);
            case (byte)'\n': return Raw("\\n"u8);
            default: return Byte(b);
        }
    }

    private static byte HexDigit(int v) => (byte)(v < 10 ? '0' + v : 'A' + v - 10);

    /// <summary>
    /// A text string (ISO 32000 §7.9.2.2): printable ASCII as a literal string, anything else as
    /// UTF-16BE with a byte order mark, in hex.
    /// </summary>
    public PdfBuffer TextString(string text)
    {
        bool ascii = true;
        foreach (char c in text)
            if (c is < ' ' or > '~') { ascii = false; break; }
        if (ascii)
        {
            Byte((byte)'(');
            foreach (char c in text)
            {
                if (c is '(' or ')' or '\\') Byte((byte)'\\');
                Byte((byte)c);
            }
            return Byte((byte)')');
        }
        Raw("<FEFF"u8);
        foreach (char c in text) Hex4(c);
        return Byte((byte)'>');
    }

    /// <summary>A byte string in hex (file identifiers).</summary>
    public PdfBuffer HexString(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'<');
        foreach (byte b in bytes) Hex(b);
        return Byte((byte)'>');
    }
}
