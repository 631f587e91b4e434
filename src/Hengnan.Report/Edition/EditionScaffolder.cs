using System.Globalization;
using System.Text.RegularExpressions;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>
/// Scaffolds the next edition from the last one: copies the files, moves the year on, bumps the
/// congress ordinal (第十三次 → 第十四次, 13th → 14th), shifts every figure reference in the outline
/// by the same number of years (a congress reviews the five years before it: {gdp@2015..2020} becomes
/// {gdp@2020..2025}; a chart line moves with its title, "2015年与2020年"), and lists the figures the CSV
/// still needs and the years typed in the prose, which are left for the staff. Prose is copied as it is: the staff
/// rewrite it. Nothing is invented: the CSV keeps its rows, new values are left to the staff.
/// </summary>
public static partial class EditionScaffolder
{
    public sealed record NeededFigure(string IndicatorId, int Year, BilingualText? Label);

    public sealed record Result(string Folder, int FromYear, int ToYear, IReadOnlyList<string> Written, IReadOnlyList<NeededFigure> Needed)
    {
        /// <summary>Years typed in the prose: the figure references moved on, these did not; the staff check each.</summary>
        public IReadOnlyList<Diagnostic> ProseYears { get; init; } = [];
    }

    [GeneratedRegex(@"^(\s*year\s*[:：]\s*)(\d{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex YearLine();

    [GeneratedRegex(@"^(\s*date\s*[:：]\s*)(\d{4})(-\d{2}-\d{2})\s*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(\s*congress\.zh\s*[:：].*?第)([零一二三四五六七八九十百千]+)(次)", RegexOptions.Multiline)]
    private static partial Regex CongressZh();

    [GeneratedRegex(@"^(\s*congress\.en\s*[:：].*?\b)(\d+)(st|nd|rd|th)\b", RegexOptions.Multiline)]
    private static partial Regex CongressEn();

    [GeneratedRegex(@"^(\s*output\s*[:：].*)$", RegexOptions.Multiline)]
    private static partial Regex OutputLine();

    [GeneratedRegex(@"(@|\.\.)(\d{4})\b")]
    private static partial Regex ReferenceYear();

    [GeneratedRegex(@"^(\s*chart\s*[:：])(.*)$", RegexOptions.Multiline)]
    private static partial Regex ChartLine();

    [GeneratedRegex(@"(?<!\d)(19[4-9]\d|20\d\d|2100)(?!\d)")]
    private static partial Regex BareYear();

    public static Result? Scaffold(string from, int year, string to, DiagnosticBag diagnostics)
    {
        var settings = Path.Combine(from, EditionLoader.EditionFile);
        if (!File.Exists(settings))
        {
            diagnostics.Error("INI001", settings, 0, 0, Msg.Of("INI001"));
            return null;
        }
        if (Directory.Exists(to) && Directory.EnumerateFileSystemEntries(to).Any())
        {
            diagnostics.Error("INI002", to, 0, 0, Msg.Of("INI002", year));
            return null;
        }
        if (EditionLoader.ReadText(from, EditionLoader.EditionFile, diagnostics) is not { } editionText) return null;
        var yearMatch = YearLine().Match(editionText);
        if (!yearMatch.Success)
        {
            diagnostics.Error("INI003", settings, 0, 0, Msg.Of("INI003"));
            return null;
        }
        int oldYear = int.Parse(yearMatch.Groups[2].Value, CultureInfo.InvariantCulture);
        int shift = year - oldYear;
        if (shift <= 0)
        {
            diagnostics.Error("INI004", settings, 0, 0, Msg.Of("INI004", year, oldYear));
            return null;
        }

        // edition.txt: year, date (kept as a placeholder in the new year), congress ordinal, output name.
        editionText = YearLine().Replace(editionText, m => m.Groups[1].Value + year.ToString(CultureInfo.InvariantCulture));
        editionText = DateLine().Replace(editionText, m => m.Groups[1].Value + year.ToString(CultureInfo.InvariantCulture) + m.Groups[3].Value);
        editionText = CongressZh().Replace(editionText, m => m.Groups[1].Value + ChineseNumeral.Format(ChineseNumeral.Parse(m.Groups[2].Value) + 1) + m.Groups[3].Value);
        int? oldOrdinal = null;
        editionText = CongressEn().Replace(editionText, m =>
        {
            int n = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            oldOrdinal = n;
            return m.Groups[1].Value + Ordinal(n + 1);
        });
        editionText = OutputLine().Replace(editionText, m =>
        {
            var line = m.Value.Replace(oldYear.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture));
            return oldOrdinal is { } o ? line.Replace(Ordinal(o), Ordinal(o + 1)) : line;
        });

        // outline.txt: every figure reference moves on by the same number of years.
        var outlinePath = Path.Combine(from, EditionLoader.OutlineFile);
        var csvPath = Path.Combine(from, EditionLoader.IndicatorsFile);
        var outlineText = File.Exists(outlinePath) ? EditionLoader.ReadText(from, EditionLoader.OutlineFile, diagnostics) : "";
        var csvText = File.Exists(csvPath) ? EditionLoader.ReadText(from, EditionLoader.IndicatorsFile, diagnostics) : null;
        if (outlineText is null || (File.Exists(csvPath) && csvText is null)) return null;
        string Shift(Match m) => m.Groups[1].Value + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture);
        // A chart line moves every year it names (a span's two ends once each: 2016..2020 → 2021..2025), other lines their references.
        outlineText = string.Concat(Regex.Split(outlineText, "(?<=\n)").Select(line => ChartLine().IsMatch(line)
            ? ChartLine().Replace(line, m => m.Groups[1].Value + BareYear().Replace(m.Groups[2].Value,
                y => (int.Parse(y.Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture)))
            : ReferenceYear().Replace(line, Shift)));

        Directory.CreateDirectory(to);
        var written = new List<string>();
        void Write(string name, string text)
        {
            // UTF-8 with a byte-order mark: Excel and WPS on Chinese Windows then open the CSV as UTF-8, not as GBK.
            File.WriteAllText(Path.Combine(to, name), text, new System.Text.UTF8Encoding(true));
            written.Add(name);
        }
        Write(EditionLoader.EditionFile, editionText);
        Write(EditionLoader.OutlineFile, outlineText);
        if (csvText is not null) Write(EditionLoader.IndicatorsFile, csvText);
        var photos = Path.Combine(from, "photos");
        if (Directory.Exists(photos))
        {
            foreach (var file in Directory.GetFiles(photos, "*", SearchOption.AllDirectories))
            {
                // Only regular files inside the old edition are copied: a link out of it, a pipe or a device is left behind.
                var relative = Path.GetRelativePath(from, file);
                var (kind, real) = ConfinedPath.Resolve(from, relative);
                if (kind != EntryKind.File)
                {
                    if (kind != EntryKind.Directory)
                        diagnostics.Warning("INI005", file, 0, 0, Msg.Of(kind == EntryKind.Special ? "INI005.special" : "INI005", relative));
                    continue;
                }
                var target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(real!, target);
                written.Add(Path.GetRelativePath(to, target));
            }
        }

        // What the new edition refers to that the CSV does not have yet.
        var scratch = new DiagnosticBag();
        var outline = OutlineReader.Parse(outlineText, Path.Combine(to, EditionLoader.OutlineFile), scratch);
        var table = csvText is not null ? IndicatorsCsvReader.Parse(csvText, csvPath, scratch) : new IndicatorTable([]);
        var needed = References(outline)
            .Where(r => table.Find(r.Id, r.Year) is null)
            .Distinct()
            .OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Year)
            .Select(r => new NeededFigure(r.Id, r.Year, table.Rows.FirstOrDefault(x => x.Id == r.Id)?.Label))
            .ToList();
        var proseYears = new DiagnosticBag();
        foreach (var text in Texts(outline))
            foreach (var literal in text.Parts.OfType<LiteralText>())
                foreach (Match m in BareYear().Matches(literal.Text))
                    if (literal.Location is { } at)
                        proseYears.Warning("INI101", at.File, at.Line, at.Column + m.Index, Msg.Of("INI101", m.Value, shift));
        return new Result(to, oldYear, year, written, needed) { ProseYears = proseYears.Items };
    }

    private static IEnumerable<RichText> Texts(Outline outline)
    {
        var blocks = outline.Sections.SelectMany(s => s.Numbers.Concat(s.Review))
            .Concat(outline.Intro?.Blocks ?? []).Concat(outline.Closing?.Blocks ?? []);
        foreach (var block in blocks)
        {
            if (block is ParagraphPair p) { yield return p.Zh; yield return p.En; }
            if (block is PhotoBlock photo) { yield return photo.CaptionZh; yield return photo.CaptionEn; }
        }
    }

    private static IEnumerable<(string Id, int Year)> References(Outline outline)
    {
        var blocks = outline.Sections.SelectMany(s => s.Numbers.Concat(s.Review))
            .Concat(outline.Intro?.Blocks ?? []).Concat(outline.Closing?.Blocks ?? []);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case KpiCard k:
                    yield return (k.IndicatorId, k.Year);
                    if (k.FromYear is { } f) yield return (k.IndicatorId, f);
                    break;
                case ChartBlock c:
                    foreach (var id in c.IndicatorIds)
                        foreach (var y in c.Years) yield return (id, y);
                    break;
                case ParagraphPair p:
                    foreach (var b in p.Zh.Bindings.Concat(p.En.Bindings))
                    {
                        yield return (b.IndicatorId, b.Year);
                        if (b.FromYear is { } fy) yield return (b.IndicatorId, fy);
                        foreach (var id in b.ShareOf) yield return (id, b.Year);
                    }
                    break;
            }
        }
    }

    private static string Ordinal(int n) =>
        n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
