namespace Hengnan.Report.Edition;

/// <summary>Collects diagnostics while an edition is read, so every problem is reported at once.</summary>
/// <remarks>
/// Readers count columns in the prepared text (<see cref="InputText.Prepare"/>: NFC, UTF-16 units). Once a
/// file's text is prepared, every diagnostic naming that file has its column translated here to the
/// column in the file as written, in characters: what the user sees, whoever reports it (readers, checks, layout).
/// Every diagnostic is worded by the message catalogue (a <see cref="Msg"/>: a key of messages.en.txt and
/// messages.zh.txt and its arguments), so that it can be shown in Chinese and in English; there is no
/// overload taking plain text.
/// </remarks>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Dictionary<string, ColumnMap> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sheets = new(StringComparer.Ordinal);
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>An error worded by the catalogue; its hint is the message's own (key + ".hint") unless <paramref name="hint"/> is given.</summary>
    public void Error(string code, string file, int line, int column, Msg message, Msg? hint = null) =>
        Add(Severity.Error, code, file, line, column, message, hint);

    /// <summary>A warning worded by the catalogue; its hint is the message's own (key + ".hint") unless <paramref name="hint"/> is given.</summary>
    public void Warning(string code, string file, int line, int column, Msg message, Msg? hint = null) =>
        Add(Severity.Warning, code, file, line, column, message, hint);

    private void Add(Severity severity, string code, string file, int line, int column, Msg message, Msg? hint)
    {
        hint ??= message.Hint;
        _items.Add(new Diagnostic(severity, code, file, line, Column(file, line, column), message.In(UiLanguage.En), hint?.In(UiLanguage.En))
        {
            Text = message,
            HintText = hint,
            Sheet = line > 0 ? _sheets.GetValueOrDefault(file) : null,
        });
    }

    /// <summary>
    /// From now on, a diagnostic naming <paramref name="file"/> at a line is at a cell of the worksheet
    /// <paramref name="sheet"/>: its line is the row, its column the column's number (<see cref="Diagnostic.Sheet"/>).
    /// </summary>
    public void MapSheet(string file, string sheet) => _sheets[file] = sheet;

    /// <summary>
    /// A bag for checks run on another thread: it knows this bag's column maps and sheets; its diagnostics are added
    /// here with <see cref="Join"/>, at the point where the checks would have run, so the report's order never
    /// depends on which thread finished first.
    /// </summary>
    public DiagnosticBag Fork()
    {
        var fork = new DiagnosticBag();
        foreach (var (file, map) in _columns) fork._columns[file] = map;
        foreach (var (file, sheet) in _sheets) fork._sheets[file] = sheet;
        return fork;
    }

    /// <summary>Adds the diagnostics of a <see cref="Fork"/>, in their order, and the column maps it learnt.</summary>
    public void Join(DiagnosticBag fork)
    {
        _items.AddRange(fork._items);
        foreach (var (file, map) in fork._columns) _columns.TryAdd(file, map);
    }

    /// <summary>Takes the column maps <paramref name="other"/> holds (a file prepared again elsewhere), so that what is reported here of those files is placed as written.</summary>
    internal void LearnColumns(DiagnosticBag other)
    {
        foreach (var (file, map) in other._columns) _columns[file] = map;
    }

    internal void MapColumns(string file, ColumnMap map)
    {
        if (map.IsEmpty) _columns.Remove(file);
        else _columns[file] = map;
    }

    private int Column(string file, int line, int column) =>
        line > 0 && _columns.TryGetValue(file, out var map) ? map.Map(line, column) : column;
}
