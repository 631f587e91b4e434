using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// The rows of a table under its header row, each row whole, with a footer (a closing rule) after the
/// last. The table splits between rows; the header is repeated at the top of each region the table runs
/// on to, as page furniture (an artifact) so that a reader of the tagged file meets it once. The header
/// never stands alone: it goes with at least the first row, and the footer with the last.
/// </summary>
public sealed class TableFlow(Element header, IReadOnlyList<Element> rows, Element? footer = null) : Element
{
    private bool _continued;

    /// <summary>The fewest rows left at the foot of a region or carried to the next (a short table moves on whole).</summary>
    public int MinRowsAtEdge { get; init; } = 2;

    public override string Describe() => "table starting with " + header.Describe();

    public override LayoutResult Layout(LayoutContext context, float width, float height)
    {
        bool regionTop = context.AtRegionTop;
        var items = new List<Placed>();
        context.AtRegionTop = false;
        var top = _continued ? new Tagged(header, StructureNode.Artifact) : header;
        float y = Place(top.Layout(context, width, float.PositiveInfinity), items, 0);
        var before = new List<(int Items, float Y)>();   // what was placed before row i
        for (int i = 0; i < rows.Count; i++)
        {
            before.Add((items.Count, y));
            var row = rows[i].Layout(context, width, float.PositiveInfinity).Fragment ?? Fragment.Empty(width);
            var foot = i == rows.Count - 1 && footer is not null ? footer.Layout(context, width, float.PositiveInfinity).Fragment : null;
            float needed = row.Height + (foot?.Height ?? 0);
            if (y + needed > height + 0.01f)
            {
                context.AtRegionTop = regionTop;
                // Never a row or two alone: at least MinRowsAtEdge rows stay on each side of the break.
                int split = Math.Min(i, rows.Count - Math.Min(MinRowsAtEdge, rows.Count));
                if (split < Math.Min(MinRowsAtEdge, rows.Count) && !regionTop) return LayoutResult.Nothing;
                if (split <= 0 && regionTop) split = i;
                if (split <= 0)
                {
                    context.Problems.Add(new LayoutProblem($"a table's header and first row are {y + needed:0} pt tall but the page has only {height:0} pt")
                        { Key = "LAY001.row", Args = [$"{y + needed:0}", $"{height:0}"] });
                }
                else
                {
                    var (count, at) = before[split];
                    items.RemoveRange(count, items.Count - count);
                    return LayoutResult.Partial(new Fragment(width, at, items), new TableFlow(header, rows.Skip(split).ToList(), footer) { _continued = true, MinRowsAtEdge = MinRowsAtEdge });
                }
            }
            y = Place(row, items, y);
            if (foot is not null) y = Place(foot, items, y);
        }
        context.AtRegionTop = regionTop;
        return LayoutResult.Full(new Fragment(width, y, items));
    }

    private static float Place(LayoutResult result, List<Placed> items, float y) => Place(result.Fragment ?? Fragment.Empty(0), items, y);

    private static float Place(Fragment fragment, List<Placed> items, float y)
    {
        items.Add(new Placed(0, y, new FragmentVisual(fragment)));
        return y + fragment.Height;
    }
}
