// INTERIM: replaced by the Knuth–Plass breaker on branch 'breaking'. Delete on merge.
namespace Hengnan.Report.Layout.Text.Breaking;

public enum BreakItemKind { Box, Glue, Penalty }

public readonly record struct BreakItem(BreakItemKind Kind, double Width, double Stretch, double Shrink, double Penalty, bool Flagged)
{
    public const double Infinity = 10000;
    public static BreakItem Box(double width) => new(BreakItemKind.Box, width, 0, 0, 0, false);
    public static BreakItem Glue(double width, double stretch, double shrink) => new(BreakItemKind.Glue, width, stretch, shrink, 0, false);
    public static BreakItem MakePenalty(double width, double penalty, bool flagged) => new(BreakItemKind.Penalty, width, 0, 0, penalty, flagged);
}

public sealed record BreakOptions
{
    public double Tolerance { get; init; } = 3;
    public double EmergencyStretch { get; init; }
}

public readonly record struct BrokenLine(int Start, int End, double Ratio);

public sealed record LineBreakResult(IReadOnlyList<BrokenLine> Lines, bool Emergency);

public static class KnuthPlassBreaker
{
    public static LineBreakResult Break(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth, BreakOptions options)
    {
        var lines = new List<BrokenLine>();
        int start = 0, lastBreak = -1;
        double w = 0, st = 0, sh = 0, wAtBreak = 0, stAtBreak = 0, shAtBreak = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var it = items[i];
            bool legal = it.Kind == BreakItemKind.Penalty ? it.Penalty < BreakItem.Infinity
                : it.Kind == BreakItemKind.Glue && i > 0 && items[i - 1].Kind == BreakItemKind.Box;
            if (legal)
            {
                double lw = w + (it.Kind == BreakItemKind.Penalty ? it.Width : 0);
                if (lw - sh > lineWidth(lines.Count) && lastBreak >= 0)
                {
                    lines.Add(new BrokenLine(start, lastBreak, Ratio(wAtBreak, stAtBreak, shAtBreak, lineWidth(lines.Count))));
                    start = lastBreak + 1;
                    while (start < items.Count && items[start].Kind != BreakItemKind.Box) start++;
                    i = start - 1; w = st = sh = 0; lastBreak = -1;
                    continue;
                }
                lastBreak = i; wAtBreak = lw; stAtBreak = st; shAtBreak = sh;
                if (it.Kind == BreakItemKind.Penalty && it.Penalty <= -BreakItem.Infinity)
                {
                    lines.Add(new BrokenLine(start, i, 0));
                    break;
                }
            }
            if (it.Kind != BreakItemKind.Penalty) { w += it.Width; st += it.Stretch; sh += it.Shrink; }
        }
        return new LineBreakResult(lines, false);
    }

    private static double Ratio(double w, double st, double sh, double target) =>
        w < target ? (st > 0 ? (target - w) / st : 0) : (sh > 0 ? (target - w) / sh : 0);
}
