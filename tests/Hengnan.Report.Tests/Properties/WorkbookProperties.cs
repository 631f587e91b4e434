using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hengnan.Report.Edition;
using Property = FsCheck.Property;

namespace Hengnan.Report.Tests.Properties;

/// <summary>
/// Whatever an indicators workbook holds — random text, numbers, dates and empty cells under a header that may be
/// wrong, or the bytes of a valid workbook damaged — the reader gives a table or diagnostics at cells of the sheet
/// (row within the rows written, column within the header's), or XLS001 for the file, and never throws.
/// </summary>
public sealed class WorkbookProperties
{
    private const int Cases = 150;
    private const string File = "input/indicators.xlsx";

    /// <summary>Text as the XML of a workbook can hold it (no C0 control characters but TAB and line ends, no lone surrogates).</summary>
    private static string Storable(string text)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (c < 0x20 && c is not ('\t' or '\n' or '\r'))) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static readonly Gen<object?> Cell = Gen.Frequency(
        (4, InputGen.Text.Select(t => (object?)Storable(t))),
        (2, Gen.Elements<object?>(2015.0, 2020.0, 356.01, 0.947, -1.0, 1e30, 3.3, 27.0, 0.30000000000000004)),
        (1, Gen.Choose(0, 80000).Select(d => (object?)DateTime.FromOADate(d))),
        (1, Gen.Constant<object?>(null)));

    private static readonly Gen<string[]> Header = Gen.Frequency(
        (3, Gen.Constant(IndicatorsCsvReader.Columns)),
        (1, Gen.ArrayOf(Gen.Elements([.. IndicatorsCsvReader.Columns, "", "ID", "extra"])).Select(h => h.Distinct().ToArray())));

    private static readonly Gen<(string[] Header, List<object?[]> Rows)> Table =
        from header in Header
        from rows in Gen.ListOf(Gen.ArrayOf(Cell))
        select (header, rows.Select(r => r.Take(header.Length).ToArray()).ToList());

    private static byte[] Write(string[] header, List<object?[]> rows)
    {
        var named = header.Select((h, i) => h.Length > 0 ? h : $"column{i}").ToArray();
        var data = rows.Select(r => (IDictionary<string, object?>)named.Select((h, i) => (h, i < r.Length ? r[i] : null)).ToDictionary(p => p.h, p => p.Item2)).ToList();
        using var stream = new MemoryStream();
        if (data.Count == 0) data.Add(named.ToDictionary(h => h, _ => (object?)null));
        MiniExcelLibs.MiniExcel.SaveAs(stream, data);
        return stream.ToArray();
    }

    private static bool Located(DiagnosticBag bag, int rows, int columns)
    {
        foreach (var d in bag.Items)
        {
            bool ok = d.File == File && d.Message.Length > 0 &&
                (d.Line == 0 ? d.Column == 0 && d.Code == "XLS001" : d.Sheet is not null && d.Line >= 1 && d.Line <= rows && d.Column >= 1 && d.Column <= columns && d.Cell is not null);
            if (!ok) throw new Xunit.Sdk.XunitException($"not at a cell of the sheet: {d}");
        }
        return true;
    }

    [Property(MaxTest = Cases)]
    public Property RandomCells() => Prop.ForAll(Table.ToArbitrary(), t =>
    {
        var bag = new DiagnosticBag();
        IndicatorsXlsxReader.Read(Write(t.Header, t.Rows), File, bag);
        return Located(bag, t.Rows.Count + 1, Math.Max(1, t.Header.Length));
    });

    [Property(MaxTest = Cases)]
    public Property DamagedWorkbook() => Prop.ForAll(Table.ToArbitrary(), Gen.ListOf(Gen.Two(Gen.Choose(0, 1 << 16))).ToArbitrary(), (t, flips) =>
    {
        var bytes = Write(t.Header, t.Rows);
        foreach (var (at, value) in flips.Take(4)) bytes[at % bytes.Length] = (byte)value;
        var bag = new DiagnosticBag();
        IndicatorsXlsxReader.Read(bytes, File, bag);
        // A damaged file may still be read: then each diagnostic is at a cell (the damage may add rows and columns, not files).
        return bag.Items.All(d => d.File == File && (d.Line == 0 ? d.Code == "XLS001" : d.Sheet is not null && d.Column >= 1));
    });
}
