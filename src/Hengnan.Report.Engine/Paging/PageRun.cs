using Hengnan.Report.Layout;

namespace Hengnan.Report.Paging;

/// <summary>Content that flows over as many pages of one template as it needs.</summary>
public sealed record PageRun(PageTemplate Template, Element Content)
{
    /// <summary>Start on a left-hand (even) page, leaving a blank page before if needed (the back cover).</summary>
    public bool StartsOnLeftPage { get; init; }
}
