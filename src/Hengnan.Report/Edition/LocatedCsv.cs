using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Hengnan.Report.Edition;

/// <summary>
/// Reads a CSV file of an edition (indicators.csv, units.csv) record by record, with the line and column of
/// every field, and reports what is wrong with its shape: no header, a column named twice or missing, a row
/// with more or fewer fields than the header, a stray quote mark. The rows it yields have the header's
/// number of fields; what they mean is for the caller to check.
/// </summary>
internal static class LocatedCsv
{
    /// <summary>A column the header names, where, and its number among the columns (1-based: a CSV field, a worksheet column).</summary>
    public readonly record struct HeaderName(string Name, int Line, int Column, int Number);

    /// <param name="required">Columns the header must name (CSV002 when it does not).</param>
    /// <param name="checkHeader">Called with the header's names once they are known to be distinct; false stops the reading (it reported why).</param>
    /// <param name="comments">Lines starting with # are comments (units.csv documents itself).</param>
    public static IEnumerable<TableRow> Read(string text, string file, DiagnosticBag diagnostics, IReadOnlyList<string> required,
        Func<IReadOnlyList<HeaderName>, bool>? checkHeader = null, bool comments = false)
    {
        text = InputText.Prepare(text, file, diagnostics, Msg.Of("TXT001.tab.csv"));
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
            AllowComments = comments,
            Comment = '#',
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read())
        {
            diagnostics.Error("CSV001", file, 1, 1, Msg.Of("CSV001", string.Join(",", required)));
            yield break;
        }
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var headerRaw = csv.Parser.RawRecord ?? "";
        int headerStart = records.Next(headerRaw);
        var names = new List<HeaderName>();
        for (int i = 0; i < header.Length; i++)
        {
            var (l, c) = records.Locate(headerStart, ColumnOf(headerRaw, i) - 1);
            names.Add(new HeaderName(header[i].Trim(), l, c, i + 1));
        }
        if (HeaderIndex(names, file, diagnostics, required) is not { } index || (checkHeader is not null && !checkHeader(names))) yield break;

        int reportedBadData = 0;
        int ReportBadData()
        {
            int found = badData.Count - reportedBadData;
            foreach (var (l, c) in badData.Skip(reportedBadData))
                diagnostics.Error("CSV013", file, l, c, Msg.Of("CSV013"));
            reportedBadData = badData.Count;
            return found;
        }
        if (ReportBadData() > 0) yield break;
        while (csv.Read())
        {
            var raw = csv.Parser.RawRecord ?? "";
            int recordStart = records.Next(raw);
            if (ReportBadData() > 0) continue;
            if (csv.Parser.Record is { } rec && rec.All(string.IsNullOrWhiteSpace)) continue;
            int count = csv.Parser.Count;
            if (count != header.Length)
            {
                var (l, c) = count > header.Length ? records.Locate(recordStart, ColumnOf(raw, header.Length) - 1) : records.Locate(recordStart, raw.TrimEnd('\r', '\n').Length);
                diagnostics.Error("CSV003", file, l, c, Msg.Of(count > header.Length ? "CSV003.more" : "CSV003.fewer", count, header.Length));
                continue;
            }
            var fields = Enumerable.Range(0, count).Select(i => csv.GetField(i)?.Trim() ?? "").ToArray();
            yield return new Record(records, recordStart, raw, fields, index);
        }
    }

    /// <summary>
    /// The column of each name in a header, or null when a column is named twice (CSV012) or a required one is
    /// missing (CSV002). Names are matched without regard to case; a worksheet's header is checked the same way.
    /// </summary>
    /// <summary>A header check for <see cref="Read"/>: every column one of <paramref name="columns"/>, else <paramref name="code"/> at each other one.</summary>
    public static Func<IReadOnlyList<HeaderName>, bool> OnlyColumns(IReadOnlyList<string> columns, string code, string file, DiagnosticBag diagnostics) => names =>
    {
        var unknown = names.Where(n => !columns.Contains(n.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var n in unknown)
            diagnostics.Error(code, file, n.Line, n.Column, Msg.Of(code, n.Name, string.Join(",", columns)));
        return unknown.Count == 0;
    };

    public static Dictionary<string, int>? HeaderIndex(IReadOnlyList<HeaderName> names, string file, DiagnosticBag diagnostics, IReadOnlyList<string> required)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        bool duplicate = false;
        for (int i = 0; i < names.Count; i++)
        {
            var (name, l, c, number) = names[i];
            if (index.TryGetValue(name, out var first))
            {
                int firstNumber = names[first].Number;
                diagnostics.Error("CSV012", file, l, c, name.Length == 0 ? Msg.Of("CSV012.unnamed", number, firstNumber, string.Join(",", required))
                    : Msg.Of("CSV012", name, firstNumber, number, string.Join(",", required)));
                duplicate = true;
                continue;
            }
            index[name] = i;
        }
        var missing = required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            var at = names.Count > 0 ? names[0] : new HeaderName("", 1, 1, 1);
            diagnostics.Error("CSV002", file, at.Line, at.Column, Msg.Of("CSV002", string.Join(", ", missing), string.Join(",", required)));
            return null;
        }
        return duplicate ? null : index;
    }

    /// <summary>A CSV record: its fields by column name, each placed by where its characters are in the file.</summary>
    private sealed class Record(RecordLocator records, int start, string raw, string[] fields, Dictionary<string, int> index) : TableRow
    {
        public override int Line => records.Locate(start, 0).Line;

        public override string Text(string column) => index.TryGetValue(column, out var i) ? fields[i] : "";

        public override int Column(string column) =>
            records.Locate(start, ColumnOf(raw, index.TryGetValue(column, out var i) ? i : 0) - 1).Column;
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
