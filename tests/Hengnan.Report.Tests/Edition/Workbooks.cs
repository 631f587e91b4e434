using System.IO.Compression;
using System.Security;
using System.Text;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using MiniExcelLibs;

namespace Hengnan.Report.Tests.Edition;

/// <summary>
/// Writes .xlsx workbooks for tests (synthetic fixtures, made when a test runs; none is committed): tables
/// with MiniExcel, as a staff member's Excel file holds them, and single cells exactly as Excel stores them
/// (a number's 17 digits, a percentage or date format) with <see cref="Raw"/>.
/// </summary>
public static class Workbooks
{
    /// <summary>The indicators table's header.</summary>
    public static readonly string[] Header = IndicatorsCsvReader.Columns;

    /// <summary>A row of the table: numbers as numbers, text as text.</summary>
    public static IDictionary<string, object?> Row(string id, object year, object value, string unit, string zh = "标签", string en = "Label", string section = "economy", string source = "test") =>
        new Dictionary<string, object?>
        {
            ["id"] = id, ["section"] = section, ["year"] = year, ["value"] = value, ["unit"] = unit,
            ["label_zh"] = zh, ["label_en"] = en, ["source"] = source,
        };

    /// <summary>Writes the rows to the first sheet (named <paramref name="sheet"/>), the header from their keys.</summary>
    public static void Save(string path, IEnumerable<IDictionary<string, object?>> rows, string sheet = "Sheet1") =>
        MiniExcel.SaveAs(path, rows.ToList(), sheetName: sheet, overwriteFile: true);

    /// <summary>Writes several sheets, in order.</summary>
    public static void SaveSheets(string path, params (string Name, IEnumerable<IDictionary<string, object?>> Rows)[] sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets) book[name] = rows.ToList();
        MiniExcel.SaveAs(path, book, overwriteFile: true);
    }

    /// <summary>The sample's indicators as a workbook: years and values typed as numbers, spans as text.</summary>
    public static void SaveSample(string path)
    {
        var table = IndicatorsCsvReader.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SampleEdition, "indicators.csv")), "indicators.csv", new DiagnosticBag());
        Save(path, table.Rows.Select(r => Row(r.Id, r.Period.Kind == PeriodKind.Year ? r.Year : r.Period.ToString(), r.Value, r.Unit, r.Label.Zh, r.Label.En, r.Section, r.Source)));
    }

    /// <summary>How <see cref="Raw"/> stores a cell.</summary>
    public enum Kind { Text, Number, Percent2, Percent1, Date, Fixed2, Integer }

    /// <summary>
    /// A one-sheet workbook with exactly these cells (reference such as "D2", the value as the file stores it,
    /// how): numbers as Excel writes them (<c>&lt;v&gt;356.00999999999999&lt;/v&gt;</c>), with the number format given.
    /// </summary>
    public static byte[] Raw(string sheet, params (string Cell, string Value, Kind Kind)[] cells)
    {
        var rows = cells.GroupBy(c => int.Parse(new string(c.Cell.SkipWhile(char.IsLetter).ToArray())))
            .OrderBy(g => g.Key)
            .Select(g => $"<row r=\"{g.Key}\">" + string.Concat(g.Select(CellXml)) + "</row>");
        var sheetXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + string.Concat(rows) + "</sheetData></worksheet>";
        // Styles: 0 General, 1 0.00% (built-in 10), 2 0.0% (custom 164), 3 a date (built-in 14), 4 0.00 (built-in 2), 5 0 (built-in 1).
        const string styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
            "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>" +
            "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
            "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>" +
            "<borders count=\"1\"><border/></borders>" +
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
            "<cellXfs count=\"6\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"10\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
            "<xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
            "<xf numFmtId=\"2\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"1\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>" +
            "</styleSheet>";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>",
            ["_rels/.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                $"<sheets><sheet name=\"{SecurityElement.Escape(sheet)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>",
            ["xl/worksheets/sheet1.xml"] = sheetXml,
            ["xl/styles.xml"] = styles,
        };
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        return memory.ToArray();
    }

    /// <summary>The header row and one row of cells, as <see cref="Raw"/> takes them: the header's text in row 1, then these in row 2.</summary>
    public static byte[] RawRow(string sheet, params (string Column, string Value, Kind Kind)[] cells) =>
        Raw(sheet, Header.Select((h, i) => ($"{(char)('A' + i)}1", h, Kind.Text))
            .Concat(cells.Select(c => ($"{c.Column}2", c.Value, c.Kind))).ToArray());

    private static string CellXml((string Cell, string Value, Kind Kind) c) => c.Kind switch
    {
        Kind.Text => $"<c r=\"{c.Cell}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(c.Value)}</t></is></c>",
        _ => $"<c r=\"{c.Cell}\" s=\"{Style(c.Kind)}\"><v>{c.Value}</v></c>",
    };

    private static int Style(Kind kind) => kind switch
    {
        Kind.Percent2 => 1,
        Kind.Percent1 => 2,
        Kind.Date => 3,
        Kind.Fixed2 => 4,
        Kind.Integer => 5,
        _ => 0,
    };
}
