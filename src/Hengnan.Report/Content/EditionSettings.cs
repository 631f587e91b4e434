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

    /// <summary>hyphenate.never: words never divided at a line end (pinyin and names the edition uses in lower case: wuchang).</summary>
    public IReadOnlyList<string> NeverHyphenate { get; init; } = [];

    public static readonly BilingualText DefaultNumbersLabel = new("数字力量", "By the Numbers");
    public static readonly BilingualText DefaultReviewLabel = new("权威回顾", "Review");

    /// <summary>
    /// The years the edition looks back on (period: 2016-2020); by default the five years before
    /// <see cref="Year"/>, as a congress reviews the five years before it.
    /// </summary>
    public (int First, int Last) Period { get; init; } = (Year - 5, Year - 1);

    /// <summary>The congress's ordinal (13 for 第十三次 / 13th), read from congress.zh or congress.en; null when neither names one.</summary>
    public int? CongressOrdinal { get; init; }

    /// <summary>No real date yet: <c>date: 待定</c> (or TBD); <see cref="Date"/> is then 1 January of the year.</summary>
    public bool DateIsPlaceholder { get; init; }

    /// <summary>status: draft (样稿) — the editors have not released the edition for print.</summary>
    public bool StatusDraft { get; init; }
}
