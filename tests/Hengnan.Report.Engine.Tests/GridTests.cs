using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;

namespace Hengnan.Report.Engine.Tests;

public sealed class GridTests
{
    private static Element Box() => new Rule(20, Hengnan.Report.Drawing.Color.Black, "box");

    [Fact]
    public void An_incomplete_last_row_is_centred_without_empty_slots()
    {
        var grid = new Grid([Box(), Box(), Box(), Box(), Box()], 3, 10) { CenterLastRow = true };
        var result = grid.Layout(new LayoutContext(), 320, 1000);
        var xs = result.Fragment!.Items.Select(i => (i.X, i.Y)).ToList();
        // Cells are 100 wide with 10 between; the last row's two cells sit 55 in from each side.
        Assert.Equal([(0f, 0f), (110f, 0f), (220f, 0f), (55f, 30f), (165f, 30f)], xs);
    }

    [Fact]
    public void Without_centring_the_last_row_starts_at_the_left()
    {
        var result = new Grid([Box(), Box(), Box(), Box()], 3, 10).Layout(new LayoutContext(), 320, 1000);
        Assert.Equal(0f, result.Fragment!.Items[3].X);
    }
}
