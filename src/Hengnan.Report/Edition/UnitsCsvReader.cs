using System.Globalization;
using Hengnan.Report.Units;

namespace Hengnan.Report.Edition;

/// <summary>
/// Reads an edition's units.csv: the units its figures may be in beyond the built-in ones, or built-in ones
/// said otherwise in English. One row a unit, lines starting with # are comments:
/// <code>
/// unit,en_singular,en_plural,factor,base
/// 株,plant,plants,,
/// 万株,,,10000,株
/// 人次,person-time,person-times,,
/// </code>
/// <c>unit</c> is the unit as the indicators table writes it; <c>en_singular</c>/<c>en_plural</c> the English words
/// after a number (none: a bare number, the label names what is counted); <c>factor</c> what English multiplies
/// the value by (10000 for a 万 unit; 1 when empty); <c>base</c> a unit whose English this one uses, times the
/// factor (万株 = 10,000 株; 千元 = 1,000 元, printed as money). A row gives words or a base, not both.
/// </summary>
public static class UnitsCsvReader
{
    public const string File = "units.csv";

    public static readonly string[] Columns = ["unit", "en_singular", "en_plural", "factor", "base"];

    private sealed record Row(string Unit, string Singular, string Plural, decimal Factor, string Base, int Line, int BaseColumn);

    /// <summary>The built-in units with those of <paramref name="text"/> added; every problem is reported at its field.</summary>
    public static UnitSet Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var rows = new List<Row>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in LocatedCsv.Read(text, file, diagnostics, ["unit"], LocatedCsv.OnlyColumns(Columns, "UNT001", file, diagnostics), comments: true))
        {
            int line = row.Line;
            void Error(string code, string column, Msg message) => diagnostics.Error(code, file, line, row.Column(column), message);
            var unit = row.Text("unit");
            var singular = row.Text("en_singular");
            var plural = row.Text("en_plural");
            var baseUnit = row.Text("base");
            if (unit.Length == 0) { Error("UNT002", "unit", Msg.Of("UNT002")); continue; }
            if (lines.TryGetValue(unit, out var first)) { Error("UNT003", "unit", Msg.Of("UNT003", unit, first)); continue; }
            lines[unit] = line;
            if (UnitCatalog.Builtin.Find(unit)?.Style is UnitStyle.Percent or UnitStyle.Rank) { Error("UNT004", "unit", Msg.Of("UNT004", unit)); continue; }
            if (plural.Length > 0 && singular.Length == 0) { Error("UNT005", "en_singular", Msg.Of("UNT005", unit, plural)); continue; }
            if (baseUnit.Length > 0 && singular.Length > 0) { Error("UNT007", "base", Msg.Of("UNT007", unit, baseUnit)); continue; }
            if (Factor(row.Text("factor")) is not { } factor) { Error("UNT006", "factor", Msg.Of("UNT006", row.Text("factor"), LargestFactor.ToString("#,##0", CultureInfo.InvariantCulture))); continue; }
            rows.Add(new Row(unit, singular, plural.Length > 0 ? plural : singular, factor, baseUnit, line, row.Column("base")));
        }

        // A unit may be based on a built-in one or on another row (in any order), but not on itself through others.
        var byUnit = rows.ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var defined = new Dictionary<string, UnitDefinition?>(StringComparer.Ordinal);
        UnitDefinition? Resolve(Row row, HashSet<string> path)
        {
            if (defined.TryGetValue(row.Unit, out var done)) return done;
            void Error(string code, Msg message) => diagnostics.Error(code, file, row.Line, row.BaseColumn, message);
            // Reached again while its own base is being resolved: the units are based on each other in a circle.
            if (!path.Add(row.Unit))
            {
                Error("UNT008", Msg.Of("UNT008.cycle", row.Unit, row.Base));
                return null;
            }
            UnitDefinition? result = null;
            if (row.Base.Length == 0)
                result = new UnitDefinition(row.Unit, UnitStyle.Words, row.Singular, row.Plural, row.Factor);
            else if (byUnit.TryGetValue(row.Base, out var other) || UnitCatalog.Builtin.IsKnown(row.Base))
            {
                var target = other is not null ? Resolve(other, path) : UnitCatalog.Builtin.Find(row.Base);
                if (target?.Style is UnitStyle.Percent or UnitStyle.Rank)
                    Error("UNT009", Msg.Of("UNT009", row.Base));
                else if (target is not null && row.Factor * target.Factor > LargestFactor)
                    Error("UNT006", Msg.Of("UNT006.large", row.Unit, LargestFactor.ToString("#,##0", CultureInfo.InvariantCulture)));
                else if (target is not null)
                    result = UnitDefinition.Times(row.Unit, row.Factor, target);
            }
            else
                Error("UNT008", Msg.Of("UNT008", row.Base, row.Unit));
            path.Remove(row.Unit);
            defined[row.Unit] = result;
            return result;
        }
        var units = rows.Select(r => Resolve(r, new HashSet<string>(StringComparer.Ordinal))).OfType<UnitDefinition>().ToList();
        return UnitCatalog.Builtin.With(units);
    }

    /// <summary>The largest factor a unit may have (a million million, as 万亿元 is to 元).</summary>
    public const decimal LargestFactor = 1_000_000_000_000m;

    /// <summary>A factor as typed (1 when empty; digits, a point and thousands separators), or null when it is no positive number in range.</summary>
    private static decimal? Factor(string text)
    {
        if (text.Length == 0) return 1m;
        var normalized = NumberText.Normalize(text);
        var parts = normalized.Split('.');
        var groups = parts[0].Split(',');
        if (groups.Length > 1 && !(groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3))) return null;
        if (!decimal.TryParse(normalized.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var factor)) return null;
        return factor > 0 && factor <= LargestFactor && UnitCatalog.Scale(factor) <= EditionLimits.MostDecimals ? factor : null;
    }
}
