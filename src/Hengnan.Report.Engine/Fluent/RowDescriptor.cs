using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;

namespace Hengnan.Report.Fluent;

/// <summary>The cells of a row, each with a relative width.</summary>
public sealed class RowDescriptor
{
    private readonly List<(float Weight, ContainerDescriptor Cell)> _cells = new();

    public ContainerDescriptor Cell(float weight = 1)
    {
        var cell = new ContainerDescriptor();
        _cells.Add((weight, cell));
        return cell;
    }

    internal Element Build(float gap) => new Row(_cells.Select(c => (c.Weight, c.Cell.Build())).ToList(), gap);
}
