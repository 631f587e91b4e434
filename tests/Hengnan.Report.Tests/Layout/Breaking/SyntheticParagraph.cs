using Hengnan.Report.Layout.Text.Breaking;

namespace Hengnan.Report.Tests.Layout.Breaking;

/// <summary>
/// Builds synthetic paragraphs from fixed-width "words" (no fonts involved): <c>"4 4-3 6"</c> is
/// a word of width 4, a word of widths 4 and 3 with a flagged hyphen break between the parts, and
/// a word of width 6, separated by inter-word glue, followed by the standard finishing sequence.
/// </summary>
internal static class SyntheticParagraph
{
    public const double SpaceWidth = 1;
    public const double SpaceStretch = 1;
    public const double SpaceShrink = 0.5;
    public const double HyphenWidth = 1;
    public const double HyphenPenalty = 50;

    public static List<BreakItem> Build(string words, double stretch = SpaceStretch, double shrink = SpaceShrink, bool finish = true)
    {
        var items = new List<BreakItem>();
        var first = true;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first)
            {
                items.Add(BreakItem.Glue(SpaceWidth, stretch, shrink));
            }

            first = false;
            var parts = word.Split('-');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    items.Add(BreakItem.Penalty(HyphenWidth, HyphenPenalty, true));
                }

                items.Add(BreakItem.Box(double.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (finish)
        {
            items.AddRange(BreakItem.FinishingSequence);
        }

        return items;
    }

    /// <summary>The natural width of items [start, end), plus the break's width if it is a penalty.</summary>
    public static double NaturalWidth(IReadOnlyList<BreakItem> items, BrokenLine line)
    {
        var width = 0.0;
        for (var i = line.Start; i < line.End; i++)
        {
            if (items[i].Kind != BreakItemKind.Penalty)
            {
                width += items[i].Width;
            }
        }

        if (line.End < items.Count && items[line.End].Kind == BreakItemKind.Penalty)
        {
            width += items[line.End].Width;
        }

        return width;
    }

    public static bool EndsFlagged(IReadOnlyList<BreakItem> items, BrokenLine line) =>
        line.End < items.Count && items[line.End].Kind == BreakItemKind.Penalty && items[line.End].Flagged;

    /// <summary>"4 4-|3 6" style rendering of the chosen lines, for readable assertions.</summary>
    public static string Render(IReadOnlyList<BreakItem> items, IReadOnlyList<BrokenLine> lines)
    {
        return string.Join(" | ", lines.Select(line =>
        {
            var text = new System.Text.StringBuilder();
            for (var i = line.Start; i < line.End; i++)
            {
                var item = items[i];
                if (item.Kind == BreakItemKind.Box)
                {
                    text.Append(item.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else if (item.Kind == BreakItemKind.Glue && !double.IsPositiveInfinity(item.Stretch))
                {
                    text.Append(' ');
                }
            }

            if (EndsFlagged(items, line))
            {
                text.Append('-');
            }

            return text.ToString();
        }));
    }
}
