namespace Hengnan.Report.Layout.Elements;

/// <summary>A box of fixed height drawn by the visuals given (charts, rules, photo frames). Never splits.</summary>
public sealed class FixedBox(float height, Func<float, IReadOnlyList<Placed>> visuals, string description) : Element
{
    public override LayoutResult Layout(LayoutContext context, float width, float available)
    {
        if (height > available + 0.01f)
        {
            if (!context.AtRegionTop) return LayoutResult.Nothing;
            context.Problems.Add(new LayoutProblem($"{description} is {height:0} pt tall but the page has only {available:0} pt"));
        }
        return LayoutResult.Full(new Fragment(width, height, visuals(width)));
    }
}
