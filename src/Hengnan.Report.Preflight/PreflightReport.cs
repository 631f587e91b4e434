namespace Hengnan.Report.Preflight;

/// <summary>What a preflight found: document-level findings first, then page by page.</summary>
public sealed class PreflightReport
{
    /// <summary>A report of <paramref name="findings"/>, kept in the order given.</summary>
    public PreflightReport(IEnumerable<PreflightFinding> findings)
    {
        Findings = Array.AsReadOnly(findings.ToArray());
    }

    /// <summary>Every finding, document-level ones first, then by page.</summary>
    public IReadOnlyList<PreflightFinding> Findings { get; }

    /// <summary>True when no finding is an error (warnings and notes allowed).</summary>
    public bool Passed => Findings.All(f => f.Severity != PreflightSeverity.Error);

    /// <summary>The findings with this code.</summary>
    public IEnumerable<PreflightFinding> WithCode(string code) => Findings.Where(f => f.Code == code);

    /// <summary>One line per finding; see <see cref="PreflightFormatter.Format"/>.</summary>
    public string Format(bool chinese) => PreflightFormatter.Format(this, chinese);
}
