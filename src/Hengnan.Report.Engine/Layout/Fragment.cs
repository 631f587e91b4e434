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
    public List<DisplayItem> Flatten(float x = 0, float y = 0, StructureNode? node = null)
    {
        var list = new List<DisplayItem>();
        FlattenInto(list, x, y, node);
        return list;
    }

    /// <summary>Adds what <see cref="Flatten"/> gives to <paramref name="list"/>: one walk, nothing allocated but the items.</summary>
    public void FlattenInto(List<DisplayItem> list, float x = 0, float y = 0, StructureNode? node = null)
    {
        var inner = Enter(node);
        var items = Items;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            float ax = x + item.X, ay = y + item.Y;
            if (item.Visual is FragmentVisual nested) nested.Fragment.FlattenInto(list, ax, ay, inner);
            else list.Add(new DisplayItem(ax, ay, item.Visual, inner));
        }
    }

    /// <summary>
    /// Nests every structure node inside in its enclosing one, as <see cref="Flatten"/> does, without making the
    /// display list: a node keeps the first parent it is given, so pages whose display lists are then made in parallel
    /// are given their parents here first, one page after another, in page order.
    /// </summary>
    public void AttachStructure(StructureNode? node = null)
    {
        var inner = Enter(node);
        var items = Items;
        for (int i = 0; i < items.Count; i++)
            if (items[i].Visual is FragmentVisual nested) nested.Fragment.AttachStructure(inner);
    }

    /// <summary>The node of what is inside: under an artifact everything is an artifact; otherwise this fragment's node, nested in the enclosing one.</summary>
    private StructureNode? Enter(StructureNode? node)
    {
        if (Node is null || node is { IsArtifact: true }) return node;
        Node.AttachTo(node);
        return Node;
    }
}
