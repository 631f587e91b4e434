using Hengnan.Report.Layout.Text.Breaking;

namespace Hengnan.Report.Tests.Layout.Breaking;

/// <summary>
/// A brute-force reference for <see cref="KnuthPlassBreaker"/>: it enumerates every sequence of
/// feasible breaks and scores each with the K-P demerits written out plainly, without active
/// lists, fitness-class pruning or node bookkeeping. Exponential, so only for small paragraphs
/// that end with a forced break.
/// </summary>
internal static class ExhaustiveBreaker
{
    public readonly record struct LineMeasure(double Width, double Stretch, double Shrink, bool Fill);

    public static bool IsLegal(IReadOnlyList<BreakItem> items, int b) => items[b].Kind switch
    {
        BreakItemKind.Glue => b > 0 && items[b - 1].Kind == BreakItemKind.Box,
        BreakItemKind.Penalty => items[b].PenaltyValue < BreakItem.Infinity,
        _ => false,
    };

    public static LineMeasure Measure(IReadOnlyList<BreakItem> items, int start, int b)
    {
        double width = 0, stretch = 0, shrink = 0;
        var fill = false;
        for (var i = start; i < b; i++)
        {
            var item = items[i];
            if (item.Kind == BreakItemKind.Penalty)
            {
                continue;
            }

            width += item.Width;
            if (item.Kind == BreakItemKind.Glue)
            {
                fill |= double.IsPositiveInfinity(item.Stretch);
                stretch += double.IsPositiveInfinity(item.Stretch) ? 0 : item.Stretch;
                shrink += item.Shrink;
            }
        }

        if (b < items.Count && items[b].Kind == BreakItemKind.Penalty)
        {
            width += items[b].Width;
        }

        return new LineMeasure(width, stretch, shrink, fill);
    }

    public static double Ratio(double target, LineMeasure m, double extraStretch = 0)
    {
        var shortfall = target - m.Width;
        if (Math.Abs(shortfall) < 1e-9)
        {
            return 0;
        }

        if (shortfall > 0)
        {
            var stretch = m.Stretch + extraStretch;
            return m.Fill ? 0 : stretch > 0 ? shortfall / stretch : double.PositiveInfinity;
        }

        return m.Shrink > 0 ? shortfall / m.Shrink : double.NegativeInfinity;
    }

    public static int StartAfter(IReadOnlyList<BreakItem> items, int b)
    {
        var i = b + 1;
        while (i < items.Count && items[i].Kind != BreakItemKind.Box && !items[i].IsForcedBreak)
        {
            i++;
        }

        return i;
    }

    public static int Fitness(double r) => r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;

    /// <summary>Demerits of one line per K-P 1981 (plus TeX's final-hyphen rule), or null if infeasible.</summary>
    public static double? LineDemerits(
        IReadOnlyList<BreakItem> items, BreakOptions options, double r, int b,
        bool previousFlagged, int previousRun, int previousFitness, double tolerance, out int fitness, out int run)
    {
        fitness = Fitness(r);
        var item = items[b];
        var flagged = item.Kind == BreakItemKind.Penalty && item.Flagged;
        var forced = item.IsForcedBreak;
        run = flagged ? previousRun + 1 : 0;
        if (r < -1 || r > tolerance || (!forced && run > options.MaxConsecutiveFlagged))
        {
            return null;
        }

        var badness = double.IsInfinity(r) ? 10000 : Math.Min(100 * Math.Pow(Math.Abs(r), 3), 10000);
        var d = Math.Pow(options.LinePenalty + badness, 2);
        var p = item.Kind == BreakItemKind.Penalty ? item.PenaltyValue : 0;
        if (p >= 0)
        {
            d += p * p;
        }
        else if (p > -BreakItem.Infinity)
        {
            d -= p * p;
        }

        var isFinal = b == items.Count - 1;
        if (previousFlagged && isFinal)
        {
            d += options.FinalFlaggedDemerits;
        }
        else if (previousFlagged && flagged)
        {
            d += options.FlaggedDemerits;
        }

        if (Math.Abs(fitness - previousFitness) > 1)
        {
            d += options.FitnessDemerits;
        }

        return d;
    }

    /// <summary>
    /// The minimum total demerits over all feasible break sequences (with exactly
    /// <paramref name="lineCount"/> lines if given), or null if there are none.
    /// </summary>
    public static (double Total, List<int> Breaks)? Optimum(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth, BreakOptions options, int? lineCount = null)
    {
        (double Total, List<int> Breaks)? best = null;
        var path = new List<int>();

        void Search(int start, int line, int fitness, int run, bool flagged, double total)
        {
            for (var b = start; b < items.Count; b++)
            {
                if (!IsLegal(items, b))
                {
                    continue;
                }

                var r = Ratio(lineWidth(line), Measure(items, start, b));
                if (r < -1)
                {
                    return; // widths only grow from here (all synthetic widths are positive)
                }

                var d = LineDemerits(items, options, r, b, flagged, run, fitness, options.Tolerance, out var newFitness, out var newRun);
                if (d is { } demerits)
                {
                    path.Add(b);
                    if (b == items.Count - 1)
                    {
                        if ((lineCount is null || lineCount == line + 1) && (best is null || total + demerits < best.Value.Total))
                        {
                            best = (total + demerits, [.. path]);
                        }
                    }
                    else
                    {
                        var isFlagged = items[b].Kind == BreakItemKind.Penalty && items[b].Flagged;
                        Search(StartAfter(items, b), line + 1, newFitness, newRun, isFlagged, total + demerits);
                    }

                    path.RemoveAt(path.Count - 1);
                }

                if (items[b].IsForcedBreak)
                {
                    return;
                }
            }
        }

        Search(0, 0, 1, 0, false, 0);
        return best;
    }

    /// <summary>
    /// Total demerits of the given lines, checking along the way that they are contiguous, end at
    /// legal breaks, are feasible and obey the flagged limit; null if any check fails.
    /// </summary>
    public static double? Evaluate(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth, BreakOptions options, IReadOnlyList<BrokenLine> lines)
    {
        double total = 0;
        var start = 0;
        var fitness = 1;
        var run = 0;
        var flagged = false;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.Start != start || !IsLegal(items, line.End))
            {
                return null;
            }

            var r = Ratio(lineWidth(k), Measure(items, line.Start, line.End));
            if (LineDemerits(items, options, r, line.End, flagged, run, fitness, options.Tolerance, out fitness, out run) is not { } d)
            {
                return null;
            }

            total += d;
            flagged = items[line.End].Kind == BreakItemKind.Penalty && items[line.End].Flagged;
            start = StartAfter(items, line.End);
        }

        return lines.Count > 0 && lines[^1].End == items.Count - 1 ? total : null;
    }
}
