using System.Globalization;
using System.Text;

namespace Hengnan.Report.Edition;

/// <summary>
/// Prepares a text file's contents for reading: every character that would print wrong or not at all is
/// an error with its place (control characters, TABs, broken surrogate halves, U+FFFD left by an earlier
/// conversion, noncharacters); the text is normalised to NFC (e + U+0301 becomes é) and its line ends
/// to LF. Columns reported for the file afterwards are translated back to the file as written.
/// </summary>
public static class InputText
{
    /// <param name="tabHint">What to say about a TAB in this file (the CSV explains that TAB-separated files are not read).</param>
    public static string Prepare(string text, string file, DiagnosticBag diagnostics, Msg? tabHint = null) =>
        string.Join('\n', PrepareLines(text, file, diagnostics, tabHint));

    /// <summary><see cref="Prepare"/>'s text as its lines (split at every line end), for a reader that reads line by line.</summary>
    public static string[] PrepareLines(string text, string file, DiagnosticBag diagnostics, Msg? tabHint = null)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = KeyValueLine.SplitLines(text);
        var map = new ColumnMap();
        int reported = 0, unreported = 0, firstLine = 0, firstColumn = 0;
        void Report(string code, int line, int column, Msg message, Msg? hint)
        {
            if (reported < EditionLimits.MostReportedPerFile)
            {
                reported++;
                diagnostics.Error(code, file, line, column, message, hint);
            }
            else if (unreported++ == 0) (firstLine, firstColumn) = (line, column);
        }
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            bool broken = Check(line, n + 1, tabHint, Report);
            lines[n] = Normalize(line, n + 1, broken, map);
        }
        if (unreported > 0)
            diagnostics.Error("TXT005", file, firstLine, firstColumn, Msg.Of("TXT005", unreported));
        diagnostics.MapColumns(file, map);
        return lines;
    }

    /// <summary>Reports every character of one line that cannot be printed; true when the line has a broken surrogate.</summary>
    private static bool Check(string line, int n, Msg? tabHint, Action<string, int, int, Msg, Msg?> report)
    {
        bool broken = false;
        int column = 0;
        for (int i = 0; i < line.Length; i++)
        {
            column++;
            char c = line[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
                cp = char.ConvertToUtf32(c, line[++i]);
            else if (char.IsSurrogate(c))
            {
                broken = true;
                report("TXT002", n, column, Msg.Of("TXT002", $"{cp:X4}"), null);
                continue;
            }
            if (cp == '\t')
                report("TXT001", n, column, Msg.Of("TXT001.tab"), tabHint);
            else if (cp < 0x20 || cp is >= 0x7F and <= 0x9F)
                report("TXT001", n, column, Msg.Of("TXT001", $"{cp:X4}"), null);
            else if (cp == 0xFFFD)
                report("TXT003", n, column, Msg.Of("TXT003"), null);
            else if (cp is >= 0xFDD0 and <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE)
                report("TXT004", n, column, Msg.Of("TXT004", $"{cp:X4}"), null);
        }
        return broken;
    }

    /// <summary>The NFC form of one line, recording where each of its UTF-16 units was in the line as written.</summary>
    private static string Normalize(string line, int n, bool broken, ColumnMap map)
    {
        if (Nfc.IsTriviallyNormalized(line)) return line;
        var output = new StringBuilder(line.Length);
        var columns = new List<int>(line.Length + 1);
        int column = 1;
        bool moved = false;
        for (int i = 0; i < line.Length;)
        {
            int length = StringInfo.GetNextTextElementLength(line, i);
            var element = line.Substring(i, length);
            // A cluster with a broken surrogate is already an error; it is kept as it is.
            var normalized = broken && !IsWellFormed(element) ? element : Nfc.Normalize(element);
            int scalars = 0;
            for (int k = 0; k < element.Length; k++)
            {
                if (normalized == element) columns.Add(column + scalars);
                if (!(char.IsHighSurrogate(element[k]) && k + 1 < element.Length && char.IsLowSurrogate(element[k + 1]))) scalars++;
            }
            if (normalized != element)
            {
                moved = true;
                for (int k = 0; k < normalized.Length; k++) columns.Add(column);
            }
            else if (scalars != element.Length) moved = true;
            output.Append(normalized);
            column += scalars;
            i += length;
        }
        columns.Add(column);
        if (moved) map.Add(n, columns.ToArray());
        return output.ToString();
    }

    private static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return false;
        }
        return true;
    }
}
