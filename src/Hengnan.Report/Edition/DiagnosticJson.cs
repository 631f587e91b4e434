using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hengnan.Report.Edition;

/// <summary>
/// Diagnostics as a JSON array for tools: file, line, column, severity, code, message, hint (English), message_zh, hint_zh;
/// sheet and cell for a place in a workbook (its line is then the row, its column the column's number), else null.
/// </summary>
public static class DiagnosticJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IEnumerable<Diagnostic> diagnostics) => JsonSerializer.Serialize(Items(diagnostics), Options);

    /// <summary>A build's outcome: the PDF written (null when nothing was) and its diagnostics.</summary>
    public static string SerializeBuild(string? pdf, IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(new { pdf, diagnostics = Items(diagnostics) }, Options);

    /// <summary>A run that stopped before it had diagnostics to give (a wrong option, an internal error): its exit code and message.</summary>
    public static string SerializeFailure(int exitCode, string message) =>
        JsonSerializer.Serialize(new { pdf = (string?)null, exitCode, error = message, diagnostics = Array.Empty<object>() }, Options);

    private static IEnumerable<object> Items(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => (object)new
        {
            file = d.File,
            line = d.Line,
            column = d.Column,
            sheet = d.Sheet,
            cell = d.Cell,
            severity = d.Severity == Severity.Error ? "error" : "warning",
            code = d.Code,
            message = d.Message,
            hint = d.Hint,
            message_zh = d.MessageIn(UiLanguage.Zh),
            hint_zh = d.HintIn(UiLanguage.Zh),
        });
}
