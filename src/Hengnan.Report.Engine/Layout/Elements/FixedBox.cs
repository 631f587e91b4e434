namespace Hengnan.Report.Layout.Elements;

/// <summary>A box of fixed height drawn by the visuals given (charts, rules, photo frames). Never splits.</summary>
public sealed class FixedBox(float height, Func<float, IReadOnlyList<Placed>> visuals, string description) : Element
{
    /// <summary>Where the box's content comes from in the source, to locate its problems.</summary>
    public SourceLocation? Origin { get; init; }

    public override LayoutResult Layout(LayoutContext context, float width, float available)
    {
        if (height > available + 0.01f)
        {
            if (!context.AtRegionTop) return LayoutResult.Nothing;
            context.Problems.Add(new LayoutProblem($"{description} is {height:0} pt tall but the page has only {available:0} pt", Origin)
                { Key = "LAY001.box", Args = [$"{height:0}", $"{available:0}"] });
        }
        return LayoutResult.Full(new Fragment(width, height, visuals(width)));
    }
}
