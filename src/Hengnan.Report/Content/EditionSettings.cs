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
}
