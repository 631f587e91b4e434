using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Model;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>
/// What changed from one edition to the next, for an editor checking the new against the last: the figures
/// whose values changed, that are new or that are gone (by indicator id and year), and the paragraphs (captions
/// included) whose words changed, matched within each part of the brochure by their order and, where paragraphs
/// were added, removed or rewritten, by how alike they are. A paragraph's words are compared with its figure
/// references' years left out ({gdp@2015} and {gdp@2020} read alike): moving the figures on is init's work, and
/// the values are compared as figures.
/// </summary>
public static class EditionDiff
{
    public enum Change { Changed, Added, Removed }

    /// <summary>A figure of the new edition that differs from the old (or is only in one of them).</summary>
    public sealed record Figure(Change Kind, string Id, int Year, BilingualText Label, Indicator? Old, Indicator? New);

    /// <summary>An edit inside a paragraph: what was there and what is there now, with a few characters before it.</summary>
    public sealed record Edit(string Before, string Removed, string Added);

    /// <summary>A paragraph (or caption) whose text in <paramref name="Language"/> changed, was added or was removed.</summary>
    /// <param name="Part">intro, closing, credits, or the section's id.</param>
    /// <param name="Number">The paragraph's number in its part (1-based), in the new edition (the old one's when removed).</param>
    public sealed record Paragraph(Change Kind, string Part, BilingualText PartTitle, int Number, Language Language,
        string? OldText, string? NewText, SourceLocation? OldAt, SourceLocation? NewAt, IReadOnlyList<Edit> Edits)
    {
        /// <summary>A photo's caption rather than a paragraph of the text.</summary>
        public bool Caption { get; init; }
    }

    public sealed record Result(string OldFolder, string NewFolder, IReadOnlyList<Figure> Figures, IReadOnlyList<Paragraph> Paragraphs);

    /// <summary>Paragraphs at least this alike (0–1, by characters in common) are one paragraph rewritten, not one removed and one added.</summary>
    public const double SameParagraph = 0.5;

    /// <summary>Compares two edition folders; null when either cannot be read (the reasons are in <paramref name="diagnostics"/>).</summary>
    public static Result? Compare(string oldFolder, string newFolder, DiagnosticBag diagnostics)
    {
        var old = Read(oldFolder, diagnostics);
        var @new = Read(newFolder, diagnostics);
        if (old is null || @new is null) return null;
        return new Result(oldFolder, newFolder, Figures(old.Value.Table, @new.Value.Table), Paragraphs(old.Value.Outline, @new.Value.Outline));
    }

    /// <summary>The CSV and the outline of an edition, as far as they read: a diff is for editions still being written, so their own problems are validate's to report.</summary>
    private static (IndicatorTable Table, Outline Outline)? Read(string folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Error("EDN000", folder, 0, 0, Msg.Of("EDN000"));
            return null;
        }
        int before = diagnostics.Items.Count;
        var csv = EditionLoader.ReadText(folder, EditionLoader.IndicatorsFile, diagnostics);
        var outline = EditionLoader.ReadText(folder, EditionLoader.OutlineFile, diagnostics);
        if (csv is null || outline is null || diagnostics.Items.Count > before) return null;
        var scratch = new DiagnosticBag();
        return (IndicatorsCsvReader.Parse(csv, EditionLoader.Display(folder, EditionLoader.IndicatorsFile), scratch),
                OutlineReader.Parse(outline, EditionLoader.Display(folder, EditionLoader.OutlineFile), scratch));
    }

    private static List<Figure> Figures(IndicatorTable old, IndicatorTable @new)
    {
        var figures = new List<Figure>();
        foreach (var row in @new.Rows.DistinctBy(r => (r.Id, r.Year)))
        {
            var was = old.Find(row.Id, row.Year);
            if (was is null) figures.Add(new Figure(Change.Added, row.Id, row.Year, row.Label, null, row));
            else if (was.Value != row.Value || was.Unit != row.Unit) figures.Add(new Figure(Change.Changed, row.Id, row.Year, row.Label, was, row));
        }
        foreach (var row in old.Rows.DistinctBy(r => (r.Id, r.Year)).Where(r => @new.Find(r.Id, r.Year) is null))
            figures.Add(new Figure(Change.Removed, row.Id, row.Year, row.Label, row, null));
        return figures.OrderBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Year).ThenBy(f => f.Kind).ToList();
    }

    /// <summary>The brochure's parts in order, each with its paragraphs and captions in reading order.</summary>
    private static List<(string Part, BilingualText Title, List<(RichText Zh, RichText En, bool Caption)> Texts)> Parts(Outline outline)
    {
        static List<(RichText, RichText, bool)> Texts(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
        {
            ParagraphPair p => [(p.Zh, p.En, false)],
            PhotoBlock photo => new[] { (photo.CaptionZh, photo.CaptionEn, true) },
            _ => [],
        }).ToList();
        var parts = new List<(string, BilingualText, List<(RichText, RichText, bool)>)>();
        if (outline.Intro is { } intro) parts.Add(("intro", intro.Title, Texts(intro.Blocks)));
        foreach (var s in outline.Sections) parts.Add((s.Id, s.Title, Texts(s.Numbers.Concat(s.Review))));
        if (outline.Closing is { } closing) parts.Add(("closing", closing.Title, Texts(closing.Blocks)));
        if (outline.Credits is { } credits) parts.Add(("credits", new BilingualText("编后记", "Credits"), [(credits.Zh, credits.En, false)]));
        return parts;
    }

    private static List<Paragraph> Paragraphs(Outline old, Outline @new)
    {
        var result = new List<Paragraph>();
        var oldParts = Parts(old).ToDictionary(p => p.Part);
        var newParts = Parts(@new);
        foreach (var (part, title, texts) in newParts)
        {
            var was = oldParts.TryGetValue(part, out var o) ? o.Texts : [];
            foreach (var (i, j) in Align(was.Select(Key).ToList(), texts.Select(Key).ToList()))
            {
                var before = i is { } a ? was[a] : default;
                var after = j is { } b ? texts[b] : default;
                int number = (j ?? i ?? 0) + 1;
                foreach (var language in new[] { Language.Zh, Language.En })
                {
                    var oldText = i is null ? null : language == Language.Zh ? before.Zh : before.En;
                    var newText = j is null ? null : language == Language.Zh ? after.Zh : after.En;
                    var kind = oldText is null ? Change.Added : newText is null ? Change.Removed : Change.Changed;
                    if (kind == Change.Changed && Words(oldText!) == Words(newText!)) continue;
                    result.Add(new Paragraph(kind, part, title, number, language, oldText is null ? null : Source(oldText), newText is null ? null : Source(newText),
                        oldText?.Location, newText?.Location, kind == Change.Changed ? Edits(Words(oldText!), Words(newText!), language) : [])
                    { Caption = j is null ? before.Caption : after.Caption });
                }
            }
        }
        // Parts the new edition no longer has.
        var kept = newParts.Select(p => p.Part).ToHashSet();
        foreach (var (part, title, texts) in Parts(old).Where(p => !kept.Contains(p.Part)))
            for (int i = 0; i < texts.Count; i++)
                foreach (var language in new[] { Language.Zh, Language.En })
                {
                    var text = language == Language.Zh ? texts[i].Zh : texts[i].En;
                    result.Add(new Paragraph(Change.Removed, part, title, i + 1, language, Source(text), null, text.Location, null, []) { Caption = texts[i].Caption });
                }
        return result;
    }

    private static string Key((RichText Zh, RichText En, bool Caption) pair) => Words(pair.Zh) + "\n" + Words(pair.En);

    /// <summary>
    /// Pairs old and new paragraphs: those alike stay paired in order (a line diff over whole paragraphs); in each run
    /// that differs, an old paragraph is paired with the next new one at least <see cref="SameParagraph"/> alike, in order;
    /// the rest are removed (old only) or added (new only). Unchanged pairs are included.
    /// </summary>
    private static List<(int? Old, int? New)> Align(IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var pairs = new List<(int?, int?)>();
        // Whole paragraphs compared as lines: the joining character is in no paragraph.
        IList<DiffBlock> blocks = old.Count == 0 || @new.Count == 0
            ? [new DiffBlock(0, old.Count, 0, @new.Count)]
            : Differ.Instance.CreateCustomDiffs(string.Join("\u0001", old), string.Join("\u0001", @new), false, false, text => text.Split('\u0001')).DiffBlocks;
        int a = 0, b = 0;
        void Same(int untilA)
        {
            while (a < untilA) pairs.Add((a++, b++));
        }
        foreach (var block in blocks)
        {
            Same(block.DeleteStartA);
            var removed = Enumerable.Range(block.DeleteStartA, block.DeleteCountA).ToList();
            var added = Enumerable.Range(block.InsertStartB, block.InsertCountB).ToList();
            int next = 0;
            foreach (var r in removed)
            {
                int match = added.FindIndex(next, x => Similarity(old[r], @new[x]) >= SameParagraph);
                if (match < 0)
                {
                    pairs.Add((r, null));
                    continue;
                }
                for (int k = next; k < match; k++) pairs.Add((null, added[k]));
                pairs.Add((r, added[match]));
                next = match + 1;
            }
            for (int k = next; k < added.Count; k++) pairs.Add((null, added[k]));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        Same(old.Count);
        return pairs;
    }

    /// <summary>How alike two texts are: the characters they have in common (in order) over the longer's length.</summary>
    internal static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        var diff = Differ.Instance.CreateCharacterDiffs(a, b, false, false);
        int changed = diff.DiffBlocks.Sum(d => Math.Max(d.DeleteCountA, d.InsertCountB));
        return 1 - (double)changed / Math.Max(a.Length, b.Length);
    }

    private static IReadOnlyList<Edit> Edits(string old, string @new, Language language)
    {
        // Chinese by characters, English by words (and the spaces between them); a number or a Latin word is one piece in either.
        var diff = Differ.Instance.CreateCustomDiffs(old, @new, false, false, text => Pieces(text, language));
        var edits = new List<Edit>();
        foreach (var block in diff.DiffBlocks)
        {
            string Join(IReadOnlyList<string> pieces, int start, int count) => string.Concat(pieces.Skip(start).Take(count));
            var before = Join(diff.PiecesOld, 0, block.DeleteStartA);
            edits.Add(new Edit(before.Length > 10 ? "…" + before[^10..] : before,
                Join(diff.PiecesOld, block.DeleteStartA, block.DeleteCountA), Join(diff.PiecesNew, block.InsertStartB, block.InsertCountB)));
        }
        return edits;
    }

    private static string[] Pieces(string text, Language language) =>
        Regex.Matches(text, language == Language.Zh ? @"[A-Za-z0-9.%]+|\s+|." : @"[^\s]+|\s+", RegexOptions.Singleline).Select(m => m.Value).ToArray();

    /// <summary>The paragraph as the staff wrote it, figure references and all ({gdp@2020}).</summary>
    internal static string Source(RichText text) => Render(text, withYears: true);

    /// <summary>The paragraph's words with its figure references' years left out ({gdp@2015..2020:change%} reads {gdp:change%}).</summary>
    private static string Words(RichText text) => Render(text, withYears: false);

    private static string Render(RichText text, bool withYears)
    {
        var sb = new StringBuilder();
        foreach (var part in text.Parts)
        {
            switch (part)
            {
                case LiteralText l: sb.Append(l.Text); break;
                case PageReference p: sb.Append("{page:").Append(p.Target).Append('}'); break;
                case FigureBinding f:
                    sb.Append('{');
                    if (f.Stated is not null) sb.Append(f.Stated).Append('=');
                    sb.Append(f.IndicatorId);
                    if (withYears)
                    {
                        sb.Append('@');
                        if (f.FromYear is { } from) sb.Append(from.ToString(CultureInfo.InvariantCulture)).Append("..");
                        sb.Append(f.Year.ToString(CultureInfo.InvariantCulture));
                    }
                    if (FormatName(f.Format) is { } name)
                    {
                        sb.Append(':').Append(name);
                        if (f.Decimals is { } d) sb.Append('.').Append(d.ToString(CultureInfo.InvariantCulture));
                        if (f.ShareOf.Count > 0) sb.Append('(').Append(string.Join('+', f.ShareOf)).Append(')');
                    }
                    sb.Append('}');
                    break;
            }
        }
        return sb.ToString();
    }

    private static string? FormatName(FigureFormat format) => format switch
    {
        FigureFormat.Number => "number",
        FigureFormat.ChangePercent => "change%",
        FigureFormat.Change => "change",
        FigureFormat.Times => "times",
        FigureFormat.Cagr => "cagr",
        FigureFormat.Share => "share",
        _ => null,
    };
}
