namespace Hengnan.Report.Layout.Text.Breaking;

/// <summary>One line chosen by <see cref="KnuthPlassBreaker"/>.</summary>
/// <param name="Start">
/// Index of the first item of the line. For every line but the first this skips the glue and
/// non-forced penalties that follow the previous break, which Knuth &amp; Plass (1981) discard at a
/// line start; the first line starts at 0 (model an indent as a leading box).
/// </param>
/// <param name="End">
/// Index of the break item (exclusive end of the line's content). If it is a penalty with a width
/// (a hyphen), that width belongs at the end of this line. Equals the item count only when the
/// paragraph did not end with a forced break. <c>Start == End</c> is an empty line.
/// </param>
/// <param name="Ratio">
/// The adjustment ratio r of Knuth &amp; Plass (1981): glue is set to width + r·stretch when r ≥ 0
/// and width + r·shrink when r &lt; 0. It is 0 for a line with infinite stretch (the last line).
/// Lines from the emergency fallback may report r &lt; -1 (overfull: clamp to -1 when setting, the
/// line then sticks out) or a ratio computed without the emergency stretch (underfull). Where the
/// ratio would be infinite (no stretch or shrink to use) it is ±<see cref="BreakItem.Infinity"/>.
/// </param>
public readonly record struct BrokenLine(int Start, int End, double Ratio);
