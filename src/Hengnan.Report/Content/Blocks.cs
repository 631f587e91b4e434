namespace Hengnan.Report.Content;

/// <summary>A block of the outline.</summary>
public abstract record Block(SourceLocation Location);

/// <summary>A paragraph in Chinese with its English counterpart.</summary>
public sealed record ParagraphPair(RichText Zh, RichText En, SourceLocation Location) : Block(Location);

/// <summary>A KPI card: one indicator in one year, optionally with its change since an earlier year.</summary>
public sealed record KpiCard(string IndicatorId, int Year, int? FromYear, SourceLocation Location) : Block(Location);

public enum ChartKind { Compare, Donut, Bars }

/// <summary>A chart drawn from indicators: before/after bars, a donut of shares, or bars of like figures.</summary>
public sealed record ChartBlock(ChartKind Kind, IReadOnlyList<string> IndicatorIds, IReadOnlyList<int> Years, BilingualText? Title, SourceLocation Location) : Block(Location);

/// <summary>A photo with a bilingual caption; the image file may be absent (a placeholder frame is drawn).</summary>
public sealed record PhotoBlock(string File, RichText CaptionZh, RichText CaptionEn, SourceLocation Location) : Block(Location);
