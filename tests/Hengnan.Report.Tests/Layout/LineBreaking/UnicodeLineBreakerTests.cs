using Hengnan.Report.Layout.Text.LineBreaking;

namespace Hengnan.Report.Tests.Layout.LineBreaking;

/// <summary>Shape of the result and a few default-rule cases (synthetic strings).</summary>
public sealed class UnicodeLineBreakerTests
{
    [Fact]
    public void ResultHasOneEntryPerBoundary()
    {
        BreakOpportunity[] breaks = UnicodeLineBreaker.Analyze("ab cd");

        Assert.Equal(6, breaks.Length);
        Assert.Equal(BreakOpportunity.None, breaks[0]); // LB2
        Assert.Equal(BreakOpportunity.Allowed, breaks[3]); // LB18, before "c"
        Assert.Equal(BreakOpportunity.Mandatory, breaks[5]); // LB3
    }

    [Fact]
    public void EmptyTextHasNoBreak()
    {
        Assert.Equal([BreakOpportunity.None], UnicodeLineBreaker.Analyze(string.Empty));
    }

    [Fact]
    public void LowSurrogateIndexIsNeverABreak()
    {
        // U+20000 and U+20001 (CJK Extension B, class ID) are surrogate pairs.
        string text = "\U00020000\U00020001";
        BreakOpportunity[] breaks = UnicodeLineBreaker.Analyze(text);

        Assert.Equal(
            [BreakOpportunity.None, BreakOpportunity.None, BreakOpportunity.Allowed, BreakOpportunity.None, BreakOpportunity.Mandatory],
            breaks);
    }

    [Fact]
    public void LoneSurrogateIsTreatedAsAlphabetic()
    {
        // LB1: SG resolves to AL, so it sticks to neighbouring letters (LB28).
        Assert.Equal("a\uD800b", BreakMarks.Default("a\uD800b"));
    }

    [Theory]
    [InlineData("a\r\nb", "a\r\n!b")] // LB5: CR × LF, then a mandatory break
    [InlineData("a\nb", "a\n!b")]
    [InlineData("a\u2028b", "a\u2028!b")] // LB4: LINE SEPARATOR is BK
    [InlineData("high-tech", "high-|tech")] // LB21 × HY, then LB31 after the hyphen
    [InlineData("Hengnan County", "Hengnan |County")] // LB7 × SP, LB18 SP ÷
    [InlineData("3.5%", "3.5%")] // LB25
    [InlineData("衡南", "衡|南")] // LB31: ID ÷ ID
    [InlineData("县GDP", "县|GDP")] // LB31: ID ÷ AL
    public void DefaultRules(string text, string expected)
    {
        Assert.Equal(expected, BreakMarks.Default(text));
    }

    [Fact]
    public void NullTextIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => UnicodeLineBreaker.Analyze(null!));
    }
}
