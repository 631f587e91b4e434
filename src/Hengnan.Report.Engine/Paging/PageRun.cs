using Hengnan.Report.Layout;

namespace Hengnan.Report.Paging;

/// <summary>Content that flows over as many pages of one template as it needs.</summary>
public sealed record PageRun(PageTemplate Template, Element Content)
{
    /// <summary>Start on a left-hand (even) page, leaving a blank page before if needed (the back cover).</summary>
    public bool StartsOnLeftPage { get; init; }

    /// <summary>
    /// A page that would carry only this many lines of text or fewer at the end of a flow (before a page break
    /// or the end of the run) is avoided by giving it more lines from the page before; 0 allows any.
    /// </summary>
    public int MaxSpillLines { get; init; }
}
