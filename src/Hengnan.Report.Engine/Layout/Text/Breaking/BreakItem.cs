namespace Hengnan.Report.Layout.Text.Breaking;

/// <summary>
/// One item of a paragraph as Knuth and Plass model it (Knuth &amp; Plass 1981): a box, glue or
/// a penalty. The paragraph layouter builds these from shaped text; English words become boxes
/// separated by glue with discretionary-hyphen penalties inside them, and Chinese text becomes
/// one box per character cluster with zero-width glue or penalties wherever UAX #14 allows a break.
/// </summary>
/// <param name="Kind">Box, glue or penalty.</param>
/// <param name="Width">
/// Natural width. For a penalty: the width typeset only if the line breaks there (a hyphen).
/// </param>
/// <param name="Stretch">
/// Glue only: how much the glue may grow at an adjustment ratio of 1.
/// <see cref="double.PositiveInfinity"/> is allowed and behaves like TeX's <c>fil</c> glue: a line
/// containing it is never underfull and reports a ratio of 0.
/// </param>
/// <param name="Shrink">Glue only: how much the glue may shrink at ratio -1; lines never shrink further.</param>
/// <param name="PenaltyValue">
/// Penalty only: the aesthetic cost of breaking here. At least <see cref="Infinity"/> forbids the
/// break; at most <c>-</c><see cref="Infinity"/> forces it.
/// </param>
/// <param name="Flagged">
/// Penalty only: marks a "flagged" break, normally a hyphen. Consecutive flagged breaks cost
/// <see cref="BreakOptions.FlaggedDemerits"/> and are capped by <see cref="BreakOptions.MaxConsecutiveFlagged"/>.
/// </param>
public readonly record struct BreakItem(BreakItemKind Kind, double Width, double Stretch, double Shrink, double PenaltyValue, bool Flagged)
{
    /// <summary>
    /// The penalty treated as infinite, as in Knuth &amp; Plass 1981 (and TeX, where 10000 means
    /// "never break here" and -10000 "always break here").
    /// </summary>
    public const double Infinity = 10000;

    /// <summary>
    /// The standard end of a paragraph (Knuth &amp; Plass 1981; TeX's <c>\par</c> appends the same
    /// via <c>\parfillskip</c>): a forbidden break so the final glue cannot be a breakpoint, glue
    /// with infinite stretch that fills the last line, and a forced break. Append it to every
    /// paragraph before calling <see cref="KnuthPlassBreaker.Break"/>.
    /// </summary>
    public static IReadOnlyList<BreakItem> FinishingSequence { get; } = Array.AsReadOnly(new[]
    {
        Penalty(0, Infinity, false),
        Glue(0, double.PositiveInfinity, 0),
        Penalty(0, -Infinity, false),
    });

    /// <summary>True for a penalty that forces a break (value at most <c>-</c><see cref="Infinity"/>).</summary>
    public bool IsForcedBreak => Kind == BreakItemKind.Penalty && PenaltyValue <= -Infinity;

    /// <summary>A box of the given width.</summary>
    public static BreakItem Box(double width) => new(BreakItemKind.Box, width, 0, 0, 0, false);

    /// <summary>Glue with the given natural width, stretchability and shrinkability.</summary>
    public static BreakItem Glue(double width, double stretch, double shrink) => new(BreakItemKind.Glue, width, stretch, shrink, 0, false);

    /// <summary>A penalty: a possible break of the given cost, typesetting <paramref name="width"/> if taken.</summary>
    public static BreakItem Penalty(double width, double penalty, bool flagged) => new(BreakItemKind.Penalty, width, 0, 0, penalty, flagged);
}
