namespace Hengnan.Report.Layout.Text;

/// <summary>
/// A word split over two lines (at a hyphenation point or after its own hyphen) extracts and searches whole: the
/// part before the break carries the whole word as its ActualText (without a hyphen the break added), the part
/// after it an empty ActualText, so copying, searching and reading aloud meet "provincial" and "all-for-one",
/// not "provin-" + "cial" or "all-forone".
/// </summary>
internal static class SplitWords
{
    /// <param name="addedHyphen">For each line, whether the break at its end added a hyphen (false: the word's own).</param>
    public static List<TextLine> Mark(List<TextLine> lines, IReadOnlyList<bool> addedHyphen)
    {
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (!lines[i].Hyphenated) continue;
            var head = LastRun(lines[i]);
            var tail = FirstRun(lines[i + 1]);
            if (head is not { } h || tail is not { } t) continue;
            var (run, item) = (h.Run, h.Index);
            int wordStart = run.Text.LastIndexOf(' ') + 1;
            var before = run.Text[wordStart..];
            if (addedHyphen[i] && before.EndsWith('-')) before = before[..^1];
            var (next, nextItem) = (t.Run, t.Index);
            int wordEnd = next.Text.IndexOf(' ');
            if (wordEnd < 0) wordEnd = next.Text.Length;
            if (wordEnd == 0 || before.Length == 0) continue;
            var word = before + next.Text[..wordEnd];
            lines[i] = Replace(lines[i], item, Split(run, wordStart, word));
            lines[i + 1] = Replace(lines[i + 1], nextItem, Split(next, wordEnd, null, tailFirst: true));
        }
        return lines;
    }

    private static (GlyphRunVisual Run, int Index)? LastRun(TextLine line)
    {
        for (int i = line.Items.Count - 1; i >= 0; i--)
            if (line.Items[i].Visual is GlyphRunVisual run && run.Glyphs.Length > 0) return (run, i);
        return null;
    }

    private static (GlyphRunVisual Run, int Index)? FirstRun(TextLine line)
    {
        for (int i = 0; i < line.Items.Count; i++)
            if (line.Items[i].Visual is GlyphRunVisual run && run.Glyphs.Length > 0) return (run, i);
        return null;
    }

    /// <summary>
    /// Splits a run at the character <paramref name="at"/>: the part from there on (or, with
    /// <paramref name="tailFirst"/>, the part before it) gets <paramref name="actual"/> as its ActualText ("" when null).
    /// </summary>
    private static List<GlyphRunVisual> Split(GlyphRunVisual run, int at, string? actual, bool tailFirst = false)
    {
        int g = 0;
        while (g < run.Glyphs.Length && run.Clusters[g] < at) g++;
        var first = Slice(run, 0, g, 0, at);
        var second = Slice(run, g, run.Glyphs.Length, at, run.Text.Length);
        if (tailFirst) first = first with { ActualText = actual ?? "" };
        else second = second with { ActualText = actual ?? "" };
        return new[] { first, second }.Where(r => r.Glyphs.Length > 0).ToList();
    }

    private static GlyphRunVisual Slice(GlyphRunVisual run, int from, int to, int textFrom, int textTo) => run with
    {
        Glyphs = run.Glyphs[from..to],
        X = run.X[from..to],
        Y = run.Y[from..to],
        Clusters = run.Clusters[from..to].Select(c => c - textFrom).ToArray(),
        Text = run.Text[textFrom..textTo],
    };

    private static TextLine Replace(TextLine line, int index, List<GlyphRunVisual> runs)
    {
        var items = line.Items.ToList();
        var at = items[index];
        items.RemoveAt(index);
        items.InsertRange(index, runs.Select(r => new Placed(at.X, at.Y, r)));
        return line with { Items = items };
    }
}
