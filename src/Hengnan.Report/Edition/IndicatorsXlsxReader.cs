using System.Globalization;
using ExcelDataReader;
using Hengnan.Report.Content;
using Hengnan.Report.Units;

namespace Hengnan.Report.Edition;

/// <summary>
/// Reads indicators.xlsx, the indicators table as the staff keep it in Excel or WPS: the same columns as
/// indicators.csv, on the sheet named indicators or 指标 (else the first sheet), the header on its first
/// non-empty row. Every problem is reported at its cell: the diagnostic's line is the row, its column the
/// column's number, and it prints as <c>indicators.xlsx!Sheet1!D14</c> (<see cref="DiagnosticBag.MapSheet"/>).
/// </summary>
/// <remarks>
/// A number typed into a cell is read as Excel shows it, not as the binary fraction it is stored as:
/// 356.01 stays 356.01 (at most 15 significant digits, Excel's own precision). A cell's number format is
/// honoured where it changes what is read: a percentage format shows 0.947 as 94.7% (read as 94.7 in a % row,
/// an error in any other unit); a format with fewer decimals than the number shows it rounded, and the
/// rounded figure is read, with a warning. A year typed into a date-formatted cell, or the date 31 December
/// of a year in the year column, is read and reported; any other date there is an error.
/// </remarks>
public static class IndicatorsXlsxReader
{
    /// <summary>Names of the sheet that holds the table, when the workbook has several.</summary>
    public static readonly string[] SheetNames = ["indicators", "指标"];

    private readonly record struct Cell(object? Value, string? Format);

    /// <summary>The table in the workbook; null when the file is no workbook that can be read (reported: XLS001).</summary>
    public static IndicatorTable? Read(byte[] bytes, string file, DiagnosticBag diagnostics, UnitSet? units = null)
    {
        var rows = new IndicatorRows(file, diagnostics, units ?? UnitCatalog.Builtin, sheet: true);
        if (Sheet(bytes, file, diagnostics) is not { } found) return null;
        var (sheet, grid) = found;
        diagnostics.MapSheet(file, sheet);
        int headerAt = grid.FindIndex(r => r.Cells.Any(c => CellText(c).Length > 0));
        if (headerAt < 0)
        {
            diagnostics.Error("CSV001", file, 1, 1, Msg.Of("CSV001", string.Join(",", IndicatorRows.Columns)));
            return rows.Table;
        }
        var (headerRow, headerCells) = grid[headerAt];
        // Only named columns count: Excel keeps empty cells to the right of a table as part of the sheet.
        var named = Enumerable.Range(0, headerCells.Length).Where(i => CellText(headerCells[i]).Length > 0).ToList();
        var names = named.Select(i => new LocatedCsv.HeaderName(CellText(headerCells[i]), headerRow, i + 1, i + 1)).ToList();
        if (LocatedCsv.HeaderIndex(names, file, diagnostics, IndicatorRows.Columns) is not { } index) return rows.Table;
        var columns = index.ToDictionary(p => p.Key, p => named[p.Value], StringComparer.OrdinalIgnoreCase);
        foreach (var (row, cells) in grid.Skip(headerAt + 1))
        {
            if (columns.Values.All(i => i >= cells.Length || CellText(cells[i]).Length == 0)) continue;
            var sheetRow = new SheetRow(row, cells, columns);
            if (sheetRow.CheckText(file, diagnostics)) rows.Add(sheetRow);
        }
        return rows.Table;
    }

    /// <summary>The sheet's name and its rows (1-based row numbers), or null when the file is no workbook that can be read (reported).</summary>
    private static (string Sheet, List<(int Row, Cell[] Cells)> Grid)? Sheet(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        // ExcelDataReader asks for the Windows code pages even for .xlsx; .NET has them only once registered.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var sheets = new List<string>();
            do sheets.Add(reader.Name ?? ""); while (reader.NextResult());
            int chosen = Math.Max(0, sheets.FindIndex(n => SheetNames.Contains(n.Trim(), StringComparer.OrdinalIgnoreCase)));
            reader.Reset();
            for (int i = 0; i < chosen; i++) reader.NextResult();
            var grid = new List<(int, Cell[])>();
            while (reader.Read())
            {
                var cells = new Cell[reader.FieldCount];
                for (int i = 0; i < cells.Length; i++)
                    cells[i] = new Cell(reader.GetValue(i), reader.GetNumberFormatString(i));
                grid.Add((reader.Depth + 1, cells));
            }
            return (sheets[chosen], grid);
        }
        // The workbook is untrusted input parsed by a library: whatever it throws on a damaged or foreign file is reported, not a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error("XLS001", file, 0, 0, Msg.Of("XLS001"));
            return null;
        }
    }

    /// <summary>A cell's content as text: strings as typed, numbers as Excel shows them in General format, dates as yyyy-MM-dd.</summary>
    private static string CellText(Cell cell) => cell.Value switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("G15", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    /// <summary>A worksheet row of the indicators table: its cells by column name, placed by row and column number.</summary>
    private sealed class SheetRow(int row, Cell[] cells, Dictionary<string, int> columns) : TableRow
    {
        public override int Line => row;

        private Cell At(string column) => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i] : default;

        public override string Text(string column) => Nfc.Normalize(CellText(At(column)));

        public override int Column(string column) => columns.TryGetValue(column, out var i) ? i + 1 : 1;

        /// <summary>Reports a character in a text cell that would print wrong or not at all (a line break typed with Alt+Enter, a control character); false if any.</summary>
        public bool CheckText(string file, DiagnosticBag diagnostics)
        {
            bool ok = true;
            foreach (var (name, i) in columns)
            {
                if (i >= cells.Length || cells[i].Value is not string s) continue;
                var bad = FirstUnprintable(s.Trim());
                if (bad == default) continue;
                var message = bad is '\n' or '\r' ? Msg.Of("TXT001.break")
                    : bad == '\uFFFD' ? Msg.Of("TXT003")
                    : Msg.Of("TXT001", ((int)bad).ToString("X4", CultureInfo.InvariantCulture));
                diagnostics.Error(bad == '\uFFFD' ? "TXT003" : "TXT001", file, row, i + 1, message);
                ok = false;
            }
            return ok;
        }

        /// <summary>The first control character, replacement character or half of a surrogate pair in <paramref name="s"/>, or '\0' when there is none.</summary>
        private static char FirstUnprintable(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                if (char.IsControl(c) || c == '\uFFFD' || char.IsSurrogate(c)) return c;
            }
            return default;
        }

        public override PeriodText.Result Period()
        {
            switch (At("year").Value)
            {
                case double d:
                    return d == Math.Floor(d) && d >= EditionLimits.FirstYear && d <= EditionLimits.LastYear
                        ? new PeriodText.Result(Content.Period.OfYear((int)d), null, [])
                        : PeriodText.OutOfRange(CellText(At("year")));
                case DateTime date:
                    // A year typed into a cell formatted as a date shows as a day in 1905 (day 2020 after 1900-01-00): the number is the year.
                    double serial = date.ToOADate();
                    if (serial == Math.Floor(serial) && EditionLimits.IsYear((int)serial))
                        return new PeriodText.Result(Content.Period.OfYear((int)serial), null,
                            [Msg.Of("CSV008.dateyear", CellText(At("year")), (int)serial)]);
                    return PeriodText.Date(CellText(At("year")), EditionLimits.IsYear(date.Year) ? date.Year : null, date.Month, date.Day);
                default:
                    return base.Period();
            }
        }

        public override NumberText.Result Value(string unit, UnitSet units)
        {
            var cell = At("value");
            return cell.Value switch
            {
                double d => Number(d, cell.Format, unit, units),
                DateTime => NumberText.Result.Failed(Msg.Of("CSV007.date", CellText(cell))),
                bool => NumberText.Result.Failed(Msg.Of("CSV007", CellText(cell))),
                _ => base.Value(unit, units),
            };
        }
    }

    /// <summary>
    /// A number typed into a cell, as the cell shows it: at most 15 significant digits (what Excel keeps of
    /// what was typed), times 100 in a percentage format, rounded to the decimals the format shows.
    /// </summary>
    internal static NumberText.Result Number(double stored, string? format, string unit, UnitSet units)
    {
        var typed = stored.ToString("G15", CultureInfo.InvariantCulture);
        if (!double.IsFinite(stored) || !decimal.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return double.IsFinite(stored) ? UnitCatalog.TooLarge(typed) : NumberText.Result.Failed(Msg.Of("CSV007", typed));
        var (percent, least, most) = Shape(format);
        var warnings = new List<Msg>();
        if (percent)
        {
            if (units.Find(unit)?.Style != UnitStyle.Percent)
                return NumberText.Result.Failed(Msg.Of("CSV007.percentcell", Shown(UnitCatalog.Trim(value * 100), least, most) + "%", unit));
            value = UnitCatalog.Trim(value * 100);
        }
        var shown = Shown(value, least, most);
        if (most is { } m && Math.Round(value, m, MidpointRounding.AwayFromZero) != value)
            warnings.Add(Msg.Of("CSV008.shown", UnitCatalog.Trim(value).ToString(CultureInfo.InvariantCulture), shown));
        var read = decimal.Parse(shown, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (units.RangeError(read, unit, shown + (percent ? "%" : "")) is { } range) return range;
        return new NumberText.Result(read, null, warnings);
    }

    /// <summary>The number as a format with <paramref name="least"/> to <paramref name="most"/> decimals shows it (all of it when <paramref name="most"/> is null).</summary>
    private static string Shown(decimal value, int least, int? most)
    {
        var rounded = most is { } m ? UnitCatalog.Trim(Math.Round(value, m, MidpointRounding.AwayFromZero)) : value;
        // Adding a zero written with `least` decimals gives the sum at least that many (18.3 + 0.00 = 18.30).
        var padded = rounded + new decimal(0, 0, 0, false, (byte)Math.Min(least, 28));
        return padded.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// What a number format does to a number: whether it shows it as a percentage, and how many decimals it
    /// shows at least (its 0s after the point) and at most (its 0, # and ? after the point; null for General
    /// and scientific formats, which show a number as it is).
    /// </summary>
    internal static (bool Percent, int Least, int? Most) Shape(string? format)
    {
        if (string.IsNullOrWhiteSpace(format) || format.Trim() is "@" || format.Trim().Equals("General", StringComparison.OrdinalIgnoreCase)) return (false, 0, null);
        // The first section (positive numbers), without literal text, colours, conditions and padding.
        var plain = new System.Text.StringBuilder();
        bool quoted = false, bracket = false;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (quoted) { quoted = c != '"'; continue; }
            if (bracket) { bracket = c != ']'; continue; }
            if (c == ';') break;
            if (c == '"') quoted = true;
            else if (c == '[') bracket = true;
            else if (c is '\\' or '_' or '*') i++;
            else plain.Append(c);
        }
        var shape = plain.ToString();
        bool percent = shape.Contains('%');
        if (shape.Contains('E') || shape.Contains('e') || shape.Contains("General", StringComparison.OrdinalIgnoreCase)) return (percent, 0, null);
        int dot = shape.IndexOf('.');
        if (dot < 0) return (percent, 0, 0);
        var decimals = new string(shape[(dot + 1)..].TakeWhile(c => c is '0' or '#' or '?' or ',').Where(c => c != ',').ToArray());
        return (percent, decimals.Count(c => c == '0'), decimals.Length);
    }
}
