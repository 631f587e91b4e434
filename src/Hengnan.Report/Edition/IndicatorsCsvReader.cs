using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Hengnan.Report.Content;
using Hengnan.Report.Units;

namespace Hengnan.Report.Edition;

/// <summary>
/// Reads indicators.csv (one row per indicator and year). Every problem is reported with its
/// line and column; nothing is guessed silently.
/// </summary>
public static class IndicatorsCsvReader
{
    public static readonly string[] Columns = ["id", "section", "year", "value", "unit", "label_zh", "label_en", "source"];

    public static IndicatorTable Read(string path, string displayName, DiagnosticBag diagnostics, System.Text.Encoding? encoding = null) =>
        Parse(TextFile.Read(path, encoding), displayName, diagnostics);

    public static IndicatorTable Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var rows = new List<Indicator>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read())
        {
            diagnostics.Error("CSV001", file, 1, 1, "the file is empty; expected a header row: " + string.Join(",", Columns));
            return new IndicatorTable(rows);
        }
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++) index[header[i].Trim()] = i;
        var missing = Columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error("CSV002", file, 1, 1, $"the header lacks column(s) {string.Join(", ", missing)}",
                "the first row must name the columns: " + string.Join(",", Columns));
            return new IndicatorTable(rows);
        }

        var seen = new Dictionary<(string, int), int>();
        while (csv.Read())
        {
            int line = csv.Parser.RawRow;
            var raw = csv.Parser.RawRecord;
            if (csv.Parser.Record is { } rec && rec.All(string.IsNullOrWhiteSpace)) continue;
            string Field(string name) => csv.GetField(index[name])?.Trim() ?? "";
            int Col(string name) => ColumnOf(raw, index[name]);
            if (csv.Parser.Count < header.Length)
            {
                diagnostics.Error("CSV003", file, line, 1,
                    $"the row has {csv.Parser.Count} field(s) but the header has {header.Length}",
                    "check for a missing comma, or a comma inside a label that should be in \"quotes\"");
                continue;
            }

            var id = Field("id");
            if (!IsIdentifier(id))
            {
                diagnostics.Error("CSV004", file, line, Col("id"), $"'{id}' is not a valid indicator id",
                    "use lower-case letters, digits and underscores, e.g. gdp or air_quality_rate");
                continue;
            }
            var yearText = NumberText.Normalize(Field("year"));
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1949 || year > 2100)
            {
                diagnostics.Error("CSV005", file, line, Col("year"), $"'{Field("year")}' is not a year between 1949 and 2100");
                continue;
            }
            var unit = Field("unit");
            if (!UnitCatalog.IsKnown(unit))
            {
                diagnostics.Error("CSV006", file, line, Col("unit"), $"unknown unit '{unit}'",
                    "known units: " + string.Join(" ", UnitCatalog.KnownUnits));
                continue;
            }
            var valueText = Field("value");
            var parsed = NumberText.Parse(valueText, unit);
            if (parsed.Error is not null)
            {
                diagnostics.Error("CSV007", file, line, Col("value"), parsed.Error, parsed.Hint);
                continue;
            }
            if (parsed.Warning is not null)
                diagnostics.Warning("CSV008", file, line, Col("value"), parsed.Warning);

            if (seen.TryGetValue((id, year), out var firstLine))
            {
                diagnostics.Error("CSV009", file, line, Col("id"), $"indicator '{id}' has a second row for {year} (the first is on line {firstLine})");
                continue;
            }
            seen[(id, year)] = line;
            var labelZh = Field("label_zh");
            var labelEn = Field("label_en");
            if (labelZh.Length == 0) diagnostics.Error("CSV010", file, line, Col("label_zh"), $"indicator '{id}' has no Chinese label");
            if (labelEn.Length == 0) diagnostics.Error("CSV010", file, line, Col("label_en"), $"indicator '{id}' has no English label");
            rows.Add(new Indicator(id, Field("section"), year, parsed.Value, unit, new BilingualText(labelZh, labelEn),
                Field("source"), new SourceLocation(file, line, 1)));
        }
        return new IndicatorTable(rows);
    }

    internal static bool IsIdentifier(string s) =>
        s.Length > 0 && char.IsAsciiLetterLower(s[0]) && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>1-based column where field <paramref name="field"/> starts in a raw CSV record.</summary>
    internal static int ColumnOf(string raw, int field)
    {
        int f = 0;
        bool quoted = false;
        for (int i = 0; i < raw.Length; i++)
        {
            if (f == field) return i + 1;
            char c = raw[i];
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) f++;
        }
        return f == field ? raw.Length + 1 : 1;
    }
}
