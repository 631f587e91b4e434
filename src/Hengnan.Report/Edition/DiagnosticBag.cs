namespace Hengnan.Report.Edition;

/// <summary>Collects diagnostics while an edition is read, so every problem is reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Error(string code, string file, int line, int column, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Error, code, file, line, column, message, hint));

    public void Warning(string code, string file, int line, int column, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code, file, line, column, message, hint));
}
