using System.Text;
using Hengnan.Report.Export.Pdf;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfBufferTests
{
    private static string Of(Action<PdfBuffer> write)
    {
        var b = new PdfBuffer(4);
        write(b);
        return Encoding.Latin1.GetString(b.Span);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(100, "100")]
    [InlineData(0.1f, "0.1")]
    [InlineData(1.23456, "1.235")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(-0.0004, "0")]
    [InlineData(841.8898, "841.89")]
    [InlineData(1e-9, "0")]
    [InlineData(12345678.9, "12345678.9")]
    [InlineData(0.05, "0.05")]
    [InlineData(-0.007, "-0.007")]
    public void Numbers_are_invariant_with_at_most_three_decimals(double value, string expected) =>
        Assert.Equal(expected, Of(b => b.Num(value)));

    [Fact]
    public void Names_escape_delimiters_blanks_and_non_ascii() =>
        Assert.Equal("/PANTONE#20186#20C/A#23B#2F/#E7#BA#A2", Of(b => b.Name("PANTONE 186 C").Name("A#B/").Name("红")));

    [Fact]
    public void Text_strings_are_literal_when_ascii_and_utf16_with_bom_otherwise()
    {
        Assert.Equal(@"(a \(b\) \\c)", Of(b => b.TextString(@"a (b) \c")));
        Assert.Equal("<FEFF8861005A>", Of(b => b.TextString("衡Z")));
    }

    [Fact]
    public void Glyph_codes_are_literal_bytes_with_delimiters_backslash_and_line_ends_escaped()
    {
        Assert.Equal("\u0000A\u0001\u00ff", Of(b => b.Code2(0x0041).Code2(0x01FF)));
        // ( ) \ CR LF NUL: the first five escaped, NUL as it is.
        Assert.Equal("\\(\\)\\\\\\r\\n\0", Of(b => b.Code2(0x2829).Code2(0x5C0D).Code2(0x0A00)));
    }

    [Fact]
    public void Grows_past_its_capacity()
    {
        var b = new PdfBuffer(16);
        for (int i = 0; i < 1000; i++) b.Int(i).Space();
        Assert.StartsWith("0 1 2 3", Encoding.ASCII.GetString(b.Span));
        Assert.EndsWith("998 999 ", Encoding.ASCII.GetString(b.Span));
    }
}
