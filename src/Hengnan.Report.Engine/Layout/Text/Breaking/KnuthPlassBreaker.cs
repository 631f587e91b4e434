namespace Hengnan.Report.Layout.Text.Breaking;

/// <summary>
/// Optimal-fit line breaking: Knuth and Plass's total-fit algorithm (D. E. Knuth and M. F. Plass,
/// "Breaking Paragraphs into Lines", Software—Practice and Experience 11 (1981) 1119–1184), as
/// refined in TeX (tex.web §813–§890). It chooses the breaks that minimise the sum of the
/// demerits of all lines, instead of filling each line greedily.
/// </summary>
/// <remarks>
/// <para>
/// Input is an abstract list of boxes, glue and penalties (<see cref="BreakItem"/>). The list
/// should end with <see cref="BreakItem.FinishingSequence"/> (penalty +∞, glue with infinite
/// stretch, penalty -∞), as K-P and TeX's <c>\par</c> do, so the last line may be short. If the
/// list does not end with a forced break (ignoring trailing glue and penalties), its end acts as a
/// forced break whose last line behaves as if that finishing glue were there.
/// </para>
/// <para>
/// Passes: (1) breaks with -1 ≤ r ≤ <see cref="BreakOptions.Tolerance"/>; (2) if none exist and
/// <see cref="BreakOptions.EmergencyStretch"/> &gt; 0, the same with that much extra stretch per
/// line (TeX's third pass); (3) a last resort that accepts any underfull line and, when a line
/// cannot avoid being overfull, the least overfull one (TeX's "artificial demerits", tex.web §854).
/// Passes 2 and 3 set <see cref="LineBreakResult.Emergency"/>. Pass 3 always succeeds, so ordinary
/// input never throws; each pass is a single forward sweep, so the search always terminates.
/// </para>
/// <para>
/// Line widths come from a function of the line number. It is called once for every line
/// number that could occur (up to the number of breakpoints) before the search, so it must
/// accept any non-negative line number. Routes are told apart by line number only up to the
/// last line whose width differs from the ones after it (TeX's "easy_line"), which keeps the
/// search exact for any widths and fast for the usual "first line differs" shapes. Widths that
/// never settle (e.g. alternating forever) or a non-zero <see cref="BreakOptions.Looseness"/>
/// keep every line count apart, which is still exact but roughly ten times slower.
/// </para>
/// <para>
/// Additions to the letter of K-P: badness is capped at 10000 and ties go to the later
/// predecessor (both as in TeX); TeX's \finalhyphendemerits is supported; and a line may not end
/// at a penalty among the discarded items right after the previous break, since that line would
/// be empty with a negative width.
/// </para>
/// </remarks>
public static class KnuthPlassBreaker
{
    /// <summary>Chooses line breaks for a paragraph.</summary>
    /// <param name="items">The paragraph; see the remarks on <see cref="KnuthPlassBreaker"/>.</param>
    /// <param name="lineWidth">
    /// Width available to line n (0-based). Called once for each n from 0 up to the number of
    /// possible breakpoints; return the last width for lines beyond a shape's end.
    /// </param>
    /// <param name="options">Tolerance, demerits and limits.</param>
    /// <returns>
    /// The lines; for an empty list, no lines. A paragraph holding only the finishing sequence gives
    /// one empty line (Start 0, End at the final forced break, ratio 0), so the caller can decide
    /// whether an empty paragraph takes vertical space.
    /// </returns>
    /// <exception cref="ArgumentException">An item has a NaN or infinite width or shrink, a NaN or -∞
    /// stretch, or a NaN penalty; an option is out of range; or <paramref name="lineWidth"/> returns
    /// NaN or ±∞. (Stretch may be +∞ and penalties ±∞.)</exception>
    public static LineBreakResult Break(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth, BreakOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(lineWidth);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        if (items.Count == 0)
        {
            return new LineBreakResult([], false);
        }

        using var search = new BreakSearch(items, lineWidth, options);
        return search.Run();
    }

    private static void Validate(BreakOptions options)
    {
        if (double.IsNaN(options.Tolerance) || options.Tolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Tolerance, "Tolerance must be a non-negative ratio.");
        }

        if (!double.IsFinite(options.EmergencyStretch) || options.EmergencyStretch < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.EmergencyStretch, "EmergencyStretch must be finite and non-negative.");
        }

        if (options.MaxConsecutiveFlagged < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxConsecutiveFlagged, "MaxConsecutiveFlagged must be non-negative.");
        }

        if (!double.IsFinite(options.LinePenalty) || !double.IsFinite(options.FlaggedDemerits)
            || !double.IsFinite(options.FinalFlaggedDemerits) || !double.IsFinite(options.FitnessDemerits))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Line penalty and demerits must be finite.");
        }
    }
}
