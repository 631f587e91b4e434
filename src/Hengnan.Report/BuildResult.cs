using Hengnan.Report.Compose;
using Hengnan.Report.Edition;

namespace Hengnan.Report;

/// <summary>The outcome of a build: the PDF written (or null when there were errors), every diagnostic, and measurements.</summary>
public sealed record BuildResult(
    string? PdfPath,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PageModel> Pages,
    long Bytes,
    IReadOnlyDictionary<string, TimeSpan> Timings)
{
    public bool Succeeded => PdfPath is not null;
}
