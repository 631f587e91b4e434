using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hengnan.Report.Edition;

/// <summary>Diagnostics as a JSON array for tools: file, line, column, severity, code, message, hint.</summary>
public static class DiagnosticJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IEnumerable<Diagnostic> diagnostics) => JsonSerializer.Serialize(
        diagnostics.Select(d => new
        {
            file = d.File,
            line = d.Line,
            column = d.Column,
            severity = d.Severity == Severity.Error ? "error" : "warning",
            code = d.Code,
            message = d.Message,
            hint = d.Hint,
        }), Options);
}
