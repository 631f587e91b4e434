namespace Hengnan.Report.Content;

/// <summary>
/// compare: one indicator in two years, as bars; donut: shares of a whole; bars: like figures as horizontal
/// bars, labels above; columns: like figures as vertical bars, labels beneath; line: one indicator over a run
/// of years; grouped: several indicators over years, bars side by side in each year.
/// </summary>
public enum ChartKind { Compare, Donut, Bars, Columns, Line, Grouped }
