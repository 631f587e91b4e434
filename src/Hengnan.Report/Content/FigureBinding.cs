namespace Hengnan.Report.Content;

/// <summary>
/// A figure in the narrative that comes from indicators.csv: <c>{id@year}</c>, <c>{id@2015..2020:change%}</c>,
/// <c>{id@2020:share(a+b+c)}</c>; <see cref="Decimals"/> overrides the rounding (<c>:cagr.2</c>);
/// <see cref="Stated"/> is a figure typed in the text that the data must confirm (<c>{440%=id@2015..2020:change%}</c>).
/// </summary>
public sealed record FigureBinding(string IndicatorId, int Year, int? FromYear, FigureFormat Format, SourceLocation Location) : TextPart
{
    public int? Decimals { get; init; }
    public IReadOnlyList<string> ShareOf { get; init; } = [];
    public string? Stated { get; init; }
}
