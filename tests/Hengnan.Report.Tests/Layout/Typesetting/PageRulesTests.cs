using Hengnan.Report.Content;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;
using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Tests.Layout.Typesetting;

/// <summary>Widows, orphans, keep-with-next and keep-together as rules of the layout protocol (synthetic content).</summary>
public sealed class PageRulesTests(TypesettingFonts fonts) : IClassFixture<TypesettingFonts>
{
    private const float Leading = 18;

    /// <summary>A Chinese paragraph of exactly <paramref name="lines"/> full lines in a 10 em (100 pt) column.</summary>
    private Paragraph Lines(int lines) =>
        new([new TextSpan(new string('国', lines * 10 - 2) + "家。", fonts.SerifZh)], new ParagraphStyle(Language.Zh, TextAlign.Justify, 0, Leading));

    private static LayoutResult Lay(Element e, float height, bool top = false) =>
        e.Layout(new LayoutContext { AtRegionTop = top }, 100, height);

    [Fact]
    public void TheSyntheticParagraphHasTheLinesItSays()
    {
        var r = Lay(Lines(5), 1000);
        Assert.Equal(Fit.Full, r.Fit);
        Assert.Equal(5 * Leading, r.Height);
    }

    [Fact]
    public void NoOrphan_ASingleFirstLineIsNotLeftAtTheBottom()
    {
        var r = Lay(Lines(5), Leading * 1.5f);
        Assert.Equal(Fit.None, r.Fit);
    }

    [Fact]
    public void NoWidow_ASingleLastLineIsNotCarriedOver()
    {
        // Room for 4 of 5 lines: only 3 stay, so that 2 go to the next page together.
        var r = Lay(Lines(5), Leading * 4.2f);
        Assert.Equal(Fit.Partial, r.Fit);
        Assert.Equal(3 * Leading, r.Height);
        var rest = Lay(r.Remainder!, 1000, top: true);
        Assert.Equal(2 * Leading, rest.Height);
    }

    [Fact]
    public void AThreeLineParagraphMovesWhole()
    {
        // Two lines would fit, but that would leave one alone on the next page.
        var r = Lay(Lines(3), Leading * 2.5f);
        Assert.Equal(Fit.None, r.Fit);
    }

    [Fact]
    public void AHeadingStaysWithAtLeastTwoLinesOfWhatFollows()
    {
        var heading = new Stack([Lines(1)]) { KeepWithNext = true };
        var doc = new Stack([Lines(4), heading, new Spacer(6), Lines(6)]);
        // Room for the first paragraph, the heading, the space and one line: the heading must move.
        var r = Lay(doc, Leading * 6 + 6 + 2, top: true);
        Assert.Equal(Fit.Partial, r.Fit);
        Assert.Equal(4 * Leading, r.Height);
        // With room for two lines after it, it stays.
        var r2 = Lay(doc, Leading * 7 + 6 + 2, top: true);
        Assert.Equal(Leading * 7 + 6, r2.Height);
    }

    [Fact]
    public void AKeptGroupIsNeverSplit()
    {
        var group = new KeepTogether(new Stack([Lines(2), Lines(2), Lines(2)]));
        var doc = new Stack([Lines(2), group]);
        var r = Lay(doc, Leading * 6, top: true);
        Assert.Equal(Fit.Partial, r.Fit);
        Assert.Equal(2 * Leading, r.Height);
        Assert.Equal(Fit.Full, Lay(r.Remainder!, Leading * 6, top: true).Fit);
    }

    [Fact]
    public void ATooTallFixedBoxIsReportedNotClipped()
    {
        var context = new LayoutContext { AtRegionTop = true };
        new FixedBox(500, [], "test figure").Layout(context, 100, 300);
        Assert.Contains(context.Problems, p => p.Message.Contains("test figure"));
    }
}
