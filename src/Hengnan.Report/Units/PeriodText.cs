using System.Globalization;
using System.Text.RegularExpressions;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Units;

/// <summary>
/// Reads the year column of the indicators table: a year (2020), a span of years for a figure over
/// several years (2016-2020, a five-year total; the dash may be -, –, —, ~ or 至), or the end of a year
/// for a count at a date (2020年底, 截至2020年底, end-2020). What staff type otherwise and mean the same
/// is read and reported (2020年, full-width digits, the date 2020-12-31); anything else is an error.
/// </summary>
public static partial class PeriodText
{
    /// <summary>The period read, or why the text is none; <paramref name="Warnings"/> say what was read otherwise than typed (CSV008).</summary>
    public readonly record struct Result(Period? Period, Msg? Error, IReadOnlyList<Msg> Warnings)
    {
        public static Result Failed(Msg error) => new(null, error, []);
    }

    [GeneratedRegex(@"^(\d{4})(年)?$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{4})(年)?\s*(?:-|–|—|―|~|～|至|到)+\s*(\d{4})(年)?$")]
    private static partial Regex SpanPattern();

    [GeneratedRegex(@"^(?:截至|截止|到)?\s*(\d{4})\s*年\s*[底末]$|^end[-\s]?(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex EndPattern();

    [GeneratedRegex(@"^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)$")]
    private static partial Regex DatePattern();

    public static Result Parse(string text)
    {
        var typed = text.Trim();
        var normalized = NumberText.Normalize(typed);
        // Something that reads as a period differently than it was typed is said once, as what it was read as.
        bool reread = normalized != typed;
        Period? period = null;
        if (YearPattern().Match(normalized) is { Success: true } y)
        {
            period = Year(y.Groups[1].Value) is { } year ? Content.Period.OfYear(year) : null;
            reread |= y.Groups[2].Success;
        }
        else if (SpanPattern().Match(normalized) is { Success: true } s)
        {
            if (Year(s.Groups[1].Value) is not { } first || Year(s.Groups[3].Value) is not { } last) return OutOfRange(typed);
            if (first >= last) return Result.Failed(Msg.Of("CSV005.span", typed));
            period = Content.Period.Span(first, last);
            reread |= s.Groups[2].Success || s.Groups[4].Success;
        }
        else if (EndPattern().Match(normalized) is { Success: true } e)
            period = Year(e.Groups[1].Success ? e.Groups[1].Value : e.Groups[2].Value) is { } year ? Content.Period.EndOf(year) : null;
        else if (DatePattern().Match(normalized) is { Success: true } d)
        {
            int month = int.Parse(d.Groups[2].Success ? d.Groups[2].Value : d.Groups[4].Value, CultureInfo.InvariantCulture);
            int day = int.Parse(d.Groups[3].Success ? d.Groups[3].Value : d.Groups[5].Value, CultureInfo.InvariantCulture);
            return Date(typed, Year(d.Groups[1].Value), month, day);
        }
        else
            return OutOfRange(typed);
        if (period is null) return OutOfRange(typed);
        return new Result(period, null, reread ? [Msg.Of("CSV008.period", typed, period.ToString())] : []);
    }

    /// <summary>
    /// A date in the year column: the last day of a year is the end of that year (a count at that date), read
    /// with a warning; any other date is an error, since a figure is for a year, a span of years or a year's end.
    /// </summary>
    public static Result Date(string typed, int? year, int month, int day)
    {
        if (year is not { } y) return OutOfRange(typed);
        if (month == 12 && day == 31)
        {
            var end = Content.Period.EndOf(y);
            return new Result(end, null, [Msg.Of("CSV008.period", typed, end.ToString())]);
        }
        return Result.Failed(Msg.Of("CSV005.date", typed, y));
    }

    /// <summary>The text names no period in the years an edition may have.</summary>
    public static Result OutOfRange(string typed) =>
        Result.Failed(Msg.Of("CSV005", typed, EditionLimits.FirstYear, EditionLimits.LastYear));

    private static int? Year(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && EditionLimits.IsYear(year) ? year : null;
}
