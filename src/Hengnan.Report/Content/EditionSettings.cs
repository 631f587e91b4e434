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
    string OutputName);
