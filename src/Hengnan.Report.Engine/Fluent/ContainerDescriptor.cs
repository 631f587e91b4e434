using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;
using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Fluent;

/// <summary>
/// A slot for one element, filled by one of the calls (text, column, row, image…), in the spirit of
/// QuestPDF's container descriptors. The descriptors only build elements; the elements know nothing of them.
/// </summary>
public sealed class ContainerDescriptor
{
    private Func<Element>? _build;

    private void Set(Func<Element> build)
    {
        if (_build is not null) throw new InvalidOperationException("a container holds one element; use Column() for several");
        _build = build;
    }

    /// <summary>A paragraph; add further spans and settings on the descriptor returned.</summary>
    public TextDescriptor Text(string text, TextStyle style, Language language)
    {
        var descriptor = new TextDescriptor(language);
        descriptor.Span(text, style);
        Set(descriptor.Build);
        return descriptor;
    }

    /// <summary>Elements one below the other, splitting between them across pages.</summary>
    public void Column(Action<ColumnDescriptor> compose)
    {
        var column = new ColumnDescriptor();
        compose(column);
        Set(column.Build);
    }

    /// <summary>Cells side by side; a row never splits.</summary>
    public void Row(Action<RowDescriptor> compose, float gap = 8)
    {
        var row = new RowDescriptor();
        compose(row);
        Set(() => row.Build(gap));
    }

    /// <summary>An image figure with its alternate text, the column's width, its own proportions or the height given.</summary>
    public void Image(ImageAsset asset, string alt, float? height = null) => Set(() => new ImageBox(asset, alt, height));

    /// <summary>What the content holds stays on one page (unless it is taller than a page).</summary>
    public void KeepTogether(Action<ContainerDescriptor> compose) => Set(() => new KeepTogether(Inner(compose)));

    /// <summary>A tinted panel with padding around the content; splits with it.</summary>
    public void Panel(float padding, Color? background, Action<ContainerDescriptor> compose) =>
        Set(() => new Panel(Inner(compose), padding, background));

    /// <summary>The content as a structure element of the given role (a table, a figure with alternate text).</summary>
    public void Semantic(StructureRole role, string? alt, Action<ContainerDescriptor> compose) =>
        Set(() => new Tagged(Inner(compose), new StructureNode(role, alt)));

    /// <summary>Any engine element, for what the descriptors do not cover.</summary>
    public void Element(Element element) => Set(() => element);

    private static Element Inner(Action<ContainerDescriptor> compose)
    {
        var inner = new ContainerDescriptor();
        compose(inner);
        return inner.Build();
    }

    internal Element Build() => _build?.Invoke() ?? new Spacer(0);
}
