namespace Hengnan.Report.Content;

/// <summary>The edition file: titles, congress, year, paper, colours, fonts and output name.</summary>
public sealed record EditionSettings(
    BilingualText Title,
    BilingualText Subtitle,
    BilingualText County,
    BilingualText Congress,
    BilingualText Author,
    int Year,
    DateTime Date,
    string Keywords,
    string Paper,
    IReadOnlyDictionary<string, string> Colors,
    IReadOnlyDictionary<string, string> Fonts,
    string OutputName)
{
    /// <summary>Where each setting was written (title.zh → edition.txt:6:11), for messages about what the layout made of it.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>print: pdfx4 — every build of this edition is a PDF/X-4 file for the print shop.</summary>
    public bool PdfX { get; init; }

    /// <summary>The registered printing condition the PDF/X output intent names (FOGRA39, JapanColor2001Coated).</summary>
    public string PrintCondition { get; init; } = "FOGRA39";
}
