namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// A figure (a photo) whose frame may shrink from its preferred height down to a minimum to fit the
/// space left on a page, with its caption kept below it. Never splits; a frame that cannot reach its
/// minimum moves to the next region whole. Avoids a half-empty page before a photo that just misses.
/// </summary>
public sealed class FlexibleFigure(float minHeight, float preferredHeight, Func<float, float, IReadOnlyList<Placed>> frame, Element caption, string description) : Element
{
    /// <summary>Where the figure comes from in the source, to locate its problems.</summary>
    public SourceLocation? Origin { get; init; }

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        // The caption is laid out in the same context, so that its problems (a character in no font) are reported.
        bool top = context.AtRegionTop;
        context.AtRegionTop = false;
        var captionResult = caption.Layout(context, width, float.PositiveInfinity);
        context.AtRegionTop = top;
        var captionFragment = captionResult.Fragment ?? Fragment.Empty(width);
        float room = height - captionFragment.Height;
        float frameHeight = Math.Min(preferredHeight, room);
        if (frameHeight < minHeight)
        {
            if (!context.AtRegionTop) return LayoutResult.Nothing;
            context.Problems.Add(new LayoutProblem($"{description} needs {minHeight + captionFragment.Height:0} pt but the page has only {height:0} pt", Origin)
                { Key = "LAY001.figure", Args = [$"{minHeight + captionFragment.Height:0}", $"{height:0}"] });
            frameHeight = minHeight;
        }
        var items = new List<Placed>(frame(width, frameHeight))
        {
            new(0, frameHeight, new FragmentVisual(captionFragment)),
        };
        return LayoutResult.Full(new Fragment(width, frameHeight + captionFragment.Height, items));
    }
}
