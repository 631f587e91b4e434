namespace Hengnan.Report.Layout.Elements;

/// <summary>Vertical space; dropped at the top of a region and where it does not fit (it never pushes content to a new page).</summary>
public sealed class Spacer(float height) : Element
{
    public float Height { get; } = height;

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        if (context.AtRegionTop) return LayoutResult.Full(Fragment.Empty(width));
        if (Height <= height) return LayoutResult.Full(Fragment.Empty(width, Height));
        return LayoutResult.Partial(Fragment.Empty(width, height), null);
    }
}
