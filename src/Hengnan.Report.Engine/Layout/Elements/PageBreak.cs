namespace Hengnan.Report.Layout.Elements;

/// <summary>Ends the current page (nothing happens at the top of a fresh page).</summary>
public sealed class PageBreak : Element
{
    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        if (context.AtRegionTop) return LayoutResult.Full(Fragment.Empty(width));
        context.BrokeAtPageBreak = true;
        return LayoutResult.Partial(Fragment.Empty(width, height), null);
    }
}
