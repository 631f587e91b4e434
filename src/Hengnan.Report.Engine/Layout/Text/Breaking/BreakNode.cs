namespace Hengnan.Report.Layout.Text.Breaking;

/// <summary>
/// A feasible breakpoint reached by a particular route, the "active node" / "break node" of
/// Knuth &amp; Plass (1981). Nodes are kept in one pooled array per search and refer to their
/// predecessor by index, so the best route is read back by following <see cref="Previous"/>.
/// </summary>
internal struct BreakNode
{
    /// <summary>Index of the break item; -1 for the paragraph start.</summary>
    public int Position;

    /// <summary>
    /// Index of the first item of the next line: the first box or forced break after the break,
    /// because K-P discard glue and penalties at a line start. The prefix sums at this index are
    /// K-P's "totals after the break".
    /// </summary>
    public int Start;

    /// <summary>Number of lines up to and including the one ending here.</summary>
    public int Line;

    /// <summary>Fitness class of the line ending here (0 tight, 1 decent, 2 loose, 3 very loose).</summary>
    public int Fitness;

    /// <summary>How many lines in a row, ending with this one, end at flagged breaks.</summary>
    public int FlaggedRun;

    /// <summary>Sum of the demerits of all lines up to here.</summary>
    public double TotalDemerits;

    /// <summary>Index of the previous node on the best route here; -1 for the paragraph start.</summary>
    public int Previous;
}
