using System.Globalization;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>Reads edition.txt: <c>key: value</c> lines naming titles, year, paper, colours, fonts, section labels and output.</summary>
public static partial class EditionFileReader
{
    private static readonly string[] Required =
    [
        "title.zh", "title.en", "subtitle.zh", "subtitle.en", "county.zh", "county.en",
        "congress.zh", "congress.en", "year", "output",
    ];

    private static readonly HashSet<string> Known = new(Required)
    {
        "author.zh", "author.en", "date", "keywords", "paper", "print", "print.condition", "label.numbers", "label.review", "status", "period", "hyphenate.never",
    };

    /// <summary>What <c>date:</c> may say while the date is not known yet (the PDF then carries 1 January of the year and is a draft).</summary>
    public static readonly IReadOnlyList<string> PlaceholderDates = ["待定", "未定", "TBD"];

    /// <summary>The values of <c>status:</c>: a draft (not released for print) or final.</summary>
    private static readonly IReadOnlyList<string> DraftWords = ["draft", "样稿"], FinalWords = ["final", "定稿"];

    /// <summary>The registered printing conditions an edition may name for PDF/X (print.condition).</summary>
    public static readonly IReadOnlyList<string> PrintConditions = ["FOGRA39", "JapanColor2001Coated"];

    public static readonly IReadOnlyDictionary<string, string> DefaultColors = new Dictionary<string, string>
    {
        // In print terms (CMYK %): the brochure red and gold, K-only text and notes, a warm paper tint for the cards.
        ["primary"] = "0 84 84 35", ["accent"] = "0 25 77 22", ["text"] = "0 0 0 88", ["muted"] = "0 0 0 58", ["panel"] = "0 2 6 4",
    };

    public static readonly IReadOnlyDictionary<string, string> DefaultFonts = new Dictionary<string, string>
    {
        ["serif-zh"] = "NotoSerifSC_400Regular.ttf",
        ["sans-zh"] = "NotoSansSC_400Regular.ttf",
        ["sans-zh-bold"] = "NotoSansSC_700Bold.ttf",
        ["serif-en"] = "NotoSerif_400Regular.ttf",
        ["serif-en-italic"] = "NotoSerif_400Regular_Italic.ttf",
        ["serif-en-bold"] = "NotoSerif_700Bold.ttf",
        ["sans-en"] = "NotoSans_400Regular.ttf",
        ["sans-en-bold"] = "NotoSans_700Bold.ttf",
    };

    /// <param name="folder">The edition folder, where a font may also be (otherwise fonts come from the tool's fonts folder only).</param>
    public static EditionSettings? Parse(string text, string file, DiagnosticBag diagnostics, string? folder = null)
    {
        text = InputText.Prepare(text, file, diagnostics);
        var values = new Dictionary<string, KeyValueLine>();
        var lines = KeyValueLine.SplitLines(text);
        for (int n = 0; n < lines.Length; n++)
        {
            if (KeyValueLine.IsCommentOrBlank(lines[n])) continue;
            var kv = KeyValueLine.TryParse(lines[n], n + 1);
            if (kv is not { } line)
            {
                diagnostics.Error("EDN001", file, n + 1, 1, Msg.Of("EDN001"));
                continue;
            }
            bool known = Known.Contains(line.Key)
                || (line.Key.StartsWith("color.") && DefaultColors.ContainsKey(line.Key[6..]))
                || (line.Key.StartsWith("font.") && DefaultFonts.ContainsKey(line.Key[5..]));
            if (!known)
            {
                diagnostics.Error("EDN002", file, n + 1, line.KeyColumn, Msg.Of("EDN002", line.Key,
                    string.Join(", ", Known.Order()) + ", color.<" + string.Join("|", DefaultColors.Keys) + ">, font.<" + string.Join("|", DefaultFonts.Keys) + ">"));
                continue;
            }
            if (values.TryGetValue(line.Key, out var first))
                diagnostics.Error("EDN003", file, n + 1, line.KeyColumn, Msg.Of("EDN003", line.Key, first.Line));
            values[line.Key] = line;
        }
        bool complete = true;
        foreach (var key in Required.Where(k => !values.ContainsKey(k)))
        {
            diagnostics.Error("EDN004", file, 0, 0, Msg.Of("EDN004", key));
            complete = false;
        }
        if (!complete) return null;

        string Get(string key, string fallback = "") => values.TryGetValue(key, out var v) ? v.Value : fallback;
        BilingualText Pair(string key) => new(Get(key + ".zh"), Get(key + ".en"));

        var yearLine = values["year"];
        if (!int.TryParse(yearLine.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !EditionLimits.IsYear(year))
            diagnostics.Error("EDN005", file, yearLine.Line, yearLine.ValueColumn,
                Msg.Of("EDN005", yearLine.Value, EditionLimits.FirstYear, EditionLimits.LastYear));
        var date = new DateTime(Math.Clamp(year, EditionLimits.FirstYear, EditionLimits.LastYear), 1, 1, 0, 0, 0, DateTimeKind.Utc);
        // 待定: the date is not known yet (without a date line the PDF carries 1 January of the year, too).
        bool hasDate = values.TryGetValue("date", out var dateLine);
        bool placeholderDate = hasDate && PlaceholderDates.Contains(dateLine.Value, StringComparer.OrdinalIgnoreCase);
        if (hasDate && !placeholderDate)
        {
            if (DateTime.TryParseExact(dateLine.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
                && EditionLimits.IsYear(d.Year))
                date = d;
            else
                diagnostics.Error("EDN006", file, dateLine.Line, dateLine.ValueColumn, Msg.Of("EDN006", dateLine.Value, EditionLimits.FirstYear, EditionLimits.LastYear));
        }
        bool draft = false;
        if (values.TryGetValue("status", out var statusLine))
        {
            draft = DraftWords.Contains(statusLine.Value, StringComparer.OrdinalIgnoreCase);
            if (!draft && !FinalWords.Contains(statusLine.Value, StringComparer.OrdinalIgnoreCase))
                diagnostics.Error("EDN022", file, statusLine.Line, statusLine.ValueColumn, Msg.Of("EDN022", statusLine.Value));
        }
        var period = (First: year - 5, Last: year - 1);
        if (values.TryGetValue("period", out var periodLine))
        {
            if (ReadPeriod(periodLine.Value) is { } p && p.First <= p.Last && EditionLimits.IsYear(p.First) && EditionLimits.IsYear(p.Last)) period = p;
            else diagnostics.Error("EDN023", file, periodLine.Line, periodLine.ValueColumn, Msg.Of("EDN023", periodLine.Value));
        }
        var colors = new Dictionary<string, string>(DefaultColors);
        foreach (var (key, line) in values.Where(v => v.Key.StartsWith("color.")))
        {
            if (!EditionColor.TryParse(line.Value, out _))
                diagnostics.Error("EDN007", file, line.Line, line.ValueColumn, Msg.Of("EDN007", line.Value));
            colors[key[6..]] = line.Value;
        }
        var fonts = new Dictionary<string, string>(DefaultFonts);
        foreach (var (key, line) in values.Where(v => v.Key.StartsWith("font.")))
        {
            fonts[key[5..]] = line.Value;
            if (FindFont(line, folder, file, diagnostics) is not { } found) continue;
            if (found.InEdition) fonts[key[5..]] = found.Path;
            if (!HasGlyfOutlines(found.Path))
                diagnostics.Error("EDN012", file, line.Line, line.ValueColumn, Msg.Of("EDN012", line.Value));
        }
        var paper = Get("paper", "A4");
        if (!PaperSize.TryParse(paper, out _))
        {
            var l = values["paper"];
            diagnostics.Error("EDN008", file, l.Line, l.ValueColumn, Msg.Of("EDN008", paper));
        }
        var print = Get("print", "");
        if (print.Length > 0 && !print.Equals("pdfx4", StringComparison.OrdinalIgnoreCase))
        {
            var l = values["print"];
            diagnostics.Error("EDN018", file, l.Line, l.ValueColumn, Msg.Of("EDN018", print));
        }
        var condition = Get("print.condition", "FOGRA39");
        if (!PrintConditions.Contains(condition, StringComparer.OrdinalIgnoreCase))
        {
            var l = values["print.condition"];
            diagnostics.Error("EDN019", file, l.Line, l.ValueColumn, Msg.Of("EDN019", condition, string.Join(" or ", PrintConditions)));
        }
        var output = Get("output");
        if (!output.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || output.IndexOfAny(['/', '\\']) >= 0)
        {
            var l = values["output"];
            diagnostics.Error("EDN009", file, l.Line, l.ValueColumn, Msg.Of("EDN009", output));
        }
        // label.numbers: 数字力量 | By the Numbers — a section heading in both languages.
        BilingualText Label(string key, BilingualText fallback)
        {
            if (!values.TryGetValue(key, out var l)) return fallback;
            var bar = l.Value.IndexOf('|');
            if (bar >= 0 && l.Value[..bar].Trim().Length > 0 && l.Value[(bar + 1)..].Trim().Length > 0 && l.Value.IndexOf('|', bar + 1) < 0)
                return new BilingualText(l.Value[..bar].Trim(), l.Value[(bar + 1)..].Trim());
            diagnostics.Error("EDN020", file, l.Line, l.ValueColumn, Msg.Of("EDN020", key), Msg.Of("EDN020.hint", key, fallback.Zh, fallback.En));
            return fallback;
        }
        var numbersLabel = Label("label.numbers", EditionSettings.DefaultNumbersLabel);
        var reviewLabel = Label("label.review", EditionSettings.DefaultReviewLabel);
        if (diagnostics.HasErrors) return null;
        return new EditionSettings(Pair("title"), Pair("subtitle"), Pair("county"), Pair("congress"),
            values.ContainsKey("author.zh") ? Pair("author") : Pair("county"), year, date, Get("keywords"), paper, colors, fonts, output)
        {
            Locations = values.ToDictionary(v => v.Key, v => new SourceLocation(file, v.Value.Line, v.Value.ValueColumn)),
            PdfX = print.Equals("pdfx4", StringComparison.OrdinalIgnoreCase),
            PrintCondition = PrintConditions.First(c => c.Equals(condition, StringComparison.OrdinalIgnoreCase) || !PrintConditions.Contains(condition, StringComparer.OrdinalIgnoreCase)),
            NumbersLabel = numbersLabel,
            NeverHyphenate = Get("hyphenate.never").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ReviewLabel = reviewLabel,
            Period = period,
            CongressOrdinal = StaleWords.CongressOrdinal(Get("congress.zh")) ?? StaleWords.CongressOrdinal(Get("congress.en")),
            DateIsPlaceholder = placeholderDate,
            StatusDraft = draft,
        };
    }

    /// <summary>Two years joined by a dash (2016-2020, 2016–2020, 2016—2020), ~ or 至; null otherwise.</summary>
    private static (int First, int Last)? ReadPeriod(string text)
    {
        var m = PeriodPattern().Match(text);
        return m.Success ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4})\s*(?:-|–|—{1,2}|~|～|至)\s*(\d{4})年?$")]
    private static partial System.Text.RegularExpressions.Regex PeriodPattern();

    /// <summary>
    /// A font named in edition.txt: in the edition folder, or else among the tool's fonts. Either way it must
    /// be a regular file inside that folder once links are followed; what lies outside is never looked at.
    /// </summary>
    private static (string Path, bool InEdition)? FindFont(KeyValueLine line, string? folder, string file, DiagnosticBag diagnostics)
    {
        var name = line.Value;
        if (name.Length == 0)
        {
            diagnostics.Error("EDN011", file, line.Line, line.ValueColumn, Msg.Of("EDN011.empty"));
            return null;
        }
        var (kind, path) = folder is null ? (EntryKind.Missing, null) : ConfinedPath.Resolve(folder, name);
        bool inEdition = kind != EntryKind.Missing;
        if (!inEdition) (kind, path) = ConfinedPath.Resolve(Fonts.FontLibrary.DefaultFolder, name);
        switch (kind)
        {
            case EntryKind.File:
                return (path!, inEdition);
            case EntryKind.Missing:
                diagnostics.Error("EDN011", file, line.Line, line.ValueColumn, Msg.Of("EDN011", name, string.Join(", ", Directory.Exists(Fonts.FontLibrary.DefaultFolder)
                        ? Directory.GetFiles(Fonts.FontLibrary.DefaultFolder, "*.ttf").Select(Path.GetFileName).Order() : [])));
                return null;
            case EntryKind.Directory:
            case EntryKind.Special:
                diagnostics.Error("EDN014", file, line.Line, line.ValueColumn,
                    Msg.Of(kind == EntryKind.Directory ? "EDN014.folder" : "EDN014", name));
                return null;
            default:
                diagnostics.Error("EDN013", file, line.Line, line.ValueColumn, Msg.Of("EDN013", name));
                return null;
        }
    }

    private static bool HasGlyfOutlines(string path)
    {
        try
        {
            return new FileInfo(path).Length <= EditionLimits.LargestFontFile && Fonts.FontFileCheck.HasGlyfOutlines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
