namespace Hengnan.Report.Content;

/// <summary>One figure from indicators.csv: an indicator's value in one year, with its unit as written in Chinese.</summary>
public sealed record Indicator(
    string Id,
    string Section,
    int Year,
    decimal Value,
    string Unit,
    BilingualText Label,
    string Source,
    SourceLocation Location);
