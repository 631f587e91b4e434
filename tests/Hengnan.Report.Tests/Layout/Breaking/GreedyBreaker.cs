using Hengnan.Report.Layout.Text.Breaking;

namespace Hengnan.Report.Tests.Layout.Breaking;

/// <summary>
/// First-fit reference for comparison: put as much on each line as fits at natural width, break at
/// the last such breakpoint (or the first one if nothing fits), like a word processor.
/// </summary>
internal static class GreedyBreaker
{
    public static List<BrokenLine> Break(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth)
    {
        var lines = new List<BrokenLine>();
        var start = 0;
        var last = items.Count - 1;
        while (true)
        {
            var target = lineWidth(lines.Count);
            var chosen = -1;
            for (var b = start; b <= last; b++)
            {
                if (!ExhaustiveBreaker.IsLegal(items, b))
                {
                    continue;
                }

                var fits = ExhaustiveBreaker.Measure(items, start, b).Width <= target + 1e-9;
                if (fits || chosen < 0)
                {
                    chosen = b;
                }

                if (!fits || items[b].IsForcedBreak)
                {
                    break;
                }
            }

            var measure = ExhaustiveBreaker.Measure(items, start, chosen);
            lines.Add(new BrokenLine(start, chosen, ExhaustiveBreaker.Ratio(target, measure)));
            if (chosen == last)
            {
                return lines;
            }

            start = ExhaustiveBreaker.StartAfter(items, chosen);
        }
    }
}
