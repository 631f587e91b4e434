using System.Globalization;
using Hengnan.Report.Drawing;
using Hengnan.Report.Paging;

namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// A figure (a photo) whose frame may shrink from its preferred height down to a minimum to fit the
/// space left on a page, with its caption kept below it. Never splits; a frame that cannot reach its
/// minimum moves to the next region whole. Avoids a half-empty page before a photo that just misses.
/// </summary>
/// <remarks>
/// The frame shows <see cref="Image"/> filling it, tagged <see cref="Node"/>, and checked against <see cref="Resolution"/>
/// at the size it is printed; without an image, the <see cref="Placeholder"/> element, laid out at the frame's size.
/// All values: the frame's height is the layout's to choose, and what depends on it (the image's size, its resolution,
/// the placeholder's drawing) is done by this element or the placeholder's, as it is laid out.
/// </remarks>
public sealed class ImageFrame(float minHeight, float preferredHeight, Element caption, string description) : Element
{
    /// <summary>Where the figure comes from in the source, to locate its problems.</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>The image, scaled to fill the frame; null: the placeholder is drawn.</summary>
    public ImageAsset? Image { get; init; }

    /// <summary>The image's structure node (a figure and its alternate text).</summary>
    public StructureNode? Node { get; init; }

    /// <summary>What stands in the frame without an image: laid out at the frame's width and height, which it should fill.</summary>
    public Element? Placeholder { get; init; }

    /// <summary>The resolution the image must reach at its printed size.</summary>
    public ResolutionCheck? Resolution { get; init; }

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
        var items = new List<Placed>(Frame(context, width, frameHeight))
        {
            new(0, frameHeight, new FragmentVisual(captionFragment)),
        };
        return LayoutResult.Full(new Fragment(width, frameHeight + captionFragment.Height, items));
    }

    private IReadOnlyList<Placed> Frame(LayoutContext context, float w, float height)
    {
        if (Image is { } image)
        {
            Resolution?.Check(context.Problems, image, w, height, Origin);
            return [new Placed(0, 0, new FragmentVisual(new Fragment(w, height, [new Placed(0, 0, new ImageVisual(w, height, image))]) { Node = Node }))];
        }
        if (Placeholder?.Layout(context, w, height).Fragment is not { } placeholder) return [];
        return [new Placed(0, 0, new FragmentVisual(placeholder))];
    }
}

/// <summary>
/// The pixels per inch an image should reach at the size it is printed: the first limit it falls under is reported
/// (list the strictest first), with the image's name, the resolution, its pixels and the printed size.
/// </summary>
public sealed record ResolutionCheck(string Name, IReadOnlyList<ResolutionLimit> Limits)
{
    internal void Check(ICollection<LayoutProblem> problems, ImageAsset image, float width, float height, SourceLocation? at)
    {
        float dpi = Math.Min(image.PixelWidth / (width / 72f), image.PixelHeight / (height / 72f));
        if (Limits.FirstOrDefault(l => dpi < l.Below) is not { } limit) return;
        string[] args = [Name, $"{dpi:0}", $"{image.PixelWidth}", $"{image.PixelHeight}", $"{width / PaperSize.PointsPerMm:0}", $"{height / PaperSize.PointsPerMm:0}"];
        problems.Add(new LayoutProblem(string.Format(CultureInfo.InvariantCulture, limit.Message, args), at, limit.Code)
            { IsWarning = limit.IsWarning, Key = limit.Code, Args = args });
    }
}

/// <summary>
/// A limit of a <see cref="ResolutionCheck"/>: under <paramref name="Below"/> pixels per inch, a problem of
/// <paramref name="Code"/> (also its message key) whose English <paramref name="Message"/> is a composite format of the
/// arguments {0} the image's name, {1} its resolution, {2}×{3} its pixels, {4}×{5} its printed size in millimetres.
/// </summary>
public sealed record ResolutionLimit(float Below, string Code, string Message, bool IsWarning);
