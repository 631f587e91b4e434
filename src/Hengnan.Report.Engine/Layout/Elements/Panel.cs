using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout.Elements;

/// <summary>A background (and optional accent bar on the left) with padding around a child; splits with its child.</summary>
public sealed class Panel(Element child, float padding, Color? background, Color? accent = null, float accentWidth = 0) : Element
{
    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        float inner = width - 2 * padding - accentWidth;
        var result = child.Layout(context, inner, height - 2 * padding);
        if (result.Fit == Fit.None) return result;
        var body = result.Fragment!;
        float h = body.Height + 2 * padding;
        var items = new List<Placed>();
        if (background is { } bg) items.Add(new Placed(0, 0, PathVisual.Rect(width, h, bg)));
        if (accent is { } ac && accentWidth > 0) items.Add(new Placed(0, 0, PathVisual.Rect(accentWidth, h, ac)));
        items.Add(new Placed(accentWidth + padding, padding, new FragmentVisual(body)));
        var fragment = new Fragment(width, h, items);
        return result.Fit == Fit.Full
            ? LayoutResult.Full(fragment)
            : LayoutResult.Partial(fragment, result.Remainder is null ? null : new Panel(result.Remainder, padding, background, accent, accentWidth));
    }
}
