namespace Hengnan.Report.Content;

/// <summary>Everything read from an edition folder, checked and ready to compose.</summary>
public sealed record EditionContent(string Folder, EditionSettings Settings, IndicatorTable Indicators, Outline Outline);
