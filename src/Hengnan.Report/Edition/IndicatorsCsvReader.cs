using Hengnan.Report.Content;
using Hengnan.Report.Units;

namespace Hengnan.Report.Edition;

/// <summary>
/// Reads indicators.csv (one row per indicator and period). Every problem is reported with its
/// line and column; nothing is guessed silently.
/// </summary>
public static class IndicatorsCsvReader
{
    public static readonly string[] Columns = IndicatorRows.Columns;

    public static IndicatorTable Read(string path, string displayName, DiagnosticBag diagnostics, System.Text.Encoding? encoding = null) =>
        Parse(TextFile.Read(path, encoding), displayName, diagnostics);

    /// <param name="units">The units the figures may be in (the built-in ones when null; an edition's units.csv adds to them).</param>
    public static IndicatorTable Parse(string text, string file, DiagnosticBag diagnostics, UnitSet? units = null)
    {
        var rows = new IndicatorRows(file, diagnostics, units ?? UnitCatalog.Builtin);
        foreach (var row in LocatedCsv.Read(text, file, diagnostics, Columns))
            rows.Add(row);
        return rows.Table;
    }

    internal static bool IsIdentifier(string s) =>
        s.Length > 0 && char.IsAsciiLetterLower(s[0]) && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
