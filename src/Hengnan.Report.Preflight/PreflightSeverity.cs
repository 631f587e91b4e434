namespace Hengnan.Report.Preflight;

/// <summary>How much a finding matters. Only <see cref="Error"/> makes a report fail.</summary>
public enum PreflightSeverity
{
    /// <summary>Worth knowing; does not stand in the way of the standard.</summary>
    Info,

    /// <summary>Likely to cause trouble at the printer or for a reader; the file may still conform.</summary>
    Warning,

    /// <summary>Stands in the way of the standard.</summary>
    Error,
}
