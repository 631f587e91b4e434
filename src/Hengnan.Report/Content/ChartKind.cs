namespace Hengnan.Report.Content;

public enum ChartKind { Compare, Donut, Bars }
