namespace Hengnan.Report.Content;

/// <summary>
/// One figure from the indicators table (indicators.csv or indicators.xlsx): an indicator's value for one
/// period, with its unit as written in Chinese. <see cref="Year"/> is the year the figure is filed under
/// (the last year of a span); <see cref="Period"/> says what time it covers.
/// </summary>
public sealed record Indicator(
    string Id,
    string Section,
    int Year,
    decimal Value,
    string Unit,
    BilingualText Label,
    string Source,
    SourceLocation Location)
{
    private readonly Period? _period;

    /// <summary>The time the figure covers: the year itself unless the table says otherwise (2016-2020, 2020年底).</summary>
    public Period Period
    {
        get => _period ?? Period.OfYear(Year);
        init => _period = value.Year == Year ? value : throw new ArgumentException($"the period {value} does not end in {Year}", nameof(value));
    }

    /// <summary>Where the figure's year is written (its cell or field), for messages about the year.</summary>
    public SourceLocation? YearLocation { get; init; }
}
