using System.Globalization;

namespace Hengnan.Report.Content;

/// <summary>What span of time a figure covers.</summary>
public enum PeriodKind
{
    /// <summary>The figure of one year (GDP in 2020).</summary>
    Year,
    /// <summary>A figure over several years, e.g. a five-year total (livelihood spending 2016–2020).</summary>
    Span,
    /// <summary>A count at the end of a year (截至2020年底 / by end-2020).</summary>
    YearEnd,
}

/// <summary>
/// The time a figure belongs to. Every figure is filed under one year, <see cref="Year"/> (the last of a
/// span), which is the year the outline names it by (<c>{livelihood_spending@2020}</c>); the period says
/// how its labels print: 2020年 / 2020, 2016—2020年 / 2016–2020, 截至2020年底 / by end-2020.
/// </summary>
/// <remarks>
/// Chinese joins the years of a span with the 一字线 "—" (GB/T 15834), as the sample's prose and chart
/// titles do (2019—2020年); English with the en dash "–".
/// </remarks>
public sealed record Period(PeriodKind Kind, int Year, int FirstYear)
{
    public static Period OfYear(int year) => new(PeriodKind.Year, year, year);
    public static Period Span(int first, int last) => new(PeriodKind.Span, last, first);
    public static Period EndOf(int year) => new(PeriodKind.YearEnd, year, year);

    private static string N(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The period as a label prints it: 2020年 / 2020; 2016—2020年 / 2016–2020; 截至2020年底 / by end-2020.</summary>
    public string Label(Language language) => (Kind, language) switch
    {
        (PeriodKind.Span, Language.Zh) => $"{N(FirstYear)}—{N(Year)}年",
        (PeriodKind.Span, _) => $"{N(FirstYear)}–{N(Year)}",
        (PeriodKind.YearEnd, Language.Zh) => $"截至{N(Year)}年底",
        (PeriodKind.YearEnd, _) => $"by end-{N(Year)}",
        (_, Language.Zh) => $"{N(Year)}年",
        _ => N(Year),
    };

    /// <summary>
    /// The period where it follows a word of comparison ("较2015年", "on 2015") or stands alone under a bar:
    /// 2015年 / 2015; 2011—2015年 / 2011–2015; 2015年底 / end-2015.
    /// </summary>
    public string Point(Language language) => (Kind, language) switch
    {
        (PeriodKind.YearEnd, Language.Zh) => $"{N(Year)}年底",
        (PeriodKind.YearEnd, _) => $"end-{N(Year)}",
        _ => Label(language),
    };

    /// <summary>The period as short as a chart's axis takes it: 2015; 2011—2015 / 2011–2015; 2015年底 / end-2015.</summary>
    public string Tick(Language language) => Kind switch
    {
        PeriodKind.Span => language == Language.Zh ? $"{N(FirstYear)}—{N(Year)}" : $"{N(FirstYear)}–{N(Year)}",
        PeriodKind.YearEnd => Point(language),
        _ => N(Year),
    };

    /// <summary>The period as the year column of indicators.csv writes it: 2020, 2016-2020, 2020年底.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Span => $"{N(FirstYear)}-{N(Year)}",
        PeriodKind.YearEnd => $"{N(Year)}年底",
        _ => N(Year),
    };
}
