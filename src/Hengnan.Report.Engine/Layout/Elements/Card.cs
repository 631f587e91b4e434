using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout.Elements;

/// <summary>A framed card (KPI figures): padded content on a tinted ground with an accent rule on top; cards in a grid row share its height.</summary>
public sealed class Card(Element content, Color ground, Color accent, float padding) : Element, IStretchToRow
{
    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        var inner = content.Layout(context, width - 2 * padding, float.PositiveInfinity);
        var body = inner.Fragment ?? Fragment.Empty(width);
        var fragment = Frame(body, width, body.Height + 2 * padding + 3);
        if (fragment.Height > height + 0.01f && !context.AtRegionTop) return LayoutResult.Nothing;
        return LayoutResult.Full(fragment);
    }

    public Fragment Stretch(Fragment laidOut, float rowHeight)
    {
        var body = ((FragmentVisual)laidOut.Items[^1].Visual).Fragment;
        return Frame(body, laidOut.Width, rowHeight);
    }

    private Fragment Frame(Fragment body, float width, float height) => new(width, height,
    [
        new Placed(0, 0, PathVisual.Rect(width, height, ground)),
        new Placed(0, 0, PathVisual.Rect(width, 3, accent)),
        new Placed(padding, padding + 3, new FragmentVisual(body)),
    ]);
}
