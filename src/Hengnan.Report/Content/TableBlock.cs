namespace Hengnan.Report.Content;

/// <summary>
/// A table of indicators by years (<c>table: 2015 2020 gdp fiscal_revenue | 主要指标 | Key indicators</c>):
/// a row per indicator with its label and unit, a column per year. <see cref="IndicatorLocations"/> says
/// where each indicator id was written, so that a figure the CSV lacks is reported at its id.
/// </summary>
public sealed record TableBlock(IReadOnlyList<int> Years, IReadOnlyList<string> IndicatorIds, BilingualText? Title, SourceLocation Location) : Block(Location)
{
    public IReadOnlyList<SourceLocation> IndicatorLocations { get; init; } = [];

    /// <summary>Where indicator <paramref name="index"/> was written (the line's start when not known).</summary>
    public SourceLocation LocationOf(int index) => index < IndicatorLocations.Count ? IndicatorLocations[index] : Location;
}
