using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Layout;

/// <summary>What elements may know while laying out: whether they are at the top of a fresh region, and where to report problems.</summary>
public sealed class LayoutContext
{
    public List<LayoutProblem> Problems { get; } = new();

    /// <summary>Paragraphs set in an earlier pass of the same document, reused when unchanged.</summary>
    public LineCache Lines { get; } = new();

    /// <summary>True while the region being filled is still empty (an element that does not fit an empty page never will).</summary>
    public bool AtRegionTop { get; set; }

    /// <summary>Set by a page break that ended the region (the paginator tells a section's last page from a full one).</summary>
    public bool BrokeAtPageBreak { get; set; }
}
