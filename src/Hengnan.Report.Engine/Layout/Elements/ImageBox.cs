using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// An image as a figure: the full width of its column, as tall as its proportions make it (or a given
/// height, the image then cover-fitted), with its alternate text in the structure. Never splits.
/// </summary>
public sealed class ImageBox(ImageAsset asset, string alt, float? height = null) : Element
{
    public override string Describe() => "image " + asset.Name;

    public override LayoutResult Layout(LayoutContext context, float width, float available)
    {
        float h = height ?? width * asset.PixelHeight / asset.PixelWidth;
        if (h > available + 0.01f)
        {
            if (!context.AtRegionTop) return LayoutResult.Nothing;
            context.Problems.Add(new LayoutProblem($"{Describe()} is {h:0} pt tall but the page has only {available:0} pt")
                { Key = "LAY001.image", Args = [asset.Name, $"{h:0}", $"{available:0}"] });
        }
        var node = new StructureNode(StructureRole.Figure, alt);
        return LayoutResult.Full(new Fragment(width, h, [new Placed(0, 0, new ImageVisual(width, h, asset))]) { Node = node });
    }
}
