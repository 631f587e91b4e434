using Hengnan.Report.Content;
using Hengnan.Report.Units;

namespace Hengnan.Report.Edition;

/// <summary>
/// One row of a table read from an edition file: a CSV record or a worksheet row. Its fields are found by
/// column name; each has a place (line or row, and column) for messages about it.
/// </summary>
internal abstract class TableRow
{
    /// <summary>The line of the file (a worksheet's row number) the row is on.</summary>
    public abstract int Line { get; }

    /// <summary>The field's text, trimmed ("" when the table has no such column).</summary>
    public abstract string Text(string column);

    /// <summary>The column (1-based) where the field starts.</summary>
    public abstract int Column(string column);

    /// <summary>The period in the year column: what its text says (a worksheet reads a typed number or date too).</summary>
    public virtual PeriodText.Result Period() => PeriodText.Parse(Text("year"));

    /// <summary>The value in the value column, in <paramref name="unit"/>.</summary>
    public virtual NumberText.Result Value(string unit, UnitSet units) => NumberText.Parse(Text("value"), unit, units);
}

/// <summary>
/// Checks the indicators table row by row, whichever file it comes from (indicators.csv or indicators.xlsx):
/// an id, a period, a known unit, a value in range, both labels, and one row per indicator and year.
/// Every problem is reported at its field; a row with an error is left out.
/// </summary>
internal sealed class IndicatorRows(string file, DiagnosticBag diagnostics, UnitSet units, bool sheet = false)
{
    /// <summary>The columns every indicators table has, in the order the sample writes them.</summary>
    public static readonly string[] Columns = ["id", "section", "year", "value", "unit", "label_zh", "label_en", "source"];

    private readonly List<Indicator> _rows = new();
    private readonly Dictionary<(string, int), int> _seen = new();

    public IndicatorTable Table => new(_rows) { Units = units, Name = Path.GetFileName(file) };

    public void Add(TableRow row)
    {
        int line = row.Line;
        void Error(string code, string column, Msg message) => diagnostics.Error(code, file, line, row.Column(column), message);

        var id = row.Text("id");
        if (!IndicatorsCsvReader.IsIdentifier(id))
        {
            Error("CSV004", "id", Msg.Of("CSV004", id));
            return;
        }
        var period = row.Period();
        if (period.Period is not { } when)
        {
            Error("CSV005", "year", period.Error!);
            return;
        }
        var unit = row.Text("unit");
        if (!units.IsKnown(unit))
        {
            Error("CSV006", "unit", Msg.Of("CSV006", unit, string.Join(" ", units.KnownUnits)));
            return;
        }
        var parsed = row.Value(unit, units);
        if (parsed.Error is not null)
        {
            Error(parsed.Code ?? "CSV007", "value", parsed.Error);
            return;
        }
        foreach (var warning in period.Warnings)
            diagnostics.Warning("CSV008", file, line, row.Column("year"), warning);
        foreach (var warning in parsed.Warnings)
            diagnostics.Warning("CSV008", file, line, row.Column("value"), warning);

        if (_seen.TryGetValue((id, when.Year), out var firstLine))
        {
            Error("CSV009", "id", Msg.Of(sheet ? "CSV009.row" : "CSV009", id, when.Year, firstLine));
            return;
        }
        _seen[(id, when.Year)] = line;
        var labelZh = row.Text("label_zh");
        var labelEn = row.Text("label_en");
        if (labelZh.Length == 0) Error("CSV010", "label_zh", Msg.Of("CSV010.zh", id));
        if (labelEn.Length == 0) Error("CSV010", "label_en", Msg.Of("CSV010.en", id));
        _rows.Add(new Indicator(id, row.Text("section"), when.Year, parsed.Value, unit, new BilingualText(labelZh, labelEn),
            row.Text("source"), new SourceLocation(file, line, 1))
        {
            Period = when,
            YearLocation = new SourceLocation(file, line, row.Column("year")),
        });
    }
}
