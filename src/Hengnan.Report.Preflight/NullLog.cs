using UglyToad.PdfPig.Logging;

namespace Hengnan.Report.Preflight;

/// <summary>Discards PdfPig's log messages: problems reach the report as findings instead.</summary>
internal sealed class NullLog : ILog
{
    public static readonly NullLog Instance = new();

    public void Debug(string message) { }
    public void Debug(string message, Exception ex) { }
    public void Warn(string message) { }
    public void Error(string message) { }
    public void Error(string message, Exception ex) { }
}
