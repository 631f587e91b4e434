using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;

namespace Hengnan.Report.Engine.Tests;

public sealed class TableFlowTests
{
    private static Element Row(StructureRole role = StructureRole.TR) =>
        new Tagged(new Rule(20, Color.Black, "row"), new StructureNode(role));

    private static TableFlow Table(int rows, Element? header = null) =>
        new(header ?? Row(), Enumerable.Range(0, rows).Select(_ => Row()).ToList(), new FixedBox(1, [], "rule"));

    private static int RowsIn(LayoutResult result) => result.Fragment!.Items.Count - 1;   // less the header

    [Fact]
    public void A_table_that_fits_is_laid_out_whole_with_its_footer()
    {
        var result = Table(3).Layout(new LayoutContext(), 300, 1000);
        Assert.Equal(Fit.Full, result.Fit);
        Assert.Equal(20 + 3 * 20 + 1, result.Fragment!.Height);
    }

    [Fact]
    public void A_table_splits_between_rows_and_repeats_its_header_as_an_artifact()
    {
        // Header and six rows of 20 in a region of 105: the header and four rows fit.
        var header = Row();
        var first = Table(6, header).Layout(new LayoutContext(), 300, 105);
        Assert.Equal(Fit.Partial, first.Fit);
        Assert.Equal(4, RowsIn(first));
        var rest = first.Remainder!.Layout(new LayoutContext(), 300, 1000);
        Assert.Equal(Fit.Full, rest.Fit);
        // Header, two rows, the footer; the repeated header is page furniture, not a second header row.
        Assert.Equal(4, rest.Fragment!.Items.Count);
        var repeated = ((FragmentVisual)rest.Fragment.Items[0].Visual).Fragment;
        Assert.True(repeated.Node!.IsArtifact);
        var original = ((FragmentVisual)first.Fragment!.Items[0].Visual).Fragment;
        Assert.Equal(StructureRole.TR, original.Node!.Role);
    }

    [Fact]
    public void Never_a_row_alone_at_either_side_of_a_break()
    {
        // Room for the header and four of five rows: two go on, so that the last is not alone.
        var result = Table(5).Layout(new LayoutContext(), 300, 105);
        Assert.Equal(3, RowsIn(result));
        // Room for the header and one row of three: the table moves on whole.
        Assert.Equal(Fit.None, Table(3).Layout(new LayoutContext(), 300, 45).Fit);
        // At the top of a region there is no better place: it breaks where it must.
        var top = Table(3).Layout(new LayoutContext { AtRegionTop = true }, 300, 45);
        Assert.Equal(Fit.Partial, top.Fit);
        Assert.Equal(1, RowsIn(top));
    }
}
