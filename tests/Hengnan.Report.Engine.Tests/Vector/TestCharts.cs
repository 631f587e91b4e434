using ScottPlot;
using ScottPlot.Plottables;

namespace Hengnan.Report.Engine.Tests.Vector;

/// <summary>The ScottPlot charts the import tests read: what the brochure draws (bars with value labels, a donut), and a line chart with axes and a legend.</summary>
internal static class TestCharts
{
    public const int Width = 480, Height = 320;

    public static Plot ByName(string name) => name switch
    {
        "bars" => Bars(),
        "hbars" => HorizontalBars(),
        "donut" => Donut(),
        "lines" => Lines(),
        "pie" => ExplodedPie(),
        "markers" => Markers(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static readonly Color[] BarColors = [new(200, 30, 40), new(20, 90, 180, 140), new(30, 150, 60)];
    public static readonly double[] BarValues = [10.5, 25.25, 17];
    public static readonly string[] BarValueLabels = ["10.5亿", "25.25亿", "17亿"];
    // 二 and 一 come back from Skia as the Kangxi radicals ⼆ ⼀ (same glyph in Noto Sans SC): the importer folds them.
    public static readonly string[] BarCategories = ["二〇一五", "2020年", "2025（预计）"];
    public const string BarTitle = "地区生产总值 GDP";

    public static Plot Bars()
    {
        var plot = new Plot();
        ChartTestFonts.Use(plot);
        var bars = BarValues.Select((v, i) => new Bar
        {
            Position = i,
            Value = v,
            FillColor = BarColors[i],
            LineWidth = 0,
            Label = BarValueLabels[i],
            Size = 0.6,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        ChartTestFonts.Use(barPlot.ValueLabelStyle, bold: true);
        barPlot.ValueLabelStyle.FontSize = 13;
        plot.Axes.Bottom.SetTicks([0, 1, 2], BarCategories);
        ChartTestFonts.Use(plot.Axes.Bottom.TickLabelStyle);
        plot.Axes.Margins(bottom: 0);
        plot.Title(BarTitle);
        ChartTestFonts.Use(plot.Axes.Title.Label);
        return plot;
    }

    public static readonly string[] HBarCategories = ["农业 Farming", "工业 Industry", "服务业 Services", "建筑业"];
    public static readonly double[] HBarValues = [12, 48.5, 39, 7.25];
    public static readonly string[] HBarValueLabels = ["12%", "48.5%", "39%", "7.25%"];

    /// <summary>Horizontal bars, first category at the top, value labels to the right, categories on the left axis.</summary>
    public static Plot HorizontalBars()
    {
        var plot = new Plot();
        ChartTestFonts.Use(plot);
        int n = HBarValues.Length;
        var bars = HBarValues.Select((v, i) => new Bar
        {
            Position = n - 1 - i,
            Value = v,
            FillColor = BarColors[i % BarColors.Length],
            LineWidth = 0,
            Label = HBarValueLabels[i],
            Size = 0.6,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        ChartTestFonts.Use(barPlot.ValueLabelStyle);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), HBarCategories);
        ChartTestFonts.Use(plot.Axes.Left.TickLabelStyle);
        plot.Axes.Margins(left: 0);
        plot.Axes.SetLimitsX(0, 60);
        return plot;
    }

    public static readonly double[] SliceValues = [3, 5, 2, 1.5];
    public static readonly Color[] SliceColors = [new(0, 100, 200), new(220, 120, 20), new(40, 160, 90), new(150, 40, 160)];
    public static readonly string[] SliceLabels = ["一产", "二产", "三产", "其他"];
    public static readonly string[] SliceLegend = ["第一产业", "第二产业", "第三产业", "其他 Other"];

    public static Plot Donut()
    {
        var plot = new Plot();
        ChartTestFonts.Use(plot);
        var slices = SliceValues.Select((v, i) => new PieSlice { Value = v, FillColor = SliceColors[i], Label = SliceLabels[i], LegendText = SliceLegend[i] }).ToList();
        foreach (var s in slices) ChartTestFonts.Use(s.LabelStyle);
        var pie = plot.Add.Pie(slices);
        pie.DonutFraction = 0.5;
        pie.LineColor = Colors.White;
        pie.LineWidth = 1.5f;
        pie.SliceLabelDistance = 0.75;
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Axes.SquareUnits();
        return plot;
    }

    public static readonly double[] LineXs = [2015, 2016, 2017, 2018, 2019, 2020];
    public static readonly double[] LineYs = [3.2, 4.1, 4.0, 5.6, 6.3, 7.9];
    public static readonly double[] Line2Ys = [2.0, 2.6, 3.3, 3.1, 4.4, 4.9];
    public static readonly Color LineColor = new(200, 30, 40);
    public static readonly Color Line2Color = new(20, 90, 180);
    public const string LineLegend = "城镇居民 Urban";
    public const string Line2Legend = "农村居民 Rural";
    public const string XLabel = "年份 Year";
    public const string YLabel = "收入（万元）";

    public static Plot Lines()
    {
        var plot = new Plot();
        var a = plot.Add.Scatter(LineXs, LineYs, LineColor);
        a.LegendText = LineLegend;
        a.LineWidth = 2;
        a.MarkerSize = 6;
        var b = plot.Add.Scatter(LineXs, Line2Ys, Line2Color);
        b.LegendText = Line2Legend;
        b.LinePattern = LinePattern.Dashed;
        plot.Axes.Bottom.SetTicks(LineXs, LineXs.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel(XLabel);
        plot.YLabel(YLabel);
        plot.ShowLegend(Alignment.UpperLeft);
        ChartTestFonts.Use(plot);
        return plot;
    }

    /// <summary>A full pie, slices pulled apart, labels on the slices, legend.</summary>
    public static Plot ExplodedPie()
    {
        var plot = new Plot();
        ChartTestFonts.Use(plot);
        var pie = plot.Add.Pie(SliceValues);
        pie.ExplodeFraction = 0.1;
        pie.SliceLabelDistance = 0.5;
        for (int i = 0; i < pie.Slices.Count; i++)
        {
            pie.Slices[i].FillColor = SliceColors[i];
            pie.Slices[i].Label = SliceLabels[i];
            pie.Slices[i].LegendText = SliceLegend[i];
            ChartTestFonts.Use(pie.Slices[i].LabelStyle);
        }
        plot.ShowLegend();
        return plot;
    }

    /// <summary>Marker shapes (filled, open, crosses), a horizontal rule, and a rotated annotation on a rounded yellow box.</summary>
    public static Plot Markers()
    {
        var plot = new Plot();
        ChartTestFonts.Use(plot);
        var shapes = new[] { MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.OpenCircle, MarkerShape.Cross, MarkerShape.FilledDiamond };
        for (int i = 0; i < shapes.Length; i++)
        {
            var s = plot.Add.Scatter(new double[] { 1, 2, 3 }, new double[] { i, i + 1, i });
            s.MarkerShape = shapes[i];
            s.MarkerSize = 8;
            s.LegendText = shapes[i].ToString();
        }
        plot.Add.HorizontalLine(2.5);
        var note = plot.Add.Text("注释 note", 1.5, 4.5);
        ChartTestFonts.Use(note.LabelStyle);
        note.LabelStyle.Rotation = 30;
        note.LabelBackgroundColor = Colors.Yellow;
        note.LabelBorderColor = Colors.Black;
        note.LabelBorderRadius = 4;
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }
}
