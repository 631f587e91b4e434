namespace Hengnan.Report.Content;

/// <summary>A chart drawn from indicators: before/after bars, a donut of shares, or bars of like figures.</summary>
public sealed record ChartBlock(ChartKind Kind, IReadOnlyList<string> IndicatorIds, IReadOnlyList<int> Years, BilingualText? Title, SourceLocation Location) : Block(Location);
