namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// Content set in a narrower measure: <paramref name="left"/> points in from the left of the region (a
/// paragraph's whole measure, not its first line). Splits where its content splits; the rest stays indented.
/// </summary>
public sealed class Indented(Element child, float left) : Element
{
    public Element Child { get; } = child;
    public float Left { get; } = left;

    public override string Describe() => Child.Describe();

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        float inset = Math.Min(Left, width / 2);
        var result = Child.Layout(context, width - inset, height);
        if (result.Fragment is not { } f) return result;
        var placed = new Fragment(width, f.Height, [new Placed(inset, 0, new FragmentVisual(f))]);
        return result.Fit == Fit.Partial
            ? LayoutResult.Partial(placed, result.Remainder is { } rest ? new Indented(rest, Left) { KeepWithNext = KeepWithNext } : null)
            : LayoutResult.Full(placed);
    }
}
