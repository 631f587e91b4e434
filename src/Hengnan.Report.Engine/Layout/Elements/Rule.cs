using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// A rule: a filled bar <paramref name="thickness"/> tall, across the width it is laid out at, or
/// <see cref="Length"/> long from the left. Never splits.
/// </summary>
public sealed class Rule(float thickness, Color color, string description = "rule") : Element
{
    /// <summary>A rule of this length rather than across the region.</summary>
    public float? Length { get; init; }

    public float Thickness { get; } = thickness;
    public Color Color { get; } = color;

    public override LayoutResult Layout(LayoutContext context, float width, float available)
    {
        if (Thickness > available + 0.01f)
        {
            if (!context.AtRegionTop) return LayoutResult.Nothing;
            context.Problems.Add(new LayoutProblem($"{description} is {Thickness:0} pt tall but the page has only {available:0} pt")
                { Key = "LAY001.box", Args = [$"{Thickness:0}", $"{available:0}"] });
        }
        return LayoutResult.Full(new Fragment(width, Thickness, [new Placed(0, 0, PathVisual.Rect(Length ?? width, Thickness, Color))]));
    }
}
