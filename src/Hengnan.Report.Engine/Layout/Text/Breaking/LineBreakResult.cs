namespace Hengnan.Report.Layout.Text.Breaking;

/// <summary>The outcome of <see cref="KnuthPlassBreaker.Break"/>.</summary>
/// <param name="Lines">The lines in order; empty only when there were no items at all.</param>
/// <param name="Emergency">
/// True when no breaks existed within <see cref="BreakOptions.Tolerance"/>, so the lines came from
/// the emergency-stretch pass or the last-resort pass: they may be looser than the tolerance or
/// overfull, and the caller should report the paragraph.
/// </param>
public sealed record LineBreakResult(IReadOnlyList<BrokenLine> Lines, bool Emergency);
