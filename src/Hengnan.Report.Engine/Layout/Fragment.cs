using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout;

/// <summary>
/// Laid-out content: a box of a given size with visuals placed relative to its top-left corner, and
/// optionally the structure node it is part of (a heading, a paragraph, a figure). Plain data.
/// </summary>
public sealed record Fragment(float Width, float Height, IReadOnlyList<Placed> Items)
{
    public static Fragment Empty(float width, float height = 0) => new(width, height, []);

    /// <summary>The structure node of everything inside (null: inherit the enclosing one).</summary>
    public StructureNode? Node { get; init; }

    /// <summary>All visuals with absolute positions and their innermost structure node, depth first (drawing order).</summary>
    public IEnumerable<DisplayItem> Flatten(float x = 0, float y = 0, StructureNode? node = null)
    {
        var inner = node;
        if (Node is not null)
        {
            // Under an artifact everything is an artifact; otherwise the node nests in the enclosing one.
            if (node is { IsArtifact: true }) inner = node;
            else
            {
                Node.AttachTo(node);
                inner = Node;
            }
        }
        foreach (var item in Items)
        {
            float ax = x + item.X, ay = y + item.Y;
            if (item.Visual is FragmentVisual nested)
                foreach (var d in nested.Fragment.Flatten(ax, ay, inner)) yield return d;
            else yield return new DisplayItem(ax, ay, item.Visual, inner);
        }
    }
}
