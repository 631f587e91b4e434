using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Engine.Tests;

public sealed class DisplayListTests
{
    [Fact]
    public void Flatten_gives_absolute_positions_and_the_innermost_node()
    {
        var figure = new StructureNode(StructureRole.Figure, "a chart");
        var caption = new StructureNode(StructureRole.Caption);
        var inner = new Fragment(10, 10, [new Placed(1, 2, PathVisual.Rect(5, 5, Color.Black))]) { Node = caption };
        var outer = new Fragment(100, 100, [new Placed(10, 20, new FragmentVisual(inner)), new Placed(0, 0, new AnchorVisual("a"))]) { Node = figure };
        var items = outer.Flatten(5, 5).ToList();
        Assert.Equal((16f, 27f), (items[0].X, items[0].Y));
        Assert.Same(caption, items[0].Node);
        Assert.Same(figure, caption.Parent);
        Assert.Same(figure, items[1].Node);
    }

    [Fact]
    public void Everything_under_an_artifact_is_an_artifact()
    {
        var p = new StructureNode(StructureRole.P);
        var inner = new Fragment(10, 10, [new Placed(0, 0, new AnchorVisual("x"))]) { Node = p };
        var outer = new Fragment(10, 10, [new Placed(0, 0, new FragmentVisual(inner))]) { Node = StructureNode.Artifact };
        var item = Assert.Single(outer.Flatten());
        Assert.True(item.IsArtifact);
        Assert.Null(p.Parent);
    }
}
