namespace Hengnan.Report.Content;

/// <summary>A KPI card: one indicator in one year, optionally with its change since an earlier year.</summary>
public sealed record KpiCard(string IndicatorId, int Year, int? FromYear, SourceLocation Location) : Block(Location);
