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

    /// <summary>Bytes allocated on the managed heap in each stage (all threads), beside <see cref="Timings"/>.</summary>
    public IReadOnlyDictionary<string, long> Allocated { get; init; } = new Dictionary<string, long>();

    /// <summary>Every file written (PDF, spreads, previews), in order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Blank pages the booklet carries so the back cover falls on a left-hand page.</summary>
    public int BlankPages { get; init; }

    /// <summary>The edition still has placeholders (reported as DRF warnings, IMG001 for a photo): every page is marked 样稿 DRAFT.</summary>
    public bool Draft { get; init; }

    /// <summary>Blank pages added before the back cover of the printer spreads to make a multiple of four (0 without --impose).</summary>
    public int PaddingPages { get; init; }

    /// <summary>
    /// The credits run on after the closing instead of on a page of their own (with --impose, where that saves the
    /// spreads blank pages: see <see cref="PaddingPages"/>).
    /// </summary>
    public bool CreditsRunOn { get; init; }

    /// <summary>
    /// The preflight of each print file (build --pdfx), by the path it is written to: the booklet against PDF/X-4 and
    /// PDF/UA-1, the printer spreads against PDF/X-4 (they are for the press, not for readers). Empty without --pdfx.
    /// </summary>
    public IReadOnlyDictionary<string, Hengnan.Report.Preflight.PreflightReport> Preflights { get; init; } =
        new Dictionary<string, Hengnan.Report.Preflight.PreflightReport>();
}
