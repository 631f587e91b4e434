namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// Children one below the other. Splits between children or inside a child that splits itself;
/// a child marked KeepWithNext is carried to the next region with its follower rather than left
/// at the bottom of this one (headings stay with their text).
/// </summary>
public sealed class Stack(IReadOnlyList<Element> children) : Element
{
    public IReadOnlyList<Element> Children { get; } = children;

    public override string Describe() => Children.Count == 0 ? "empty stack" : Children[0].Describe();

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        bool regionTop = context.AtRegionTop;
        var items = new List<Placed>();
        var placedHeights = new List<(int ItemCount, float Y)>();  // state before child i was placed
        float y = 0;
        for (int i = 0; i < Children.Count; i++)
        {
            placedHeights.Add((items.Count, y));
            context.AtRegionTop = regionTop && y <= 0.01f;
            var result = Children[i].Layout(context, width, Math.Max(0, height - y));
            // A split that places nothing right after a heading (the space below it running out) would leave the
            // heading at the foot of the region: it is no split, the group moves on.
            var fit = result.Fit == Fit.Partial && result.Fragment!.Items.Count == 0 && i > 0 && StaysWithNext(i - 1) ? Fit.None : result.Fit;
            switch (fit)
            {
                case Fit.Full:
                    Place(result.Fragment!);
                    continue;
                case Fit.Partial:
                    Place(result.Fragment!);
                    var rest = new List<Element>();
                    if (result.Remainder is not null) rest.Add(result.Remainder);
                    rest.AddRange(Children.Skip(i + 1));
                    return LayoutResult.Partial(new Fragment(width, y, items), rest.Count > 0 ? new Stack(rest) : null);
                default:
                    // Back off over the children that must stay with this one.
                    int k = i;
                    while (k > 0 && StaysWithNext(k - 1)) k--;
                    if (k == 0)
                    {
                        // At the top of an empty region the group can never fit together: break the keep
                        // here rather than fail, and let what follows start the next region.
                        if (!regionTop || i == 0) return LayoutResult.Nothing;
                        // Keep the nearest heading (with its anchors and space) with what follows, at least.
                        int cut = i;
                        while (cut > 0 && Children[cut - 1] is Spacer) cut--;
                        if (cut > 0 && Children[cut - 1] is not Anchor && Children[cut - 1].KeepWithNext) cut--;
                        while (cut > 0 && Children[cut - 1] is Anchor) cut--;
                        if (cut == 0) cut = i;
                        var (kept, keptHeight) = placedHeights[cut];
                        items.RemoveRange(kept, items.Count - kept);
                        return LayoutResult.Partial(new Fragment(width, keptHeight, items), new Stack(Children.Skip(cut).ToList()));
                    }
                    var (count, height0) = placedHeights[k];
                    items.RemoveRange(count, items.Count - count);
                    return LayoutResult.Partial(new Fragment(width, height0, items), new Stack(Children.Skip(k).ToList()));
            }
        }
        return LayoutResult.Full(new Fragment(width, y, items));

        // A heading stays with what follows it, and so does the space between them.
        bool StaysWithNext(int index) =>
            Children[index].KeepWithNext || (Children[index] is Spacer && index > 0 && Children[index - 1].KeepWithNext);

        void Place(Fragment fragment)
        {
            if (fragment.Items.Count > 0 || fragment.Height > 0)
                items.Add(new Placed(0, y, new FragmentVisual(fragment)));
            y += fragment.Height;
        }
    }
}
