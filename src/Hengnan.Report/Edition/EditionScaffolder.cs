using System.Globalization;
using System.Text.RegularExpressions;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>
/// Scaffolds a new edition from the last one: copies the files, moves the year on and shifts every figure
/// reference in the outline by the same number of years ({gdp@2015..2020} becomes {gdp@2016..2021} a year
/// later; a chart or table line moves with its title, "2015年与2020年"), so every comparison keeps its span and the
/// prose around it ("五年间", "over the five years") stays true; a <c>period:</c> line moves too. The date
/// becomes 待定 (a carried-over date is never right) and a <c>status:</c> line becomes draft.
/// A yearly edition (<c>init --year</c>) keeps the congress; <c>init --next-congress</c> also moves the
/// congress ordinal on (第十三次 → 第十四次, 13th → 14th, in the output name too). It lists the figures the CSV
/// still needs and the words of the text tied to the old edition (<see cref="StaleWords"/>, the check
/// validate runs too), which are left for the staff. Prose is copied as it is: the staff rewrite it.
/// Nothing is invented: the CSV keeps its rows, new values are left to the staff.
/// </summary>
public static partial class EditionScaffolder
{
    public sealed record NeededFigure(string IndicatorId, int Year, BilingualText? Label);

    public sealed record Result(string Folder, int FromYear, int ToYear, IReadOnlyList<string> Written, IReadOnlyList<NeededFigure> Needed)
    {
        /// <summary>Words of the text tied to the old edition (years, plans, congress ordinals): the figure references moved on, these did not; the staff check each.</summary>
        public IReadOnlyList<Diagnostic> ToCheck { get; init; } = [];

        /// <summary>The new edition's congress ordinal (the old one's for a yearly edition), when edition.txt names one.</summary>
        public int? Congress { get; init; }

        /// <summary>The congress moved on (init --next-congress).</summary>
        public bool NextCongress { get; init; }

        /// <summary>The file the new edition's figures are in (indicators.csv or indicators.xlsx), where the needed ones are added.</summary>
        public string IndicatorsFile { get; init; } = EditionLoader.IndicatorsFile;
    }

    [GeneratedRegex(@"^(\s*year\s*[:：]\s*)(\d{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex YearLine();

    [GeneratedRegex(@"^(\s*date\s*[:：][ \t]*)(.*?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(\s*status\s*[:：][ \t]*)(.*?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(\s*period\s*[:：].*)$", RegexOptions.Multiline)]
    private static partial Regex PeriodLine();

    [GeneratedRegex(@"^(\s*congress\.zh\s*[:：].*?第)([零一二三四五六七八九十百千]+)(次)", RegexOptions.Multiline)]
    private static partial Regex CongressZh();

    [GeneratedRegex(@"^(\s*congress\.en\s*[:：].*?\b)(\d+)(st|nd|rd|th)\b", RegexOptions.Multiline)]
    private static partial Regex CongressEn();

    [GeneratedRegex(@"^(\s*output\s*[:：].*)$", RegexOptions.Multiline)]
    private static partial Regex OutputLine();

    [GeneratedRegex(@"(@|\.\.)(\d{4})\b")]
    private static partial Regex ReferenceYear();

    [GeneratedRegex(@"^(\s*(?:chart|table)\s*[:：])(.*)$", RegexOptions.Multiline)]
    private static partial Regex ChartLine();

    [GeneratedRegex(@"(?<!\d)(19[4-9]\d|20\d\d|2100)(?!\d)")]
    private static partial Regex BareYear();

    /// <param name="nextCongress">Move the congress on (第十三次 → 第十四次); otherwise a yearly edition of the same congress.</param>
    public static Result? Scaffold(string from, int year, string to, DiagnosticBag diagnostics, bool nextCongress = false)
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

        // edition.txt: year, period, date (not known yet), status (a draft), and for the next congress its ordinal; output name.
        string Year(int y) => y.ToString(CultureInfo.InvariantCulture);
        editionText = YearLine().Replace(editionText, m => m.Groups[1].Value + Year(year));
        editionText = PeriodLine().Replace(editionText, m => BareYear().Replace(m.Value, y => Year(int.Parse(y.Value, CultureInfo.InvariantCulture) + shift)));
        editionText = DateLine().Replace(editionText, m => m.Groups[1].Value + EditionFileReader.PlaceholderDates[0]);
        editionText = StatusLine().Replace(editionText, m => m.Groups[1].Value + "draft");
        int? oldOrdinal = null;
        if (nextCongress)
        {
            editionText = CongressZh().Replace(editionText, m => m.Groups[1].Value + ChineseNumeral.Format(ChineseNumeral.Parse(m.Groups[2].Value) + 1) + m.Groups[3].Value);
            editionText = CongressEn().Replace(editionText, m =>
            {
                int n = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                oldOrdinal = n;
                return m.Groups[1].Value + StaleWords.English(n + 1);
            });
        }
        editionText = OutputLine().Replace(editionText, m =>
        {
            var line = m.Value.Replace(Year(oldYear), Year(year));
            return oldOrdinal is { } o ? line.Replace(StaleWords.English(o), StaleWords.English(o + 1)) : line;
        });

        // outline.txt: every figure reference moves on by the same number of years.
        var outlinePath = Path.Combine(from, EditionLoader.OutlineFile);
        var csvPath = Path.Combine(from, EditionLoader.IndicatorsFile);
        var outlineText = File.Exists(outlinePath) ? EditionLoader.ReadText(from, EditionLoader.OutlineFile, diagnostics) : "";
        var csvText = File.Exists(csvPath) ? EditionLoader.ReadText(from, EditionLoader.IndicatorsFile, diagnostics) : null;
        // The indicators may be kept in an Excel workbook instead (copied as it is), and the units in units.csv.
        var workbookPath = Path.Combine(from, EditionLoader.IndicatorsWorkbook);
        var workbook = File.Exists(workbookPath) ? EditionLoader.ReadBytes(from, EditionLoader.IndicatorsWorkbook, diagnostics) : null;
        var unitsPath = Path.Combine(from, EditionLoader.UnitsFile);
        var unitsText = File.Exists(unitsPath) ? EditionLoader.ReadText(from, EditionLoader.UnitsFile, diagnostics) : null;
        var glossaryText = File.Exists(Path.Combine(from, GlossaryReader.File)) ? EditionLoader.ReadText(from, GlossaryReader.File, diagnostics) : null;
        if (outlineText is null || (File.Exists(csvPath) && csvText is null) || (File.Exists(workbookPath) && workbook is null)
            || (File.Exists(unitsPath) && unitsText is null)) return null;
        string Shift(Match m) => m.Groups[1].Value + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture);
        // A chart line moves every year it names (a span's two ends once each: 2016..2020 → 2021..2025), other lines their references.
        outlineText = string.Concat(Regex.Split(outlineText, "(?<=\n)").Select(line => ChartLine().IsMatch(line)
            ? ChartLine().Replace(line, m => m.Groups[1].Value + BareYear().Replace(m.Groups[2].Value,
                y => (int.Parse(y.Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture)))
            : ReferenceYear().Replace(line, Shift)));

        bool made = !Directory.Exists(to);
        var written = new List<string>();
        string at = Path.GetFullPath(to);
        try
        {
            Directory.CreateDirectory(to);
            void Write(string name, string text)
            {
                // UTF-8 with a byte-order mark: Excel and WPS on Chinese Windows then open the CSV as UTF-8, not as GBK.
                at = Path.GetFullPath(Path.Combine(to, name));
                File.WriteAllText(Path.Combine(to, name), text, new System.Text.UTF8Encoding(true));
                written.Add(name);
            }
            Write(EditionLoader.EditionFile, editionText);
            Write(EditionLoader.OutlineFile, outlineText);
            if (csvText is not null) Write(EditionLoader.IndicatorsFile, csvText);
            if (unitsText is not null) Write(EditionLoader.UnitsFile, unitsText);
            if (glossaryText is not null) Write(GlossaryReader.File, glossaryText);
            if (workbook is not null)
            {
                at = Path.GetFullPath(Path.Combine(to, EditionLoader.IndicatorsWorkbook));
                File.WriteAllBytes(Path.Combine(to, EditionLoader.IndicatorsWorkbook), workbook);
                written.Add(EditionLoader.IndicatorsWorkbook);
            }
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
                    at = Path.GetFullPath(target);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(real!, target);
                    written.Add(Path.GetRelativePath(to, target));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder was new or empty: what was written of the new edition is removed, so no half edition is left.
            try
            {
                if (made && Directory.Exists(to)) Directory.Delete(to, recursive: true);
                else foreach (var name in written) File.Delete(Path.Combine(to, name));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            bool folder = at == Path.GetFullPath(to);
            diagnostics.Error(folder ? "WRT001" : "WRT003", at, 0, 0, Msg.Of(folder ? "WRT001" : "WRT003", e.Message));
            return null;
        }

        // What the new edition refers to that the CSV does not have yet.
        var scratch = new DiagnosticBag();
        var outline = OutlineReader.Parse(outlineText, Path.Combine(to, EditionLoader.OutlineFile), scratch);
        var table = EditionLoader.ReadIndicators(from, scratch) ?? new IndicatorTable([]);
        var needed = References(outline)
            .Where(r => table.Find(r.Id, r.Year) is null)
            .Distinct()
            .OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Year)
            .Select(r => new NeededFigure(r.Id, r.Year, table.Rows.FirstOrDefault(x => x.Id == r.Id)?.Label))
            .ToList();
        // The words the new edition's check will find: listed now, reported by validate and build until revised or confirmed.
        var toCheck = new DiagnosticBag();
        var newSettings = EditionFileReader.Parse(editionText, Path.Combine(to, EditionLoader.EditionFile), new DiagnosticBag(), from);
        if (newSettings is not null)
            StaleWords.Check(newSettings, (Path.Combine(to, EditionLoader.OutlineFile), outlineText), (Path.Combine(to, EditionLoader.EditionFile), editionText), toCheck);
        return new Result(to, oldYear, year, written, needed) { ToCheck = toCheck.Items, Congress = newSettings?.CongressOrdinal, NextCongress = nextCongress, IndicatorsFile = table.Name };
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
                case TableBlock t:
                    foreach (var id in t.IndicatorIds)
                        foreach (var y in t.Years) yield return (id, y);
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
}
