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
}

/// <summary>A figure in the narrative that comes from indicators.csv: <c>{id@year}</c>, <c>{id@2015..2020:change%}</c>.</summary>
public sealed record FigureBinding(string IndicatorId, int Year, int? FromYear, FigureFormat Format, SourceLocation Location) : TextPart;
