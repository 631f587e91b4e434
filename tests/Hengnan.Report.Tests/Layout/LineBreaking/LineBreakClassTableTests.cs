using Hengnan.Report.Layout.Text.LineBreaking;

namespace Hengnan.Report.Tests.Layout.LineBreaking;

public sealed class LineBreakClassTableTests
{
    [Theory]
    [InlineData(0x0041, LineBreakClass.AL)] // A
    [InlineData(0x0030, LineBreakClass.NU)] // 0
    [InlineData(0x4E00, LineBreakClass.ID)] // 一
    [InlineData(0x3001, LineBreakClass.CL)] // 、
    [InlineData(0xFF1A, LineBreakClass.NS)] // ：
    [InlineData(0x201C, LineBreakClass.QU)] // “
    [InlineData(0x2014, LineBreakClass.B2)] // —
    [InlineData(0x2026, LineBreakClass.IN)] // …
    [InlineData(0x00B7, LineBreakClass.AI)] // ·
    [InlineData(0x0E01, LineBreakClass.SA)] // Thai KO KAI
    [InlineData(0xD800, LineBreakClass.SG)] // surrogate code point
    [InlineData(0x20000, LineBreakClass.ID)] // Plane 2 ideograph
    [InlineData(0x2FFFD, LineBreakClass.ID)] // reserved in Plane 2: default ID
    [InlineData(0x1FFFD, LineBreakClass.ID)] // reserved pictographic: default ID
    [InlineData(0x20CF, LineBreakClass.PR)] // reserved currency symbol: default PR
    [InlineData(0xE0080, LineBreakClass.XX)] // reserved elsewhere: XX
    [InlineData(0x10FFFF, LineBreakClass.XX)]
    [InlineData(0x1F1E6, LineBreakClass.RI)] // regional indicator A
    [InlineData(0x1F466, LineBreakClass.EB)] // BOY
    [InlineData(0x1F3FB, LineBreakClass.EM)] // skin tone modifier
    public void ResolvesClassOfCodePoint(int codePoint, LineBreakClass expected)
    {
        Assert.Equal(expected, LineBreakClassTable.GetClass(codePoint));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0x110000)]
    public void RejectsValuesOutsideTheCodeSpace(int codePoint)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LineBreakClassTable.GetClass(codePoint));
    }

    [Fact]
    public void TableIsCompact()
    {
        // Runs of code points with equal class and traits are merged into one range.
        Assert.InRange(LineBreakClassTable.Data.RangeCount, 1000, 8000);
    }
}
