namespace Hengnan.Report.Content;

/// <summary>How a bound figure is printed.</summary>
public enum FigureFormat
{
    /// <summary>Value with its unit, in the language's convention (356.01亿元 / CNY 35.60 billion).</summary>
    Value,
    /// <summary>The number alone, in the language's convention.</summary>
    Number,
    /// <summary>Percent change from the first year to the second (440%).</summary>
    ChangePercent,
    /// <summary>Absolute change from the first year to the second, with unit.</summary>
    Change,
    /// <summary>Ratio of the second year's value to the first's (5.4 times).</summary>
    Times,
    /// <summary>Compound annual growth rate from the first year to the second (7.8%).</summary>
    Cagr,
    /// <summary>Share of a total: the value over the sum of the listed indicators in the same year (45.6%).</summary>
    Share,
}

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
