using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Layout;

/// <summary>What elements may know while laying out: whether they are at the top of a fresh region, and where to report problems.</summary>
public sealed class LayoutContext
{
    [ThreadStatic] private static LayoutContext? t_current;

    public LayoutContext() : this(new LineCache()) { }

    /// <summary>A context of its own (problems, region state) sharing the paragraphs already set: one per run laid out in parallel.</summary>
    internal LayoutContext(LineCache lines) => Lines = lines;

    /// <summary>A context of its own (problems, region state) sharing this one's paragraphs already set: for work on another thread.</summary>
    public LayoutContext Share() => new(Lines);

    public List<LayoutProblem> Problems { get; } = new();

    /// <summary>Paragraphs set in an earlier pass of the same document (or by another run of it), reused when unchanged.</summary>
    public LineCache Lines { get; }

    /// <summary>The pieces the last pagination of this document laid out, for the next pass to take unchanged (<see cref="Paging.LaidOutPieces"/>).</summary>
    internal Paging.LaidOutPieces Pieces { get; } = new();

    /// <summary>True while the region being filled is still empty (an element that does not fit an empty page never will).</summary>
    public bool AtRegionTop { get; set; }

    /// <summary>Set by a page break that ended the region (the paginator tells a section's last page from a full one).</summary>
    public bool BrokeAtPageBreak { get; set; }

    /// <summary>
    /// The context laying out on this thread while the paginator lays out a run; null otherwise. Runs may be laid out
    /// in parallel, each with a context of its own, so a client whose callbacks report problems during layout (a
    /// box's visuals drawn when the box is placed) reports them here to keep them in document order, whichever run
    /// finished first.
    /// </summary>
    public static LayoutContext? Current => t_current;

    /// <summary>
    /// Makes <paramref name="context"/> the thread's current one until the returned scope is disposed. A client composing
    /// a document enters the document's context, so that what it measures while composing (a chart's labels) is set
    /// once, in the context's line cache, for the layout to find (<see cref="Paragraph.Lines"/>).
    /// </summary>
    public static Scope Enter(LayoutContext context)
    {
        var previous = t_current;
        t_current = context;
        return new Scope(previous);
    }

    public readonly struct Scope(LayoutContext? previous) : IDisposable
    {
        public void Dispose() => t_current = previous;
    }
}
