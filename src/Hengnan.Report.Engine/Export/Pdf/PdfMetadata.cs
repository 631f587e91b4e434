namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Document information, written both to the Info dictionary and to XMP. <paramref name="Language"/>
/// is the document's BCP 47 language (the catalog's /Lang); <paramref name="Date"/> is both the
/// creation and modification date, taken as UTC unless its kind is local (no clock is read).
/// </summary>
public sealed record PdfMetadata(string Title, string Author, string Subject, string Keywords, string Language, DateTime Date)
{
    public string Creator { get; init; } = "Hengnan.Report";
    public string Producer { get; init; } = "Hengnan.Report";
}
