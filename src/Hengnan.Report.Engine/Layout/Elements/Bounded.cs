namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// Content that must end above a line (a cover's titles above its band): laid out as it is, and a
/// located problem when it reaches past <paramref name="maxHeight"/> — it never overprints what is below.
/// </summary>
public sealed class Bounded(Element child, float maxHeight, string what, SourceLocation? at) : Element
{
    public override string Describe() => what;

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        var result = child.Layout(context, width, height);
        if (result.Fragment is { } f && f.Height > maxHeight + 0.5f)
            context.Problems.Add(new LayoutProblem($"{what} is {f.Height:0} pt tall where {maxHeight:0} pt are free; shorten the titles", at, "LAY011")
            { Key = "LAY011", Args = [$"{f.Height:0}", $"{maxHeight:0}"] });
        return result;
    }
}
