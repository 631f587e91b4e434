namespace Hengnan.Report.Edition;

/// <summary>Collects diagnostics while an edition is read, so every problem is reported at once.</summary>
/// <remarks>
/// Readers count columns in the prepared text (<see cref="InputText.Prepare"/>: NFC, UTF-16 units). Once a
/// file's text is prepared, every diagnostic naming that file has its column translated here to the
/// column in the file as written, in characters: what the user sees, whoever reports it (readers, checks, layout).
/// </remarks>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Dictionary<string, ColumnMap> _columns = new(StringComparer.Ordinal);
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Error(string code, string file, int line, int column, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Error, code, file, line, Column(file, line, column), message, hint));

    public void Warning(string code, string file, int line, int column, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code, file, line, Column(file, line, column), message, hint));

    internal void MapColumns(string file, ColumnMap map)
    {
        if (map.IsEmpty) _columns.Remove(file);
        else _columns[file] = map;
    }

    private int Column(string file, int line, int column) =>
        line > 0 && _columns.TryGetValue(file, out var map) ? map.Map(line, column) : column;
}
