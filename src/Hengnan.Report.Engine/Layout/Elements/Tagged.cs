using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// Gives what its child lays out a place in the document's structure (a figure with alternate text,
/// a heading, a table, an artifact). Roles are elements of the tree, stated by the composition, not a
/// post-pass (QuestPDF's SemanticTag). The parts of a split child keep one node.
/// </summary>
public sealed class Tagged : Element
{
    private readonly Element _child;

    public Tagged(Element child, StructureNode node)
    {
        _child = child;
        Node = node;
        KeepWithNext = child.KeepWithNext;
    }

    public StructureNode Node { get; }

    public override string Describe() => _child.Describe();

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        var result = _child.Layout(context, width, height);
        if (result.Fragment is null) return result;
        var fragment = result.Fragment with { Node = Node };
        return result.Fit == Fit.Partial
            ? LayoutResult.Partial(fragment, result.Remainder is null ? null : new Tagged(result.Remainder, Node))
            : LayoutResult.Full(fragment);
    }
}
