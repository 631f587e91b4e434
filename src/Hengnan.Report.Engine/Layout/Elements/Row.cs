namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// Cells side by side, each given a share of the width (relative weights) with a gap between them;
/// the row is as tall as its tallest cell and never splits (a row that does not fit moves on whole).
/// </summary>
public sealed class Row(IReadOnlyList<(float Weight, Element Cell)> cells, float gap) : Element
{
    public override string Describe() => cells.Count == 0 ? "empty row" : "row starting with " + cells[0].Cell.Describe();

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        float total = cells.Sum(c => c.Weight);
        float free = width - gap * Math.Max(0, cells.Count - 1);
        bool top = context.AtRegionTop;
        var items = new List<Placed>();
        float x = 0, rowHeight = 0;
        foreach (var (weight, cell) in cells)
        {
            float w = total > 0 ? free * weight / total : 0;
            context.AtRegionTop = false;
            var result = cell.Layout(context, w, float.PositiveInfinity);
            var fragment = result.Fragment ?? Fragment.Empty(w);
            items.Add(new Placed(x, 0, new FragmentVisual(fragment)));
            rowHeight = Math.Max(rowHeight, fragment.Height);
            x += w + gap;
        }
        context.AtRegionTop = top;
        if (rowHeight > height + 0.01f)
        {
            if (!top) return LayoutResult.Nothing;
            context.Problems.Add(new LayoutProblem($"{Describe()} is {rowHeight:0} pt tall but the page has only {height:0} pt")
                { Key = "LAY001.row", Args = [$"{rowHeight:0}", $"{height:0}"] });
        }
        return LayoutResult.Full(new Fragment(width, rowHeight, items));
    }
}
