namespace Hengnan.Report.Layout.Text.Breaking;

/// <summary>
/// Parameters of <see cref="KnuthPlassBreaker"/>. The defaults are those of Knuth &amp; Plass (1981)
/// and plain TeX, expressed as K-P's adjustment-ratio tolerance rather than TeX's badness.
/// </summary>
public sealed record BreakOptions
{
    /// <summary>The defaults.</summary>
    public static BreakOptions Default { get; } = new();

    /// <summary>
    /// Largest adjustment ratio r a line may have (K-P's ρ). A break is feasible when
    /// -1 ≤ r ≤ Tolerance. 3 corresponds to a generous second pass (badness 100·3³ = 2700; TeX's
    /// default \tolerance of 200 is r ≈ 1.26). No separate pretolerance pass without hyphenation
    /// is made: the caller decides which hyphenation penalties the item list contains.
    /// </summary>
    public double Tolerance { get; init; } = 3;

    /// <summary>
    /// K-P's l (TeX's \linepenalty), added to every line's badness before squaring; favours fewer lines.
    /// </summary>
    public double LinePenalty { get; init; } = 10;

    /// <summary>
    /// K-P's α (TeX's \doublehyphendemerits): added when two consecutive lines end at flagged breaks.
    /// </summary>
    public double FlaggedDemerits { get; init; } = 3000;

    /// <summary>
    /// TeX's \finalhyphendemerits (not in K-P 1981): added when the second-last line ends at a
    /// flagged break, since a hyphen right before a short last line looks poor. Plain TeX uses 5000.
    /// </summary>
    public double FinalFlaggedDemerits { get; init; } = 5000;

    /// <summary>
    /// K-P's γ (TeX's \adjdemerits): added when adjacent lines' fitness classes (tight, decent,
    /// loose, very loose) are not neighbours, so a very loose line does not follow a tight one.
    /// </summary>
    public double FitnessDemerits { get; init; } = 100;

    /// <summary>
    /// Hard limit on how many lines in a row may end at flagged breaks (hyphens); 2 means no three
    /// consecutive hyphenated lines. Enforced during the search, so the result is the best
    /// solution that obeys it. 0 forbids flagged breaks; forced breaks are exempt.
    /// </summary>
    public int MaxConsecutiveFlagged { get; init; } = 2;

    /// <summary>
    /// TeX's \looseness: ask for this many more (positive) or fewer (negative) lines than optimal.
    /// The nearest achievable line count within the tolerance is used; no extra pass is made for it.
    /// </summary>
    public int Looseness { get; init; }

    /// <summary>
    /// TeX's \emergencystretch, in the same units as item widths: when no solution exists within the
    /// tolerance, a second pass adds this much stretch to every line when judging badness (the real
    /// glue is unchanged, so such lines may come out underfull). 0 skips that pass.
    /// </summary>
    public double EmergencyStretch { get; init; }
}
