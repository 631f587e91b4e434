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

    /// <summary>label.numbers: the heading over a section's figures, in the text and the bookmarks.</summary>
    public BilingualText NumbersLabel { get; init; } = DefaultNumbersLabel;

    /// <summary>label.review: the heading over a section's review narrative, in the text and the bookmarks.</summary>
    public BilingualText ReviewLabel { get; init; } = DefaultReviewLabel;

    public static readonly BilingualText DefaultNumbersLabel = new("数字力量", "By the Numbers");
    public static readonly BilingualText DefaultReviewLabel = new("权威回顾", "Review");
}
