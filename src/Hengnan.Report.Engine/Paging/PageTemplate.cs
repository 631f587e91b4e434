using Hengnan.Report.Layout;
using Hengnan.Report.Drawing;

namespace Hengnan.Report.Paging;

/// <summary>
/// A kind of page for one paper size: where its body goes on right-hand (odd) and left-hand (even) pages, what is
/// drawn behind it, and whether it has running heads. Plain values, made when the paper is known.
/// </summary>
/// <remarks>The bodies are given as rectangles, not margins, so that a design's own arithmetic (a type area a whole
/// number of characters wide, placed by its inner margin) gives the very widths the layout works with.</remarks>
public sealed record PageTemplate(PageKind Kind, bool RunningHeads, Rect RightBody, Rect LeftBody)
{
    /// <summary>A template whose body stands in the same place on left and right pages.</summary>
    public PageTemplate(PageKind kind, bool runningHeads, Rect body) : this(kind, runningHeads, body, body) { }

    /// <summary>What is drawn behind every page of this template (page coordinates; an artifact).</summary>
    public IReadOnlyList<Placed> Background { get; init; } = [];

    /// <summary>The body of a left-hand (even) page or of a right-hand (odd) one.</summary>
    public Rect Body(bool left) => left ? LeftBody : RightBody;
}
