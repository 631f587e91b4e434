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
        text = InputText.Prepare(text, file, diagnostics, Msg.Of("TXT001.tab.csv"));
        var rows = new List<Indicator>();
        var badData = new List<(int Line, int Column)>();
        var records = new RecordLocator(text);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            BadDataFound = args =>
            {
                var raw = args.RawRecord ?? "";
                int at = Math.Max(0, raw.IndexOf('"', Math.Max(0, raw.IndexOf(args.Field ?? "", StringComparison.Ordinal))));
                badData.Add(records.Locate(records.Find(raw), at));
            },
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read())
        {
            diagnostics.Error("CSV001", file, 1, 1, Msg.Of("CSV001", string.Join(",", Columns)));
            return new IndicatorTable(rows);
        }
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var headerRaw = csv.Parser.RawRecord ?? "";
        int headerStart = records.Next(headerRaw);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        bool duplicate = false;
        for (int i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (index.TryGetValue(name, out var first))
            {
                var (l, c) = records.Locate(headerStart, ColumnOf(headerRaw, i) - 1);
                diagnostics.Error("CSV012", file, l, c, name.Length == 0 ? Msg.Of("CSV012.unnamed", i + 1, first + 1, string.Join(",", Columns))
                    : Msg.Of("CSV012", name, first + 1, i + 1, string.Join(",", Columns)));
                duplicate = true;
                continue;
            }
            index[name] = i;
        }
        var missing = Columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error("CSV002", file, 1, 1, Msg.Of("CSV002", string.Join(", ", missing), string.Join(",", Columns)));
            return new IndicatorTable(rows);
        }
        if (duplicate) return new IndicatorTable(rows);

        var seen = new Dictionary<(string, int), int>();
        int reportedBadData = 0;
        int ReportBadData()
        {
            int found = badData.Count - reportedBadData;
            foreach (var (l, c) in badData.Skip(reportedBadData))
                diagnostics.Error("CSV013", file, l, c, Msg.Of("CSV013"));
            reportedBadData = badData.Count;
            return found;
        }
        if (ReportBadData() > 0) return new IndicatorTable(rows);
        while (csv.Read())
        {
            var raw = csv.Parser.RawRecord ?? "";
            int recordStart = records.Next(raw);
            int line = records.Locate(recordStart, 0).Line;
            if (ReportBadData() > 0) continue;
            if (csv.Parser.Record is { } rec && rec.All(string.IsNullOrWhiteSpace)) continue;
            string Field(string name) => csv.GetField(index[name])?.Trim() ?? "";
            (int Line, int Column) At(int field) => records.Locate(recordStart, ColumnOf(raw, field) - 1);
            int Col(string name) => At(index[name]).Column;
            int count = csv.Parser.Count;
            if (count != header.Length)
            {
                var (l, c) = count > header.Length ? At(header.Length) : records.Locate(recordStart, raw.TrimEnd('\r', '\n').Length);
                diagnostics.Error("CSV003", file, l, c, Msg.Of(count > header.Length ? "CSV003.more" : "CSV003.fewer", count, header.Length));
                continue;
            }

            var id = Field("id");
            if (!IsIdentifier(id))
            {
                diagnostics.Error("CSV004", file, line, Col("id"), Msg.Of("CSV004", id));
                continue;
            }
            var yearText = NumberText.Normalize(Field("year"));
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !EditionLimits.IsYear(year))
            {
                diagnostics.Error("CSV005", file, line, Col("year"), Msg.Of("CSV005", Field("year"), EditionLimits.FirstYear, EditionLimits.LastYear));
                continue;
            }
            var unit = Field("unit");
            if (!UnitCatalog.IsKnown(unit))
            {
                diagnostics.Error("CSV006", file, line, Col("unit"), Msg.Of("CSV006", unit, string.Join(" ", UnitCatalog.KnownUnits)));
                continue;
            }
            var valueText = Field("value");
            var parsed = NumberText.Parse(valueText, unit);
            if (parsed.Error is not null)
            {
                diagnostics.Error(parsed.Code ?? "CSV007", file, line, Col("value"), parsed.Error);
                continue;
            }
            foreach (var warning in parsed.Warnings)
                diagnostics.Warning("CSV008", file, line, Col("value"), warning);

            if (seen.TryGetValue((id, year), out var firstLine))
            {
                diagnostics.Error("CSV009", file, line, Col("id"), Msg.Of("CSV009", id, year, firstLine));
                continue;
            }
            seen[(id, year)] = line;
            var labelZh = Field("label_zh");
            var labelEn = Field("label_en");
            if (labelZh.Length == 0) diagnostics.Error("CSV010", file, line, Col("label_zh"), Msg.Of("CSV010.zh", id));
            if (labelEn.Length == 0) diagnostics.Error("CSV010", file, line, Col("label_en"), Msg.Of("CSV010.en", id));
            rows.Add(new Indicator(id, Field("section"), year, parsed.Value, unit, new BilingualText(labelZh, labelEn),
                Field("source"), new SourceLocation(file, line, 1)));
        }
        return new IndicatorTable(rows);
    }

    /// <summary>
    /// Places records in the text they were read from. A record's raw text is found in the text from where the
    /// previous record ended (blank lines CsvHelper skips lie in between), so a quoted field that spans lines or
    /// runs to the end of the file is placed by where its characters are, not by CsvHelper's row count, which
    /// differs for an unclosed quote.
    /// </summary>
    private sealed class RecordLocator(string text)
    {
        private readonly int[] _lineStarts = LineStarts(text);
        private int _from;

        /// <summary>Where <paramref name="raw"/> starts, without moving past it (for a record still being read).</summary>
        public int Find(string raw)
        {
            if (raw.Length == 0) return _from;
            int at = text.IndexOf(raw, _from, StringComparison.Ordinal);
            return at < 0 ? _from : at;
        }

        /// <summary>Where <paramref name="raw"/> starts; the next record is looked for after it.</summary>
        public int Next(string raw)
        {
            int at = Find(raw);
            _from = Math.Min(text.Length, at + raw.Length);
            return at;
        }

        /// <summary>Line and column (1-based, UTF-16 within the prepared line) of the character <paramref name="index"/> chars into a record at <paramref name="start"/>.</summary>
        public (int Line, int Column) Locate(int start, int index)
        {
            int offset = Math.Clamp(start + Math.Max(0, index), 0, text.Length);
            int line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0) line = ~line - 1;
            return (line + 1, offset - _lineStarts[line] + 1);
        }

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
                if (text[i] == '\n') starts.Add(i + 1);
            return [.. starts];
        }
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
