namespace Hengnan.Report.Layout.Elements;

/// <summary>Cells in rows of a fixed number of equal columns; a row is never split, the grid splits between rows.</summary>
public sealed class Grid(IReadOnlyList<Element> cells, int columns, float gap) : Element
{
    /// <summary>An incomplete last row is centred rather than leaving empty slots at its end.</summary>
    public bool CenterLastRow { get; init; }

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        float cellWidth = (width - gap * (columns - 1)) / columns;
        var items = new List<Placed>();
        float y = 0;
        bool regionTop = context.AtRegionTop;
        for (int start = 0; start < cells.Count; start += columns)
        {
            var row = new List<Fragment>();
            for (int c = start; c < Math.Min(start + columns, cells.Count); c++)
            {
                context.AtRegionTop = false;
                var r = cells[c].Layout(context, cellWidth, float.PositiveInfinity);
                row.Add(r.Fragment ?? Fragment.Empty(cellWidth));
            }
            float rowHeight = row.Max(f => f.Height);
            float top = start == 0 ? 0 : y + gap;
            if (top + rowHeight > height + 0.01f)
            {
                context.AtRegionTop = regionTop;
                if (start == 0)
                {
                    if (!regionTop) return LayoutResult.Nothing;
                    context.Problems.Add(new LayoutProblem($"a grid row of {rowHeight:0} pt does not fit a page of {height:0} pt")
                        { Key = "LAY001.grid", Args = [$"{rowHeight:0}", $"{height:0}"] });
                }
                else return LayoutResult.Partial(new Fragment(width, y, items), new Grid(cells.Skip(start).ToList(), columns, gap) { CenterLastRow = CenterLastRow });
            }
            for (int i = 0; i < row.Count; i++)
            {
                // Cells of a row share its height: a cell that draws a frame (a card) redraws it to the row's height.
                var cell = row[i];
                if (cells[start + i] is IStretchToRow stretch) cell = stretch.Stretch(cell, rowHeight);
                float indent = CenterLastRow && row.Count < columns ? (columns - row.Count) * (cellWidth + gap) / 2 : 0;
                items.Add(new Placed(indent + i * (cellWidth + gap), top, new FragmentVisual(cell)));
            }
            y = top + rowHeight;
        }
        context.AtRegionTop = regionTop;
        return LayoutResult.Full(new Fragment(width, y, items));
    }
}
