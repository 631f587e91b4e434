using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Paging;

/// <summary>
/// A laid-out page: its body fragment at its place, and what is drawn behind it (page art) and over
/// it (running heads, folios). <see cref="DisplayList"/> flattens it into plain data for the exporters.
/// </summary>
public sealed class PageModel
{
    public required int Number { get; init; }
    public required PageTemplate Template { get; init; }
    public required Rect BodyRect { get; init; }
    public required Fragment Body { get; init; }

    /// <summary>Page art behind the body (grounds, bands): artifacts.</summary>
    public List<Placed> Background { get; } = new();

    /// <summary>The page ends its flow by design (a page break, the end of its run) rather than for want of room.</summary>
    public bool EndsFlow { get; init; }

    /// <summary>A mark across the page between the page art and the body (a draft's 样稿 DRAFT): a watermark artifact.</summary>
    public List<Placed> Watermark { get; } = new();

    /// <summary>A page left blank so that what follows starts on the right side of the spread.</summary>
    public bool IsBlank { get; init; }

    /// <summary>Running heads and folios over the body: artifacts.</summary>
    public List<Placed> Overlay { get; } = new();

    /// <summary>The printed page number (i, 1, …) or name (封面); set by the document's numbering.</summary>
    public string Label { get; set; } = "";

    /// <summary>Left-hand (even) page of a spread; page 1 is a right-hand page.</summary>
    public bool IsLeft => Number % 2 == 0;

    private string[]? _anchors;

    /// <summary>The anchors on the page, in drawing order: a walk of the body that places nothing, made once (the body
    /// does not change once laid out; the layout passes and the decorator ask every page for its anchors, and walking
    /// every page's items for each of them cost a tenth of a long build, on one core).</summary>
    public IReadOnlyList<string> Anchors => _anchors ??= CollectAnchors(Body);

    private static string[] CollectAnchors(Fragment body)
    {
        var found = new List<string>();
        Collect(body, found);
        return found.ToArray();

        static void Collect(Fragment fragment, List<string> found)
        {
            var items = fragment.Items;
            for (int i = 0; i < items.Count; i++)
            {
                var visual = items[i].Visual;
                if (visual is FragmentVisual nested) Collect(nested.Fragment, found);
                else if (visual is AnchorVisual anchor) found.Add(anchor.Id);
            }
        }
    }

    /// <summary>
    /// The display lists of <paramref name="pages"/>, made on up to <paramref name="maxDegreeOfParallelism"/> cores: the
    /// structure is nested first, page by page in order (a node keeps the first parent it is given), so the lists and
    /// the structure are those of making them one after another.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<DisplayItem>> DisplayLists(IReadOnlyList<PageModel> pages, int maxDegreeOfParallelism)
    {
        foreach (var page in pages) page.Body.AttachStructure();
        var lists = new IReadOnlyList<DisplayItem>[pages.Count];
        OrderedParallel.For(pages.Count, maxDegreeOfParallelism, i => lists[i] = pages[i].DisplayList());
        return lists;
    }

    /// <summary>
    /// The page's display list: every visual with its absolute position on the trimmed page and its
    /// structure node, in drawing order (page art, watermark, body, furniture). Reading order is the body's order.
    /// </summary>
    public IReadOnlyList<DisplayItem> DisplayList()
    {
        var list = new List<DisplayItem>();
        foreach (var p in Background) Add(p, StructureNode.Artifact);
        foreach (var p in Watermark) Add(p, StructureNode.Watermark);
        Body.FlattenInto(list, BodyRect.Left, BodyRect.Top);
        foreach (var p in Overlay) Add(p, StructureNode.Artifact);
        return list;

        void Add(Placed p, StructureNode node)
        {
            if (p.Visual is FragmentVisual f) f.Fragment.FlattenInto(list, p.X, p.Y, node);
            else list.Add(new DisplayItem(p.X, p.Y, p.Visual, node));
        }
    }
}
