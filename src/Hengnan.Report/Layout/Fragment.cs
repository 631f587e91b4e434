using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>Laid-out content: a box of a given size with visuals placed relative to its top-left corner. Plain data.</summary>
public sealed record Fragment(float Width, float Height, IReadOnlyList<Placed> Items)
{
    public static Fragment Empty(float width, float height = 0) => new(width, height, []);

    /// <summary>All visuals with absolute positions, depth first.</summary>
    public IEnumerable<(SKPoint Origin, Visual Visual)> Flatten(SKPoint origin = default)
    {
        foreach (var item in Items)
        {
            var at = new SKPoint(origin.X + item.X, origin.Y + item.Y);
            if (item.Visual is FragmentVisual nested)
                foreach (var inner in nested.Fragment.Flatten(at)) yield return inner;
            else yield return (at, item.Visual);
        }
    }
}
