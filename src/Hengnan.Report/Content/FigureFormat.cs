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
