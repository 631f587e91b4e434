using System.Text;
using Hengnan.Report.Compose;

namespace Hengnan.Report;

/// <summary>What to build: the edition folder, where to write, which languages.</summary>
public sealed record BuildRequest(string EditionFolder, string OutputFolder, LanguageMode Mode = LanguageMode.Bilingual)
{
    /// <summary>Force the encoding of the input text files (otherwise detected).</summary>
    public Encoding? Encoding { get; init; }
    /// <summary>Also write a PNG preview of every page at this resolution (0 = none).</summary>
    public float PreviewDpi { get; init; }
    /// <summary>Bleed around the trimmed page, in mm (print shops usually ask for 3); 0 for none.</summary>
    public float BleedMm { get; init; }
    /// <summary>Draw crop marks outside the bleed.</summary>
    public bool CropMarks { get; init; }
    /// <summary>Also write printer spreads for saddle stitching (….spreads.pdf).</summary>
    public bool Impose { get; init; }
    /// <summary>Write PDF/X-4 for the print shop (also set by print: pdfx4 in edition.txt): output intent, no RGB, photos checked at 300 ppi.</summary>
    public bool PdfX { get; init; }
    /// <summary>Claim and check PDF/UA-1 (accessible PDF); on by default, as the brochure meets it.</summary>
    public bool PdfUA { get; init; } = true;
    /// <summary>
    /// For print (build --final): every placeholder — a missing photo, a date not set, status: draft, TODO or 待定 in the
    /// text — is an error, so nothing is written while anything is missing. Without it, an edition with placeholders
    /// builds as a draft, marked 样稿 DRAFT on every page.
    /// </summary>
    public bool Final { get; init; }
    /// <summary>False for validate: everything a build does (layout, fonts, export) except writing files.</summary>
    public bool WriteFiles { get; init; } = true;
    /// <summary>Told each stage as it begins (a progress display); null for none.</summary>
    public IBuildProgress? Progress { get; init; }
    /// <summary>How many cores the build may use: pages laid out (a section at a time) and written in parallel; 1 for
    /// one after another. The files do not depend on it: the same edition gives the same bytes either way.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Fonts folder; defaults to the one shipped with the tool.</summary>
    public string? FontsFolder { get; init; }
}
