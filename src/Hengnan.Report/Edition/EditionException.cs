namespace Hengnan.Report.Edition;

/// <summary>Raised when an edition cannot be built; carries the diagnostics that say why.</summary>
public sealed class EditionException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
