using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;

namespace Hengnan.Report.Fluent;

/// <summary>The items of a column, top to bottom, with an optional space between them.</summary>
public sealed class ColumnDescriptor
{
    private readonly List<Func<Element>> _items = new();
    private float _spacing;

    public ColumnDescriptor Spacing(float points)
    {
        _spacing = points;
        return this;
    }

    public ContainerDescriptor Item()
    {
        var item = new ContainerDescriptor();
        _items.Add(item.Build);
        return item;
    }

    /// <summary>What follows starts on a new page.</summary>
    public void PageBreak() => _items.Add(() => new Layout.Elements.PageBreak());

    internal Element Build()
    {
        var children = new List<Element>();
        foreach (var item in _items)
        {
            var element = item();
            if (children.Count > 0 && _spacing > 0 && element is not Layout.Elements.PageBreak && children[^1] is not Layout.Elements.PageBreak) children.Add(new Spacer(_spacing));
            children.Add(element);
        }
        return new Stack(children);
    }
}
