using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hengnan.Report.Edition;

/// <summary>
/// Diagnostics as a JSON array for tools: file, line, column, severity, code, message, hint (English), message_zh, hint_zh;
/// sheet and cell for a place in a workbook (its line is then the row, its column the column's number), else null.
/// </summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/> rather than the reflection serializer, so the natively compiled
/// (ahead-of-time) program, which has no reflection serializer, writes it too; the text is what the serializer wrote.
/// </remarks>
public static class DiagnosticJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IEnumerable<Diagnostic> diagnostics) => Write(w => Items(w, diagnostics));

    /// <summary>A build's outcome: the PDF written (null when nothing was) and its diagnostics.</summary>
    public static string SerializeBuild(string? pdf, IEnumerable<Diagnostic> diagnostics) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("pdf", pdf);
        w.WritePropertyName("diagnostics");
        Items(w, diagnostics);
        w.WriteEndObject();
    });

    /// <summary>A run that stopped before it had diagnostics to give (a wrong option, an internal error): its exit code and message.</summary>
    public static string SerializeFailure(int exitCode, string message) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteNull("pdf");
        w.WriteNumber("exitCode", exitCode);
        w.WriteString("error", message);
        w.WriteStartArray("diagnostics");
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) write(writer);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void Items(Utf8JsonWriter w, IEnumerable<Diagnostic> diagnostics)
    {
        w.WriteStartArray();
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("file", d.File);
            w.WriteNumber("line", d.Line);
            w.WriteNumber("column", d.Column);
            w.WriteString("sheet", d.Sheet);
            w.WriteString("cell", d.Cell);
            w.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteString("hint", d.Hint);
            w.WriteString("message_zh", d.MessageIn(UiLanguage.Zh));
            w.WriteString("hint_zh", d.HintIn(UiLanguage.Zh));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
