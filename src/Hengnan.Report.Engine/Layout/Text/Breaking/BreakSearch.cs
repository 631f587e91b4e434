using System.Buffers;

namespace Hengnan.Report.Layout.Text.Breaking;

/// <summary>
/// The state of one <see cref="KnuthPlassBreaker.Break"/> call: prefix sums over the items, the
/// pooled node and active lists, and the passes. All arrays are rented from
/// <see cref="ArrayPool{T}"/> and returned on dispose, so the sweep itself does not allocate.
/// </summary>
internal sealed class BreakSearch : IDisposable
{
    // Fitness classes of K-P 1981 (their "tight", "decent", "loose", "very loose"), by the
    // adjustment ratio: r < -0.5, -0.5 ≤ r ≤ 0.5, 0.5 < r ≤ 1, r > 1.
    private const int Tight = 0;
    private const int Decent = 1;
    private const int VeryLoose = 3;

    // TeX caps badness at 10000 ("inf_bad", tex.web §108); without a cap, the r⁻³ growth of a
    // line with almost no stretch would swamp every other term in the last-resort pass.
    private const double MaxBadness = 10000;

    private readonly Func<int, double> lineWidth;
    private readonly BreakOptions options;
    private readonly int count;

    // The final break: the trailing forced penalty, or `count` when the paragraph has none.
    private readonly int end;
    private readonly bool implicitEnd;

    private BreakItem[] items;

    // K-P compute a line's natural width, stretch and shrink as differences of running totals;
    // sumX[i] is the total over items [0, i) (boxes and glue only — a penalty's width only
    // counts at the break itself). Infinite stretch is counted separately in fillCount, as
    // TeX does with its fil orders, so finite sums never become ∞ - ∞.
    private double[] sumWidth;
    private double[] sumStretch;
    private double[] sumShrink;
    private int[] fillCount;

    // Width of every line number that can occur (a line ends at a distinct breakpoint, so there
    // are at most as many lines as breakpoints), asked for once up front. Lines from
    // uniformFrom on all have the same width, which is what lets TeX merge their line numbers.
    private readonly int maxLines;
    private readonly int uniformFrom;
    private double[] lineWidths;

    private BreakNode[] nodes;
    private int nodeCount;
    private int[] active;
    private int activeCount;

    // Candidates for the breakpoint being tried, grouped by (line number, flagged run), with one
    // slot per fitness class in each group: K-P keep the best way to reach a break for each
    // fitness class, and we also separate line numbers (arbitrary widths) and flagged runs
    // (to enforce MaxConsecutiveFlagged exactly).
    private int[] groupLine;
    private int[] groupRun;
    private double[] slotDemerits;
    private int[] slotPrevious;
    private int[] slotLine;
    private int groupCount;

    private int[] overfull;
    private int overfullCount;

    // MaxConsecutiveFlagged, or -1 when it cannot bind (at least as many as there can be lines);
    // then a node only needs to remember whether its own line ended flagged, which keeps the
    // number of distinct states down.
    private readonly int flaggedLimit;

    public BreakSearch(IReadOnlyList<BreakItem> source, Func<int, double> lineWidth, BreakOptions options)
    {
        this.lineWidth = lineWidth;
        this.options = options;
        count = source.Count;

        items = ArrayPool<BreakItem>.Shared.Rent(count);
        sumWidth = ArrayPool<double>.Shared.Rent(count + 1);
        sumStretch = ArrayPool<double>.Shared.Rent(count + 1);
        sumShrink = ArrayPool<double>.Shared.Rent(count + 1);
        fillCount = ArrayPool<int>.Shared.Rent(count + 1);
        nodes = ArrayPool<BreakNode>.Shared.Rent(Math.Max(64, count));
        active = ArrayPool<int>.Shared.Rent(64);
        groupLine = ArrayPool<int>.Shared.Rent(16);
        groupRun = ArrayPool<int>.Shared.Rent(16);
        slotDemerits = ArrayPool<double>.Shared.Rent(64);
        slotPrevious = ArrayPool<int>.Shared.Rent(64);
        slotLine = ArrayPool<int>.Shared.Rent(64);
        overfull = ArrayPool<int>.Shared.Rent(64);

        double w = 0, y = 0, z = 0;
        var f = 0;
        for (var i = 0; i < count; i++)
        {
            var item = source[i];
            Validate(item, i);
            items[i] = item;
            sumWidth[i] = w;
            sumStretch[i] = y;
            sumShrink[i] = z;
            fillCount[i] = f;
            if (item.Kind != BreakItemKind.Penalty)
            {
                w += item.Width;
                if (item.Kind == BreakItemKind.Glue)
                {
                    if (double.IsPositiveInfinity(item.Stretch))
                    {
                        f++;
                    }
                    else
                    {
                        y += item.Stretch;
                    }

                    z += item.Shrink;
                }
            }
        }

        sumWidth[count] = w;
        sumStretch[count] = y;
        sumShrink[count] = z;
        fillCount[count] = f;

        // The paragraph ends at its last forced break if only discardable items follow it;
        // otherwise at the end of the list, treated as a forced break.
        end = count;
        implicitEnd = true;
        for (var i = count - 1; i >= 0; i--)
        {
            var item = items[i];
            if (item.IsForcedBreak)
            {
                end = i;
                implicitEnd = false;
                break;
            }

            if (item.Kind == BreakItemKind.Box)
            {
                break;
            }
        }

        maxLines = 1;
        for (var i = 0; i < end; i++)
        {
            maxLines += items[i].Kind == BreakItemKind.Box ? 0 : 1;
        }

        lineWidths = ArrayPool<double>.Shared.Rent(maxLines);
        for (var line = 0; line < maxLines; line++)
        {
            var value = lineWidth(line);
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"lineWidth({line}) returned {value}; line widths must be finite.", nameof(lineWidth));
            }

            lineWidths[line] = value;
        }

        // TeX's "easy_line" (tex.web §847-§848): beyond the last line whose width differs, line
        // numbers need not be told apart, because every later line has the same width and so the
        // same future. Merging them keeps the active list small (without it, a paragraph of
        // 2,000 items carries every line count reachable at each breakpoint). Looseness needs the
        // line counts, so TeX, and we, keep them all apart then.
        uniformFrom = maxLines - 1;
        while (uniformFrom > 0 && lineWidths[uniformFrom - 1] == lineWidths[maxLines - 1])
        {
            uniformFrom--;
        }

        if (options.Looseness != 0)
        {
            uniformFrom = int.MaxValue;
        }

        flaggedLimit = options.MaxConsecutiveFlagged >= maxLines ? -1 : options.MaxConsecutiveFlagged;
    }

    private readonly record struct Pass(double Tolerance, double ExtraStretch, bool LastResort);

    public LineBreakResult Run()
    {
        if (TrySearch(new Pass(options.Tolerance, 0, false), out var lines))
        {
            return new LineBreakResult(lines, false);
        }

        if (options.EmergencyStretch > 0
            && TrySearch(new Pass(options.Tolerance, options.EmergencyStretch, false), out lines))
        {
            return new LineBreakResult(lines, true);
        }

        if (TrySearch(new Pass(double.PositiveInfinity, options.EmergencyStretch, true), out lines))
        {
            return new LineBreakResult(lines, true);
        }

        // Unreachable: the last-resort pass never runs out of active nodes (see TryBreak).
        throw new InvalidOperationException("Line breaking found no solution even in its last-resort pass.");
    }

    public void Dispose()
    {
        ArrayPool<BreakItem>.Shared.Return(items);
        ArrayPool<double>.Shared.Return(sumWidth);
        ArrayPool<double>.Shared.Return(sumStretch);
        ArrayPool<double>.Shared.Return(sumShrink);
        ArrayPool<int>.Shared.Return(fillCount);
        ArrayPool<double>.Shared.Return(lineWidths);
        ArrayPool<BreakNode>.Shared.Return(nodes);
        ArrayPool<int>.Shared.Return(active);
        ArrayPool<int>.Shared.Return(groupLine);
        ArrayPool<int>.Shared.Return(groupRun);
        ArrayPool<double>.Shared.Return(slotDemerits);
        ArrayPool<int>.Shared.Return(slotPrevious);
        ArrayPool<int>.Shared.Return(slotLine);
        ArrayPool<int>.Shared.Return(overfull);
        items = [];
        sumWidth = sumStretch = sumShrink = lineWidths = slotDemerits = [];
        fillCount = active = groupLine = groupRun = slotPrevious = slotLine = overfull = [];
        nodes = [];
    }

    private bool TrySearch(Pass pass, out BrokenLine[] lines)
    {
        nodeCount = 0;
        activeCount = 0;

        // The paragraph start is the first active node; K-P give it fitness class "decent" so a
        // very tight or very loose first line pays no fitness demerits against it.
        AddActive(AddNode(new BreakNode
        {
            Position = -1,
            Start = 0,
            Line = 0,
            Fitness = Decent,
            FlaggedRun = 0,
            TotalDemerits = 0,
            Previous = -1,
        }));

        for (var b = 0; b <= end; b++)
        {
            double penalty = 0, penaltyWidth = 0;
            var flagged = false;
            var forced = b == end;
            if (b < count)
            {
                ref readonly var item = ref items[b];
                switch (item.Kind)
                {
                    case BreakItemKind.Box:
                        continue;
                    case BreakItemKind.Glue:
                        // K-P: glue is a legal breakpoint only when immediately preceded by a box, so
                        // a run of glue offers one break and a break never leaves glue at a line end.
                        if (b == 0 || items[b - 1].Kind != BreakItemKind.Box)
                        {
                            continue;
                        }

                        break;
                    default:
                        // K-P: a penalty of +∞ forbids the break; -∞ forces it.
                        if (item.PenaltyValue >= BreakItem.Infinity)
                        {
                            continue;
                        }

                        penalty = item.PenaltyValue;
                        penaltyWidth = item.Width;
                        flagged = item.Flagged;
                        forced |= penalty <= -BreakItem.Infinity;
                        break;
                }
            }

            TryBreak(b, penalty, penaltyWidth, flagged, forced, pass);
            if (activeCount == 0)
            {
                // Every route became infeasible: this pass has no solution.
                lines = [];
                return false;
            }
        }

        lines = ReadBack(ChooseFinal());
        return true;
    }

    private void TryBreak(int b, double penalty, double penaltyWidth, bool flagged, bool forced, Pass pass)
    {
        groupCount = 0;
        overfullCount = 0;
        var isFinal = b == end;
        var extraFill = isFinal && implicitEnd ? 1 : 0;
        var width = sumWidth[b] + penaltyWidth;
        var stretch = sumStretch[b] + pass.ExtraStretch;
        var shrink = sumShrink[b];
        var fill = fillCount[b] + extraFill;
        var write = 0;

        for (var i = 0; i < activeCount; i++)
        {
            var a = active[i];
            ref readonly var node = ref nodes[a];

            // A line from this node would begin after b (b is a discardable penalty right after
            // the node's own break), i.e. be empty with negative width; skip it but keep the node.
            if (node.Start > b)
            {
                active[write++] = a;
                continue;
            }

            var s = node.Start;
            var target = LineWidth(node.Line);
            var r = AdjustmentRatio(
                target - (width - sumWidth[s]),
                stretch - sumStretch[s],
                shrink - sumShrink[s],
                fill - fillCount[s],
                target);

            // K-P: a line may not shrink beyond its shrinkability (r < -1). Widths only grow as b
            // advances, so such a node can never again end a feasible line: deactivate it.
            if (r < -1)
            {
                if (pass.LastResort)
                {
                    RememberOverfull(a);
                }

                continue;
            }

            if (r <= pass.Tolerance)
            {
                // Hard limit on consecutive flagged lines, as part of the state rather than a
                // post-check so the result is optimal among the routes that obey it. A forced
                // break cannot be declined, so it is exempt.
                var run = FlaggedRun(node, flagged);
                if (forced || flaggedLimit < 0 || run <= flaggedLimit)
                {
                    var fitness = FitnessClass(r);
                    var demerits = Demerits(r, penalty, flagged, node.FlaggedRun > 0, isFinal);

                    // K-P's γ: adjacent lines whose fitness classes are not neighbours.
                    if (Math.Abs(fitness - node.Fitness) > 1)
                    {
                        demerits += options.FitnessDemerits;
                    }

                    Offer(node.Line + 1, run, fitness, node.TotalDemerits + demerits, a);
                }
            }

            // K-P: after a forced break no line can start before it, so every node retires.
            if (!forced)
            {
                active[write++] = a;
            }
        }

        activeCount = write;

        if (groupCount == 0 && activeCount == 0 && overfullCount > 0)
        {
            // Last resort (TeX's "artificial demerits", tex.web §854): every route would end here
            // with no way forward. Rather than fail, accept an overfull line from the node that
            // overflows least. If the flagged limit rules that out at this break, keep the nodes
            // alive for the next breakpoint instead (at the latest the final, forced, break).
            if (!OfferLeastOverfull(b, flagged, forced))
            {
                for (var i = 0; i < overfullCount; i++)
                {
                    active[activeCount++] = overfull[i];
                }

                return;
            }
        }

        if (groupCount > 0)
        {
            InsertCandidates(b);
        }
    }

    private bool OfferLeastOverfull(int b, bool flagged, bool forced)
    {
        var width = sumWidth[b] + (b < count && items[b].Kind == BreakItemKind.Penalty ? items[b].Width : 0);
        var best = -1;
        var bestExcess = double.PositiveInfinity;
        for (var i = 0; i < overfullCount; i++)
        {
            ref readonly var node = ref nodes[overfull[i]];
            var run = FlaggedRun(node, flagged);
            if (!forced && flaggedLimit >= 0 && run > flaggedLimit)
            {
                continue;
            }

            var s = node.Start;
            var excess = width - sumWidth[s] - (sumShrink[b] - sumShrink[s]) - LineWidth(node.Line);
            if (best < 0 || excess < bestExcess || (excess == bestExcess && node.TotalDemerits < nodes[overfull[best]].TotalDemerits))
            {
                best = i;
                bestExcess = excess;
            }
        }

        if (best < 0)
        {
            return false;
        }

        ref readonly var chosen = ref nodes[overfull[best]];
        Offer(chosen.Line + 1, FlaggedRun(chosen, flagged), Tight, chosen.TotalDemerits, overfull[best]);
        return true;
    }

    private int FlaggedRun(in BreakNode previous, bool flagged)
    {
        if (!flagged)
        {
            return 0;
        }

        return flaggedLimit < 0 ? 1 : Math.Min(previous.FlaggedRun, flaggedLimit) + 1;
    }

    // K-P 1981, eq. for demerits: (l + b)² + p² for p ≥ 0, (l + b)² - p² for -∞ < p < 0, and
    // (l + b)² for a forced break; plus α when this and the previous line both end flagged.
    // TeX (tex.web §859) charges \finalhyphendemerits instead of α at the paragraph's end.
    private double Demerits(double r, double penalty, bool flagged, bool previousFlagged, bool isFinal)
    {
        var lb = options.LinePenalty + Badness(r);
        var d = lb * lb;
        if (penalty >= 0)
        {
            d += penalty * penalty;
        }
        else if (penalty > -BreakItem.Infinity)
        {
            d -= penalty * penalty;
        }

        if (previousFlagged)
        {
            if (isFinal)
            {
                d += options.FinalFlaggedDemerits;
            }
            else if (flagged)
            {
                d += options.FlaggedDemerits;
            }
        }

        return d;
    }

    // K-P's badness 100·|r|³, capped like TeX's.
    private static double Badness(double r)
    {
        if (double.IsInfinity(r))
        {
            return MaxBadness;
        }

        var a = Math.Abs(r);
        return Math.Min(100 * a * a * a, MaxBadness);
    }

    private static int FitnessClass(double r) => r switch
    {
        < -0.5 => Tight,
        <= 0.5 => Decent,
        <= 1 => 2,
        _ => VeryLoose,
    };

    /// <summary>
    /// K-P's adjustment ratio r: shortfall / stretch when the line is short, shortfall / shrink
    /// when it is long. Infinite stretch absorbs any shortfall (r = 0, as TeX's fil glue).
    /// ±∞ when there is nothing to stretch or shrink with.
    /// </summary>
    private static double AdjustmentRatio(double shortfall, double stretch, double shrink, int fill, double target)
    {
        // Prefix-sum differences carry rounding error; a line that fits exactly must not turn
        // into an infinitely overfull one just because it has no shrink.
        if (Math.Abs(shortfall) <= 1e-9 * Math.Max(1, Math.Abs(target)))
        {
            return 0;
        }

        if (shortfall > 0)
        {
            if (fill > 0)
            {
                return 0;
            }

            return stretch > 0 ? shortfall / stretch : double.PositiveInfinity;
        }

        return shrink > 0 ? shortfall / shrink : double.NegativeInfinity;
    }

    private void Offer(int line, int run, int fitness, double totalDemerits, int previous)
    {
        // Candidates are told apart by line number only where widths can still differ.
        var lineClass = Math.Min(line, uniformFrom);
        var g = 0;
        while (g < groupCount && (groupLine[g] != lineClass || groupRun[g] != run))
        {
            g++;
        }

        if (g == groupCount)
        {
            if (groupCount == groupLine.Length)
            {
                Grow(ref groupLine, groupCount);
            }

            if (groupCount == groupRun.Length)
            {
                Grow(ref groupRun, groupCount);
            }

            if ((groupCount * 4) + 4 > slotDemerits.Length)
            {
                Grow(ref slotDemerits, groupCount * 4);
            }

            if ((groupCount * 4) + 4 > slotPrevious.Length)
            {
                Grow(ref slotPrevious, groupCount * 4);
            }

            if ((groupCount * 4) + 4 > slotLine.Length)
            {
                Grow(ref slotLine, groupCount * 4);
            }

            groupLine[g] = lineClass;
            groupRun[g] = run;
            slotPrevious.AsSpan(g * 4, 4).Fill(-1);
            groupCount++;
        }

        // Ties go to the later active node, as in TeX (tex.web §855 uses ≤). Active nodes are in
        // order of position, so the earlier lines of the paragraph come out fuller, which is
        // what a reader expects when all else is equal (e.g. underfull lines in the last resort).
        var slot = (g * 4) + fitness;
        if (slotPrevious[slot] < 0 || totalDemerits <= slotDemerits[slot])
        {
            slotDemerits[slot] = totalDemerits;
            slotPrevious[slot] = previous;
            slotLine[slot] = line;
        }
    }

    private void InsertCandidates(int b)
    {
        var start = StartAfter(b);
        for (var g = 0; g < groupCount; g++)
        {
            var best = double.PositiveInfinity;
            for (var c = 0; c < 4; c++)
            {
                if (slotPrevious[(g * 4) + c] >= 0)
                {
                    best = Math.Min(best, slotDemerits[(g * 4) + c]);
                }
            }

            for (var c = 0; c < 4; c++)
            {
                var slot = (g * 4) + c;
                var previous = slotPrevious[slot];

                // TeX's pruning (tex.web §836, §855): a fitness class costing more than the best
                // class plus γ can never win, since γ is the most the next line's fitness can
                // add. Exact here because the nodes compared share position, line and flagged run.
                if (previous < 0 || slotDemerits[slot] > best + Math.Max(0, options.FitnessDemerits))
                {
                    continue;
                }

                AddActive(AddNode(new BreakNode
                {
                    Position = b,
                    Start = start,
                    Line = slotLine[slot],
                    Fitness = c,
                    FlaggedRun = groupRun[g],
                    TotalDemerits = slotDemerits[slot],
                    Previous = previous,
                }));
            }
        }
    }

    // K-P: the next line starts at the first box or forced break after the break; the glue and
    // penalties between are discarded ("totals after the break" in their algorithm).
    private int StartAfter(int b)
    {
        var i = b + 1;
        while (i < count)
        {
            ref readonly var item = ref items[i];
            if (item.Kind == BreakItemKind.Box || item.IsForcedBreak)
            {
                break;
            }

            i++;
        }

        return Math.Min(i, count);
    }

    private int ChooseFinal()
    {
        // After the final forced break the active list holds exactly the nodes that end the
        // paragraph. Pick the fewest demerits; with looseness, TeX's rule (tex.web §875): the line
        // count closest to optimal + looseness without overshooting, then fewest demerits.
        var best = active[0];
        for (var i = 1; i < activeCount; i++)
        {
            if (nodes[active[i]].TotalDemerits < nodes[best].TotalDemerits)
            {
                best = active[i];
            }
        }

        var looseness = options.Looseness;
        if (looseness == 0)
        {
            return best;
        }

        var bestLine = nodes[best].Line;
        var chosen = best;
        var actual = 0;
        for (var i = 0; i < activeCount; i++)
        {
            ref readonly var node = ref nodes[active[i]];
            var diff = node.Line - bestLine;
            if ((diff < actual && looseness <= diff) || (diff > actual && looseness >= diff))
            {
                chosen = active[i];
                actual = diff;
            }
            else if (diff == actual && node.TotalDemerits < nodes[chosen].TotalDemerits)
            {
                chosen = active[i];
            }
        }

        return chosen;
    }

    private BrokenLine[] ReadBack(int last)
    {
        var lines = new BrokenLine[nodes[last].Line];
        for (var n = last; nodes[n].Previous >= 0; n = nodes[n].Previous)
        {
            ref readonly var node = ref nodes[n];
            ref readonly var previous = ref nodes[node.Previous];
            var s = previous.Start;
            var b = node.Position;
            var width = sumWidth[b] - sumWidth[s];
            if (b < count && items[b].Kind == BreakItemKind.Penalty)
            {
                width += items[b].Width;
            }

            var target = LineWidth(previous.Line);
            // Report the ratio the caller must set the real glue to, i.e. without the emergency
            // stretch, which only served to judge badness. An infinite ratio becomes ±Infinity
            // (10000), which is still finite when multiplied by zero stretch.
            var r = AdjustmentRatio(
                target - width,
                sumStretch[b] - sumStretch[s],
                sumShrink[b] - sumShrink[s],
                fillCount[b] - fillCount[s] + (b == end && implicitEnd ? 1 : 0),
                target);
            r = Math.Clamp(r, -BreakItem.Infinity, BreakItem.Infinity);
            lines[node.Line - 1] = new BrokenLine(s, b, r);
        }

        return lines;
    }

    private double LineWidth(int line) => lineWidths[Math.Min(line, maxLines - 1)];

    private int AddNode(in BreakNode node)
    {
        if (nodeCount == nodes.Length)
        {
            Grow(ref nodes, nodeCount);
        }

        nodes[nodeCount] = node;
        return nodeCount++;
    }

    private void AddActive(int node)
    {
        if (activeCount == active.Length)
        {
            Grow(ref active, activeCount);
        }

        active[activeCount++] = node;
    }

    private void RememberOverfull(int node)
    {
        if (overfullCount == overfull.Length)
        {
            Grow(ref overfull, overfullCount);
        }

        overfull[overfullCount++] = node;
    }

    private static void Grow<T>(ref T[] array, int used)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(16, array.Length * 2));
        Array.Copy(array, bigger, used);
        ArrayPool<T>.Shared.Return(array);
        array = bigger;
    }

    private static void Validate(in BreakItem item, int index)
    {
        if (!double.IsFinite(item.Width) || !double.IsFinite(item.Shrink)
            || double.IsNaN(item.Stretch) || double.IsNegativeInfinity(item.Stretch)
            || double.IsNaN(item.PenaltyValue))
        {
            throw new ArgumentException($"Item {index} ({item}) has a NaN or infinite measure; only glue stretch may be +∞.", "items");
        }
    }
}
