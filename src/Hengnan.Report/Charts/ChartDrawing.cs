using System.Globalization;
using Hengnan.Report.Content;
using Hengnan.Report.Units;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace Hengnan.Report.Charts;

/// <summary>
/// Builds a ScottPlot chart from the edition's indicators and draws it, as vectors, into any
/// canvas (the PDF page, a PNG preview). <see cref="Texts"/> lists every string the chart will draw,
/// so the build can include their glyphs in the embedded font subsets before drawing.
/// </summary>
public sealed class ChartDrawing
{
    private readonly ChartBlock _chart;
    private readonly IndicatorTable _table;
    private readonly Language _language;
    private readonly ChartPalette _palette;
    private readonly List<(string Label, double Value, string ValueText)> _points = new();

    public ChartDrawing(ChartBlock chart, IndicatorTable table, Language language, ChartPalette palette)
    {
        _chart = chart;
        _table = table;
        _language = language;
        _palette = palette;
        if (chart.Kind == ChartKind.Compare)
        {
            var id = chart.IndicatorIds[0];
            foreach (var year in chart.Years)
            {
                var ind = table.Get(id, year);
                _points.Add((year.ToString(CultureInfo.InvariantCulture), (double)ind.Value, ValueText(ind)));
            }
        }
        else
        {
            foreach (var id in chart.IndicatorIds)
            {
                var ind = table.Get(id, chart.Years[0]);
                _points.Add((ind.Label.In(language), (double)ind.Value, ValueText(ind)));
            }
        }
    }

    public ChartKind Kind => _chart.Kind;

    /// <summary>Legend entries (label, colour) for charts whose labels do not fit on the chart itself.</summary>
    public IReadOnlyList<(string Label, string Value, SKColor Color)> Legend =>
        _chart.Kind == ChartKind.Compare ? [] : _points.Select((p, i) => (p.Label, p.ValueText, _palette.Series(i))).ToList();

    public IEnumerable<string> Texts => _chart.Kind switch
    {
        ChartKind.Compare => _points.SelectMany(p => new[] { p.Label, p.ValueText }),
        ChartKind.Bars => _points.Select(p => p.ValueText),
        _ => [],
    };

    private string ValueText(Indicator ind)
    {
        // Chart labels carry the number only; the unit is in the chart's caption.
        var parts = UnitCatalog.Format(ind.Value, ind.Unit, _language);
        return ind.Unit == "%" ? parts.Number + "%" : parts.Number;
    }

    /// <summary>The unit line under the chart title, e.g. 单位：亿元 / Unit: CNY billion.</summary>
    public string UnitCaption(Language language)
    {
        var ind = _table.Get(_chart.IndicatorIds[0], _chart.Years[0]);
        var parts = UnitCatalog.Format(ind.Value, ind.Unit, language);
        if (ind.Unit == "%") return language == Language.Zh ? "单位：%" : "Unit: %";
        if (language == Language.Zh) return "单位：" + parts.Suffix;
        var unit = (parts.Prefix.Trim() + " " + parts.Suffix.Trim()).Trim();
        return unit.Length == 0 ? "" : "Unit: " + unit;
    }

    public void Draw(SKCanvas canvas, float width, float height)
    {
        using var plot = new Plot();
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Font.Set(_palette.FontName);
        switch (_chart.Kind)
        {
            case ChartKind.Compare: Compare(plot); break;
            case ChartKind.Donut: Donut(plot); break;
            case ChartKind.Bars: Bars(plot); break;
        }
        plot.Render(canvas, (int)Math.Round(width), (int)Math.Round(height));
    }

    private static ScottPlot.Color Convert(SKColor c) => new(c.Red, c.Green, c.Blue, c.Alpha);

    /// <summary>Bars with their value labels in the bold chart face; the axes the chart does not need are hidden.</summary>
    private BarPlot AddBars(Plot plot, Func<int, double> position, Func<int, SKColor> color, double size, float labelSize)
    {
        var bars = _points.Select((p, i) => new Bar
        {
            Position = position(i),
            Value = p.Value,
            FillColor = Convert(color(i)),
            LineWidth = 0,
            Label = p.ValueText,
            Size = size,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = _palette.BoldFontName;
        barPlot.ValueLabelStyle.FontSize = labelSize;
        barPlot.ValueLabelStyle.ForeColor = Convert(_palette.Text);
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.HideGrid();
        return barPlot;
    }

    /// <summary>Before/after bars: the earlier year muted, the later in the primary colour, years underneath.</summary>
    private void Compare(Plot plot)
    {
        AddBars(plot, i => i, i => i == _points.Count - 1 ? _palette.Primary : _palette.Muted.WithAlpha(140), 0.55, 11);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, _points.Count).Select(i => (double)i).ToArray(), _points.Select(p => p.Label).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontName = _palette.FontName;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = Convert(_palette.Text);
        plot.Axes.Bottom.MajorTickStyle.Length = 3;
        plot.Axes.Bottom.TickLabelStyle.OffsetY = 4;
        plot.Axes.Bottom.MajorTickStyle.Color = Convert(_palette.Muted);
        plot.Axes.Bottom.FrameLineStyle.Color = Convert(_palette.Muted);
        double max = _points.Max(p => p.Value);
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedVertical(plot.Axes.Left, 0, max * 1.5));
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedHorizontal(plot.Axes.Bottom, -0.6, _points.Count - 0.4));
    }

    private void Donut(Plot plot)
    {
        var slices = _points.Select((p, i) => new PieSlice
        {
            Value = p.Value,
            FillColor = Convert(_palette.Series(i)),
        }).ToList();
        var pie = plot.Add.Pie(slices);
        pie.DonutFraction = 0.5;
        pie.LineColor = Colors.White;
        pie.LineWidth = 1.5f;
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Axes.SquareUnits();
    }

    /// <summary>Horizontal bars of like figures, top to bottom in outline order, named in the legend below.</summary>
    private void Bars(Plot plot)
    {
        var barPlot = AddBars(plot, i => _points.Count - 1 - i, _palette.Series, 0.6, 11);
        barPlot.Horizontal = true;
        plot.Axes.Bottom.IsVisible = false;
        double max = _points.Max(p => p.Value);
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedHorizontal(plot.Axes.Bottom, 0, max * 1.3));
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedVertical(plot.Axes.Left, -0.6, _points.Count - 0.4));
    }
}
