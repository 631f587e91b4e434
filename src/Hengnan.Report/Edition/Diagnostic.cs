namespace Hengnan.Report.Edition;

/// <summary>A problem found in the input, located by file, line and column (1-based; 0 = unknown).</summary>
/// <remarks>
/// <see cref="Message"/> and <see cref="Hint"/> are English; a diagnostic made from the message catalogue
/// also keeps its key and arguments (<see cref="Text"/>, <see cref="HintText"/>) and so can say itself in
/// Chinese: <see cref="ToString(UiLanguage)"/>.
/// </remarks>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string? Hint = null)
{
    /// <summary>The catalogue's message, when the diagnostic was made from one.</summary>
    public Msg? Text { get; init; }

    /// <summary>The catalogue's hint, when the diagnostic has one from the catalogue.</summary>
    public Msg? HintText { get; init; }

    /// <summary>
    /// The worksheet, when <see cref="File"/> is a workbook (indicators.xlsx): then <see cref="Line"/> is the
    /// row and <see cref="Column"/> the column's number (4 for D), and the place prints as Excel names a cell.
    /// </summary>
    public string? Sheet { get; init; }

    /// <summary>The cell, as Excel names it (D14), when the diagnostic is at a cell of a worksheet; else null.</summary>
    public string? Cell => Sheet is not null && Line > 0 && Column > 0 ? ColumnName(Column) + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Where the problem is: <c>file:line:col</c> in a text file, <c>indicators.xlsx!指标!D14</c> at a cell (the part after
    /// the file is what Excel's Name Box takes to go there; a sheet name with spaces or marks is quoted, 'Sheet 1'!D14),
    /// the file alone when the place in it is unknown.
    /// </summary>
    public string Location =>
        Cell is { } cell ? $"{File}!{SheetReference(Sheet!)}!{cell}" : Line > 0 ? $"{File}:{Line}:{Column}" : File;

    /// <summary>The letters Excel names a column by: 1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (int n = column; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>A sheet's name as a reference writes it: as it is when it is letters and digits, else in single quotes (quotes in it doubled).</summary>
    private static string SheetReference(string sheet) =>
        sheet.Length > 0 && !char.IsAsciiDigit(sheet[0]) && sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''") + "'";

    /// <summary>The message in <paramref name="language"/> (the English <see cref="Message"/> when it has no catalogue entry).</summary>
    public string MessageIn(UiLanguage language) => Text is null ? Message : Text.In(language);

    /// <summary>The hint in <paramref name="language"/>, or null when there is none.</summary>
    public string? HintIn(UiLanguage language) => Hint is null ? null : HintText is null ? Hint : HintText.In(language);

    public override string ToString() => ToString(UiLanguage.En);

    /// <summary><c>file:line:col: error CODE: message</c> and the hint; in Chinese <c>file:line:col: 错误 CODE：消息</c>, <c>提示：…</c>.</summary>
    public string ToString(UiLanguage language)
    {
        var where = Location;
        var hint = HintIn(language);
        if (language == UiLanguage.Zh)
        {
            var zh = $"{where}: {(Severity == Severity.Error ? "错误" : "警告")} {Code}：{MessageIn(language)}";
            return hint is null ? zh : $"{zh}\n  提示：{hint}";
        }
        var text = $"{where}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
        return hint is null ? text : $"{text}\n  hint: {hint}";
    }
}
