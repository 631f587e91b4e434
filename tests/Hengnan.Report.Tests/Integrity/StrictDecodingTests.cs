using System.Text;
using Hengnan.Report.Edition;
using Hengnan.Report.Tests.Editions;

namespace Hengnan.Report.Tests.Integrity;

/// <summary>Invalid bytes are located errors in every encoding; detection never settles on a wrong encoding silently.</summary>
public sealed class StrictDecodingTests
{
    private static readonly Encoding Gb = GetGb();

    private static Encoding GetGb()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static (string? Text, Diagnostic[] Found) Decode(byte[] bytes, Encoding? forced = null)
    {
        var bag = new DiagnosticBag();
        var text = TextFile.Decode(bytes, "f.txt", bag, forced);
        return (text, bag.Items.ToArray());
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void AnInvalidUtf8ByteIsAnErrorAtItsLineAndColumnNotAReplacementCharacter()
    {
        // Line 2, after three characters: one stray byte in an otherwise UTF-8 Chinese file (too clear to be GB18030).
        byte[] bytes = [.. Utf8("id,label\n中文中"), 0xFF, .. Utf8("文\n地区生产总值，地区生产总值。\n")];
        var (text, found) = Decode(bytes);
        Assert.Null(text);
        var error = Assert.Single(found);
        Assert.Equal(("ENC001", 2, 4), (error.Code, error.Line, error.Column));
        Assert.Contains("FF", error.Message);
        Assert.Contains("UTF-8", error.Message);
        Assert.Throws<InvalidDataException>(() => TextFile.Decode(bytes));
    }

    [Fact]
    public void AFileCutOffInTheMiddleOfACharacterIsLocated()
    {
        var bytes = Utf8("标题：衡南\n第二行");
        var (text, found) = Decode(bytes[..^1]);
        Assert.Null(text);
        var error = Assert.Single(found);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("ends in the middle of a character", error.Message);
    }

    [Fact]
    public void Utf16WithAMarkIsReadStrictlyInBothByteOrders()
    {
        var text = "a\n中𠮷b";
        Assert.Equal(text, Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]).Text);
        Assert.Equal(text, Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]).Text);
        // A lone high surrogate (D800) on line 2, column 2.
        byte[] broken = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\nb"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("c")];
        var (none, found) = Decode(broken);
        Assert.Null(none);
        var error = Assert.Single(found);
        Assert.Equal(("ENC001", 2, 2), (error.Code, error.Line, error.Column));
        Assert.Contains("UTF-16", error.Message);
        // An odd number of bytes: the last one is half a character.
        Assert.Equal("ENC001", Assert.Single(Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab"), 0x41]).Found).Code);
    }

    [Fact]
    public void AnInvalidGb18030SequenceIsLocated()
    {
        // GBK text as Excel saves it, with a lead byte followed by a space (not a GB18030 character) on line 3.
        byte[] bytes = [.. Gb.GetBytes("编号,名称\n地区生产总值,亿元\n衡南"), 0x81, 0x20, .. Gb.GetBytes("县\n")];
        var (text, found) = Decode(bytes);
        Assert.Null(text);
        Assert.Contains(found, d => d.Code == "ENC001" && d.Line == 3 && d.Column == 3);
        // Named explicitly, the same bytes give the same place.
        Assert.Contains(Decode(bytes, Gb).Found, d => d.Code == "ENC001" && d.Line == 3 && d.Column == 3 && d.Message.Contains("GB18030"));
        // And valid GB18030 still reads without being named.
        Assert.Equal("地区生产总值，衡南县“四区一花园”–2020", Decode(Gb.GetBytes("地区生产总值，衡南县“四区一花园”–2020")).Text);
    }

    [Fact]
    public void Latin1TextIsNotReadAsChinese()
    {
        // "Résumé caféine" in Latin-1: not UTF-8, and as GB18030 it would read as rare hanzi.
        var (text, found) = Decode(Encoding.Latin1.GetBytes("title: Résumé caféine\n"));
        Assert.Null(text);
        var error = Assert.Single(found);
        Assert.True(error.Code is "ENC001" or "ENC002", error.ToString());
        Assert.Equal(1, error.Line);
        Assert.Equal(9, error.Column);
    }

    [Fact]
    public void ShortTextThatCouldBeEitherEncodingMustBeNamed()
    {
        // "Café" in UTF-8 (C3 A9) is also a valid GB18030 character: say which, do not guess.
        var bytes = Utf8("label: Café\n");
        var (text, found) = Decode(bytes);
        Assert.Null(text);
        Assert.Equal(("ENC002", 1, 11), (found[0].Code, found[0].Line, found[0].Column));
        Assert.Equal("label: Café\n", Decode(bytes, new UTF8Encoding(false)).Text);
    }

    [Fact]
    public void Utf16WithoutAMarkIsRefusedNotReadAsZeroBytes()
    {
        var (text, found) = Decode(Encoding.Unicode.GetBytes("year: 2021\noutput: x.pdf\n"));
        Assert.Null(text);
        Assert.Equal(("ENC002", 1, 1), (found[0].Code, found[0].Line, found[0].Column));
    }

    [Fact]
    public void ANamedEncodingThatContradictsTheFilesMarkIsAnError()
    {
        var (text, found) = Decode([0xEF, 0xBB, 0xBF, .. Utf8("年份")], Gb);
        Assert.Null(text);
        Assert.Equal("ENC002", Assert.Single(found).Code);
    }

    [Fact]
    public void AnEditionWithABadByteFailsWithTheFileLineAndColumn()
    {
        using var edition = new SmallEdition();
        var outline = Path.Combine(edition.Folder, "outline.txt");
        var lines = File.ReadAllLines(outline);
        // Line 6 (the zh: paragraph), after "zh: 地区": a byte cut from a UTF-8 character.
        File.WriteAllBytes(outline, [.. Utf8(string.Join("\n", lines[..5]) + "\nzh: 地区"), 0xE7, 0x94, .. Utf8(lines[5][7..] + "\n" + string.Join("\n", lines[6..]) + "\n")]);
        var bag = new DiagnosticBag();
        Assert.Null(EditionLoader.Load(edition.Folder, bag));
        var error = Assert.Single(bag.Items);
        Assert.Equal(("ENC001", 6, 7), (error.Code, error.Line, error.Column));
        Assert.EndsWith("outline.txt", error.File);
        Assert.DoesNotContain(bag.Items, d => d.Message.Contains('\uFFFD'));
    }
}
