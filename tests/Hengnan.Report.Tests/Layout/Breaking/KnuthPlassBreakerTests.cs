using System.Diagnostics;
using Hengnan.Report.Layout.Text.Breaking;
using Xunit.Abstractions;

namespace Hengnan.Report.Tests.Layout.Breaking;

/// <summary>
/// All paragraphs here are synthetic: fixed-width "words" built by <see cref="SyntheticParagraph"/>
/// (inter-word glue of width 1, stretch 1, shrink 0.5 unless stated; hyphens of width 1 with
/// penalty 50), not shaped text.
/// </summary>
public sealed class KnuthPlassBreakerTests(ITestOutputHelper output)
{
    private static readonly BreakOptions Defaults = BreakOptions.Default;

    [Fact]
    public void SpreadsSpaceEvenlyWhereFirstFitLeavesALooseLine()
    {
        var items = SyntheticParagraph.Build("6 2 3 5 5 2 5 6 7 7 4 4 7 2 5 3");
        static double Width(int line) => 20;

        var result = KnuthPlassBreaker.Break(items, Width, Defaults);
        var greedy = GreedyBreaker.Break(items, Width);

        Assert.False(result.Emergency);
        Assert.Equal("6 2 3 5 | 5 2 5 6 | 7 7 4 | 4 7 2 5 | 3", SyntheticParagraph.Render(items, result.Lines));
        Assert.Equal([7, 15, 21, 29, 33], result.Lines.Select(l => l.End));
        Assert.Equal([1 / 3.0, -2 / 3.0, 0, -2 / 3.0, 0], result.Lines.Select(l => l.Ratio), new RatioComparer());

        // First fit packs "5 2 5" then has to stretch "6 7" to a ratio of 6.
        Assert.Equal("6 2 3 5 | 5 2 5 | 6 7 | 7 4 4 | 7 2 5 3", SyntheticParagraph.Render(items, greedy));
        var worstOptimal = result.Lines.SkipLast(1).Max(l => Math.Abs(l.Ratio));
        var worstGreedy = greedy.SkipLast(1).Max(l => Math.Abs(l.Ratio));
        Assert.True(worstOptimal < worstGreedy, $"optimal {worstOptimal}, greedy {worstGreedy}");
        Assert.Equal(6, worstGreedy, 9);

        AssertOptimal(items, Width, Defaults, result);
    }

    [Fact]
    public void ForcedBreakEndsALine()
    {
        // "3 3 3 3 3 3" with a manual line break (TeX's \newline: fil glue + forced break) after word two.
        var items = SyntheticParagraph.Build("3 3 3 3 3 3");
        items.InsertRange(3, [BreakItem.Glue(0, double.PositiveInfinity, 0), BreakItem.Penalty(0, -BreakItem.Infinity, false)]);
        var forcedAt = 4;

        var result = KnuthPlassBreaker.Break(items, _ => 11, Defaults);

        Assert.False(result.Emergency);
        Assert.Equal("3 3 | 3 3 3 | 3", SyntheticParagraph.Render(items, result.Lines));
        Assert.Equal(forcedAt, result.Lines[0].End);
        Assert.Equal(0, result.Lines[0].Ratio);  // the fil glue takes up the slack
        Assert.Equal(forcedAt + 2, result.Lines[1].Start); // discarded the glue after the break
        AssertOptimal(items, _ => 11, Defaults, result);
    }

    [Fact]
    public void ConsecutiveForcedBreaksGiveAnEmptyLine()
    {
        var items = new List<BreakItem> { BreakItem.Box(5), BreakItem.Penalty(0, -BreakItem.Infinity, false) };
        items.Add(BreakItem.Penalty(0, -BreakItem.Infinity, false));
        items.Add(BreakItem.Box(5));
        items.AddRange(BreakItem.FinishingSequence);

        var result = KnuthPlassBreaker.Break(items, _ => 20, Defaults);

        Assert.Equal([new BrokenLine(0, 1, 10000), new BrokenLine(2, 2, 10000), new BrokenLine(3, 6, 0)], result.Lines);
        // Forced breaks without fil glue leave underfull lines: reported, but not an error.
        Assert.True(result.Emergency);
    }

    [Fact]
    public void NeverBreaksAtForbiddenBreaks()
    {
        // Nine words of 4 fill lines of 14 exactly in threes.
        var items = SyntheticParagraph.Build("4 4 4 4 4 4 4 4 4", stretch: 2);
        var free = KnuthPlassBreaker.Break(items, _ => 14, Defaults);
        Assert.Equal("4 4 4 | 4 4 4 | 4 4 4", SyntheticParagraph.Render(items, free.Lines));
        Assert.Equal(5, free.Lines[0].End);

        // A non-breaking space between words two and three: penalty +∞ before the glue, so the glue
        // no longer follows a box. The first line now has to stop after two words.
        items.Insert(5, BreakItem.Penalty(0, BreakItem.Infinity, false));
        var result = KnuthPlassBreaker.Break(items, _ => 14, Defaults);

        Assert.False(result.Emergency);
        Assert.Equal("4 4 | 4 4 4 | 4 4 4 | 4", SyntheticParagraph.Render(items, result.Lines));
        Assert.DoesNotContain(result.Lines, l => l.End is 5 or 6);
        AssertOptimal(items, _ => 14, Defaults, result);
    }

    [Fact]
    public void NeverBreaksAtAForbiddenHyphen()
    {
        // "4 4-5": the hyphen after "4 4" would fill a line of 10 exactly.
        var items = SyntheticParagraph.Build("4 4-5 2 7", stretch: 2);
        Assert.Equal(3, KnuthPlassBreaker.Break(items, _ => 10, Defaults).Lines[0].End);

        items[3] = BreakItem.Penalty(SyntheticParagraph.HyphenWidth, BreakItem.Infinity, true);
        var result = KnuthPlassBreaker.Break(items, _ => 10, Defaults);
        Assert.DoesNotContain(result.Lines, l => l.End == 3);
    }

    [Fact]
    public void NoMoreThanTwoConsecutiveLinesEndFlagged()
    {
        // Lines of 10 with glue stretch 2. "4 4-", "5 3-" and "4 1 2-" each fill a line exactly at
        // a hyphen, and the first two lines have no other feasible break at all. Line three could
        // instead end after "4 1" (ratio 2, 656,100 demerits) - far worse than a third hyphen
        // (100 + 50² + 3000), so only the hard limit can stop the third hyphen.
        var items = SyntheticParagraph.Build("4 4-5 3-4 1 2-6 1 5", stretch: 2);

        var unlimited = KnuthPlassBreaker.Break(items, _ => 10, Defaults with { MaxConsecutiveFlagged = 3 });
        Assert.Equal("4 4- | 5 3- | 4 1 2- | 6 1 | 5", SyntheticParagraph.Render(items, unlimited.Lines));
        Assert.Equal([true, true, true, false, false], unlimited.Lines.Select(l => SyntheticParagraph.EndsFlagged(items, l)));

        var limited = KnuthPlassBreaker.Break(items, _ => 10, Defaults);
        Assert.Equal(2, Defaults.MaxConsecutiveFlagged);
        Assert.False(limited.Emergency);
        Assert.Equal("4 4- | 5 3- | 4 1 | 26 1 | 5", SyntheticParagraph.Render(items, limited.Lines));
        Assert.Equal([true, true, false, false, false], limited.Lines.Select(l => SyntheticParagraph.EndsFlagged(items, l)));
        Assert.Equal(2, limited.Lines[2].Ratio, 9);

        var noLimit = KnuthPlassBreaker.Break(items, _ => 10, Defaults with { MaxConsecutiveFlagged = int.MaxValue });
        Assert.Equal(unlimited.Lines, noLimit.Lines);

        // The limit is part of the search: the result is the optimum among sequences obeying it.
        AssertOptimal(items, _ => 10, Defaults, limited);
        AssertOptimal(items, _ => 10, Defaults with { MaxConsecutiveFlagged = 3 }, unlimited);
    }

    [Fact]
    public void MaxConsecutiveFlaggedZeroForbidsHyphenation()
    {
        var items = SyntheticParagraph.Build("4 4-5 3-4 1 2-6 1 5", stretch: 2);
        var result = KnuthPlassBreaker.Break(items, _ => 10, Defaults with { MaxConsecutiveFlagged = 0 });
        Assert.DoesNotContain(result.Lines, l => SyntheticParagraph.EndsFlagged(items, l));
    }

    [Fact]
    public void FlaggedDemeritsDiscourageConsecutiveHyphens()
    {
        // Same paragraph, no hard limit: raising α above the cost of the loose alternative
        // (656,200 - 5,700 more) makes the search give up the third hyphen on its own.
        var items = SyntheticParagraph.Build("4 4-5 3-4 1 2-6 1 5", stretch: 2);
        var options = Defaults with { MaxConsecutiveFlagged = 10, FlaggedDemerits = 1_000_000 };
        var result = KnuthPlassBreaker.Break(items, _ => 10, options);
        Assert.Equal("4 4- | 5 3- | 4 1 | 26 1 | 5", SyntheticParagraph.Render(items, result.Lines));
    }

    [Fact]
    public void HonoursVaryingLineWidths()
    {
        var items = SyntheticParagraph.Build("6 2 3 5 5 2 5 6 7 7 4 4 7 2 5 3");

        // A first line indented by 6 (modelled as a narrower line).
        static double Indented(int line) => line == 0 ? 14 : 20;
        var indented = KnuthPlassBreaker.Break(items, Indented, Defaults);
        Assert.False(indented.Emergency);
        Assert.Equal("6 2 3 | 5 5 2 | 5 6 7 | 7 4 4 | 7 2 5 3", SyntheticParagraph.Render(items, indented.Lines));
        AssertLinesFit(items, Indented, indented);
        AssertOptimal(items, Indented, Defaults, indented);

        // A "parshape" that widens line by line; widths are asked for by line number.
        var asked = new List<int>();
        double Widening(int line)
        {
            asked.Add(line);
            return 12 + (4 * line);
        }

        var widening = KnuthPlassBreaker.Break(items, Widening, Defaults);
        Assert.Equal(asked.Distinct().Count(), asked.Count); // each width requested once
        Assert.False(widening.Emergency);
        AssertLinesFit(items, Widening, widening);
        AssertOptimal(items, Widening, Defaults, widening);
    }

    [Fact]
    public void AnOverfullUnbreakableWordTriggersEmergencyButStillBreaks()
    {
        var items = SyntheticParagraph.Build("4 4 30 4 4");
        var result = KnuthPlassBreaker.Break(items, _ => 20, Defaults);

        Assert.True(result.Emergency);
        AssertCovers(items, result);
        Assert.Equal("4 4 | 30 | 4 4", SyntheticParagraph.Render(items, result.Lines));
        Assert.Equal(-BreakItem.Infinity, result.Lines[1].Ratio); // overfull and nothing to shrink
        Assert.Null(ExhaustiveBreaker.Optimum(items, _ => 20, Defaults));
    }

    [Fact]
    public void EmergencyPrefersUnderfullToOverfullLines()
    {
        // CJK-like: 25 boxes of 1 with free breaks between them and no stretch, on lines of 10.5.
        // Nothing fits exactly, so every line is underfull; none may be overfull.
        var items = new List<BreakItem>();
        for (var i = 0; i < 25; i++)
        {
            items.Add(BreakItem.Box(1));
            items.Add(BreakItem.Penalty(0, 0, false));
        }

        items.RemoveAt(items.Count - 1);
        items.AddRange(BreakItem.FinishingSequence);

        var result = KnuthPlassBreaker.Break(items, _ => 10.5, Defaults);

        Assert.True(result.Emergency);
        AssertCovers(items, result);
        Assert.Equal([19, 39, 51], result.Lines.Select(l => l.End)); // 10, 10 and 5 boxes
        Assert.All(result.Lines.SkipLast(1), l => Assert.Equal(BreakItem.Infinity, l.Ratio));
        Assert.All(result.Lines, l => Assert.True(SyntheticParagraph.NaturalWidth(items, l) <= 10.5));
    }

    [Fact]
    public void EmergencyStretchRescuesLooseLines()
    {
        // "9 | 12 | 9" on lines of 20: no line can be within tolerance (single words have no glue,
        // two words overflow). With 11 units of emergency stretch, the single-word lines rate r ≤ 1.
        var items = SyntheticParagraph.Build("9 12 9");
        var options = Defaults with { EmergencyStretch = 11 };

        var result = KnuthPlassBreaker.Break(items, _ => 20, options);

        Assert.True(result.Emergency);
        Assert.Equal("9 | 12 | 9", SyntheticParagraph.Render(items, result.Lines));
        // The reported ratios are for the real glue, not the emergency stretch.
        Assert.Equal([BreakItem.Infinity, BreakItem.Infinity, 0], result.Lines.Select(l => l.Ratio));
        Assert.Null(ExhaustiveBreaker.Optimum(items, _ => 20, options));
        Assert.All(result.Lines, l => Assert.True(SyntheticParagraph.NaturalWidth(items, l) <= 20));
    }

    [Fact]
    public void EmergencyStretchLoosensTheTolerance()
    {
        // Lines of 20: "8 8" is 17 wide with one glue of stretch 1, so r = 3: feasible at the
        // default tolerance of 3 but not at 2. One unit of emergency stretch makes it 3 / 2 = 1.5.
        var items = SyntheticParagraph.Build("8 8 8 8");
        var strict = Defaults with { Tolerance = 2 };

        var normal = KnuthPlassBreaker.Break(items, _ => 20, Defaults);
        Assert.False(normal.Emergency);
        Assert.Equal("8 8 | 8 8", SyntheticParagraph.Render(items, normal.Lines));
        Assert.Null(ExhaustiveBreaker.Optimum(items, _ => 20, strict));

        var rescued = KnuthPlassBreaker.Break(items, _ => 20, strict with { EmergencyStretch = 1 });
        Assert.True(rescued.Emergency);
        Assert.Equal("8 8 | 8 8", SyntheticParagraph.Render(items, rescued.Lines));
        Assert.Equal(3, rescued.Lines[0].Ratio, 9); // real glue: shortfall 3 over stretch 1
    }

    [Fact]
    public void SingleWordParagraphIsOneLine()
    {
        var items = SyntheticParagraph.Build("7");
        var result = KnuthPlassBreaker.Break(items, _ => 20, Defaults);

        Assert.False(result.Emergency);
        Assert.Equal([new BrokenLine(0, 3, 0)], result.Lines);
    }

    [Fact]
    public void EmptyParagraphIsOneEmptyLine()
    {
        // Only the finishing sequence: one empty line up to the final forced break (documented
        // choice: the caller decides whether an empty paragraph takes vertical space).
        var result = KnuthPlassBreaker.Break(BreakItem.FinishingSequence, _ => 20, Defaults);

        Assert.False(result.Emergency);
        Assert.Equal([new BrokenLine(0, 2, 0)], result.Lines);
    }

    [Fact]
    public void NoItemsGiveNoLines()
    {
        var result = KnuthPlassBreaker.Break([], _ => 20, Defaults);
        Assert.Empty(result.Lines);
        Assert.False(result.Emergency);
    }

    [Fact]
    public void ParagraphWithoutFinishingSequenceEndsAtItsLastItem()
    {
        var items = SyntheticParagraph.Build("6 2 3 5 5 2 5 6 7 7 4 4 7 2 5 3", finish: false);
        var result = KnuthPlassBreaker.Break(items, _ => 20, Defaults);

        Assert.False(result.Emergency);
        Assert.Equal("6 2 3 5 | 5 2 5 6 | 7 7 4 | 4 7 2 5 | 3", SyntheticParagraph.Render(items, result.Lines));
        Assert.Equal(new BrokenLine(30, items.Count, 0), result.Lines[^1]);
    }

    [Fact]
    public void TrailingDiscardablesAfterTheFinalBreakAreIgnored()
    {
        var items = SyntheticParagraph.Build("6 2 3");
        var final = items.Count - 1;
        items.Add(BreakItem.Glue(1, 1, 0));
        items.Add(BreakItem.Penalty(0, 0, false));

        var result = KnuthPlassBreaker.Break(items, _ => 20, Defaults);
        Assert.Equal([new BrokenLine(0, final, 0)], result.Lines);
    }

    [Fact]
    public void LoosenessAsksForMoreOrFewerLines()
    {
        var items = SyntheticParagraph.Build("7 4 6 3 6 3 3 5 2 6 2 5 2 4 7 3 4 6 6 2 6 5 7 3 6 2 5 2 7 7 2 4", stretch: 3, shrink: 1);
        var optimal = KnuthPlassBreaker.Break(items, _ => 20, Defaults).Lines.Count;
        Assert.Equal(9, optimal);

        foreach (var (looseness, expected) in new[] { (1, 10), (2, 11), (-1, 8), (-2, 8) })
        {
            var options = Defaults with { Looseness = looseness };
            var result = KnuthPlassBreaker.Break(items, _ => 20, options);
            Assert.False(result.Emergency);
            Assert.Equal(expected, result.Lines.Count);

            // Best among the solutions with that many lines.
            var best = ExhaustiveBreaker.Optimum(items, _ => 20, options, lineCount: expected);
            Assert.NotNull(best);
            Assert.Equal(best.Value.Total, ExhaustiveBreaker.Evaluate(items, _ => 20, options, result.Lines)!.Value, 6);
        }

        // -2 cannot be met: no feasible 7-line solution exists.
        Assert.Null(ExhaustiveBreaker.Optimum(items, _ => 20, Defaults, lineCount: 7));
    }

    [Fact]
    public void FinalFlaggedDemeritsAvoidAHyphenBeforeTheLastLine()
    {
        // Lines of 10, glue stretch 4. "3 3 1-" fills the first line exactly at a hyphen
        // (100 + 50² demerits) where "3 3" has r = 3/4 (52.2² ≈ 2,725): the hyphen wins by 125
        // unless the last-but-one line's hyphen costs TeX's \finalhyphendemerits (5000 by default).
        var items = SyntheticParagraph.Build("3 3 1-4 3", stretch: 4);

        var plain = KnuthPlassBreaker.Break(items, _ => 10, Defaults with { FinalFlaggedDemerits = 0 });
        Assert.Equal("3 3 1- | 4 3", SyntheticParagraph.Render(items, plain.Lines));

        var withFinal = KnuthPlassBreaker.Break(items, _ => 10, Defaults);
        Assert.Equal(5000, Defaults.FinalFlaggedDemerits);
        Assert.Equal("3 3 | 14 3", SyntheticParagraph.Render(items, withFinal.Lines));
        AssertOptimal(items, _ => 10, Defaults, withFinal);
    }

    [Fact]
    public void MatchesExhaustiveSearchOnRandomParagraphs()
    {
        // Synthetic paragraphs of 6-14 words (widths 1-8, some hyphenated) with random widths,
        // tolerances and demerits; the result must be exactly as good as the best of all break
        // sequences, or be flagged Emergency when there is no feasible sequence.
        var random = new Random(20240611);
        var checkedOptimal = 0;
        var checkedEmergency = 0;
        for (var trial = 0; trial < 400; trial++)
        {
            var hyphenRate = random.Next(2, 5); // one word in 2 to 4 has a hyphenation point
            var words = string.Join(' ', Enumerable.Range(0, random.Next(6, 15)).Select(_ =>
                random.Next(hyphenRate) == 0 ? $"{random.Next(1, 5)}-{random.Next(1, 5)}" : $"{random.Next(1, 9)}"));
            var items = SyntheticParagraph.Build(words, stretch: random.Next(1, 4), shrink: random.Next(0, 3) * 0.5);
            var baseWidth = random.Next(9, 20);
            var shape = random.Next(4);
            double Width(int line) => shape switch
            {
                0 => baseWidth,
                1 => line == 0 ? baseWidth - 3 : baseWidth,
                2 => baseWidth + (((line * 7) % 5) - 2),
                _ => line % 2 == 0 ? baseWidth : baseWidth * 1.5,
            };

            var options = new BreakOptions
            {
                LinePenalty = new[] { 0.0, 10 }[random.Next(2)],
                Tolerance = new[] { 1.0, 2, 3 }[random.Next(3)],
                FitnessDemerits = new[] { 0.0, 100, 10000 }[random.Next(3)],
                FlaggedDemerits = new[] { 0.0, 3000 }[random.Next(2)],
                FinalFlaggedDemerits = new[] { 0.0, 5000 }[random.Next(2)],
                MaxConsecutiveFlagged = random.Next(0, 4),
            };

            var result = KnuthPlassBreaker.Break(items, Width, options);
            AssertCovers(items, result);
            var optimum = ExhaustiveBreaker.Optimum(items, Width, options);
            if (optimum is null)
            {
                Assert.True(result.Emergency, $"trial {trial}: '{words}' has no feasible breaks but was not flagged");
                checkedEmergency++;
                continue;
            }

            Assert.False(result.Emergency, $"trial {trial}: '{words}'");
            var total = ExhaustiveBreaker.Evaluate(items, Width, options, result.Lines);
            Assert.True(total.HasValue, $"trial {trial}: '{words}' returned infeasible lines {SyntheticParagraph.Render(items, result.Lines)}");
            Assert.True(Math.Abs(total.Value - optimum.Value.Total) <= 1e-6 * Math.Max(1, optimum.Value.Total),
                $"trial {trial}: '{words}': got {total} ({SyntheticParagraph.Render(items, result.Lines)}), optimum {optimum.Value.Total} at {string.Join(",", optimum.Value.Breaks)}");
            checkedOptimal++;
        }

        output.WriteLine($"{checkedOptimal} optimal, {checkedEmergency} without feasible breaks");
        Assert.True(checkedOptimal > 100 && checkedEmergency > 10);
    }

    [Fact]
    public void DegenerateInputsStillGiveLines()
    {
        List<BreakItem>[] inputs =
        [
            [BreakItem.Glue(1, 1, 1)],
            [BreakItem.Penalty(0, -BreakItem.Infinity, false)],
            [BreakItem.Penalty(0, 0, false), BreakItem.Penalty(0, 0, false)],
            [BreakItem.Box(100)],
            [BreakItem.Box(100), BreakItem.Glue(1, 0, 0), BreakItem.Box(100)],
            [BreakItem.Box(3), BreakItem.Penalty(1, -BreakItem.Infinity, true), BreakItem.Penalty(1, -BreakItem.Infinity, true), BreakItem.Penalty(1, -BreakItem.Infinity, true)],
            [BreakItem.Box(-5), BreakItem.Glue(-1, 0, 0), BreakItem.Box(30), BreakItem.Glue(0, double.PositiveInfinity, 0)],
        ];

        foreach (var items in inputs)
        {
            var result = KnuthPlassBreaker.Break(items, _ => 20, Defaults);
            Assert.NotEmpty(result.Lines);
            Assert.All(result.Lines, l => Assert.True(l.Start <= l.End && double.IsFinite(l.Ratio)));
        }
    }

    [Fact]
    public void RejectsInvalidArguments()
    {
        var items = SyntheticParagraph.Build("3 3");
        Assert.Throws<ArgumentOutOfRangeException>(() => KnuthPlassBreaker.Break(items, _ => 20, Defaults with { Tolerance = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => KnuthPlassBreaker.Break(items, _ => 20, Defaults with { MaxConsecutiveFlagged = -1 }));
        Assert.Throws<ArgumentException>(() => KnuthPlassBreaker.Break(items, _ => double.NaN, Defaults));
        Assert.Throws<ArgumentException>(() => KnuthPlassBreaker.Break([BreakItem.Box(double.NaN)], _ => 20, Defaults));
    }

    [Fact]
    public void BreaksTwoThousandItemsQuickly()
    {
        // A synthetic paragraph of ~2,000 items: ~800 words of width 2-9, a third of them with a
        // hyphen point, on lines of 60 (about ten words a line, ~80 lines).
        var random = new Random(42);
        var words = string.Join(' ', Enumerable.Range(0, 820).Select(_ =>
            random.Next(3) == 0 ? $"{random.Next(2, 6)}-{random.Next(2, 6)}" : $"{random.Next(2, 10)}"));
        var items = SyntheticParagraph.Build(words);
        Assert.InRange(items.Count, 1900, 2300);

        for (var i = 0; i < 20; i++)
        {
            KnuthPlassBreaker.Break(items, _ => 60, Defaults);
        }

        const int Runs = 200;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        LineBreakResult? result = null;
        for (var i = 0; i < Runs; i++)
        {
            result = KnuthPlassBreaker.Break(items, _ => 60, Defaults);
        }

        var perRun = stopwatch.Elapsed.TotalMicroseconds / Runs;
        var allocatedPerRun = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Runs;
        output.WriteLine($"{items.Count} items, {result!.Lines.Count} lines: {perRun:F0} µs per paragraph, {allocatedPerRun} bytes allocated");

        Assert.False(result.Emergency);
        AssertCovers(items, result);
        // Allocation is the result and a few objects, independent of the search size.
        Assert.True(allocatedPerRun < 4096 + (result.Lines.Count * 24), $"{allocatedPerRun} bytes per run");
        // Generous bound for busy CI machines; the measured time is printed above.
        Assert.True(perRun < 20_000, $"{perRun:F0} µs per paragraph");
    }

    private static void AssertOptimal(List<BreakItem> items, Func<int, double> width, BreakOptions options, LineBreakResult result)
    {
        AssertCovers(items, result);
        var optimum = ExhaustiveBreaker.Optimum(items, width, options);
        Assert.NotNull(optimum);
        var total = ExhaustiveBreaker.Evaluate(items, width, options, result.Lines);
        Assert.NotNull(total);
        Assert.Equal(optimum.Value.Total, total.Value, 6);
    }

    private static void AssertLinesFit(List<BreakItem> items, Func<int, double> width, LineBreakResult result)
    {
        for (var k = 0; k < result.Lines.Count - 1; k++)
        {
            var line = result.Lines[k];
            var measure = ExhaustiveBreaker.Measure(items, line.Start, line.End);
            Assert.True(measure.Width - measure.Shrink <= width(k) + 1e-9, $"line {k} overfull");
            Assert.InRange(line.Ratio, -1, Defaults.Tolerance);
        }
    }

    // The lines must tile the paragraph: each starts where K-P's discarding after the previous
    // break leads, ends at a legal break, and the last ends at the final break.
    private static void AssertCovers(IReadOnlyList<BreakItem> items, LineBreakResult result)
    {
        Assert.NotEmpty(result.Lines);
        var start = 0;
        foreach (var line in result.Lines)
        {
            Assert.Equal(start, line.Start);
            Assert.True(line.End == items.Count || ExhaustiveBreaker.IsLegal(items, line.End), $"break at {line.End} is not legal");
            Assert.True(double.IsFinite(line.Ratio));
            start = ExhaustiveBreaker.StartAfter(items, line.End);
        }

        Assert.Equal(items.Count - 1, result.Lines[^1].End);
    }

    private sealed class RatioComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
