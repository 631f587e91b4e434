namespace Hengnan.Report.Layout.Elements;

/// <summary>Never split (a figure, a KPI group, a photo with its caption) unless it is taller than a whole region.</summary>
public sealed class KeepTogether(Element child) : Element
{
    public override string Describe() => "kept group starting with " + child.Describe();

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        var result = child.Layout(context, width, height);
        if (result.Fit == Fit.Full || context.AtRegionTop) return result;
        return LayoutResult.Nothing;
    }
}
