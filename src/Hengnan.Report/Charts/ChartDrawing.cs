using System.Globalization;
using Hengnan.Report.Content;
using Hengnan.Report.Units;
using ScottPlot;
using ScottPlot.Plottables;
using Hengnan.Report.Compose;
using Hengnan.Report.Vector;
using Color = Hengnan.Report.Drawing.Color;

namespace Hengnan.Report.Charts;

/// <summary>
/// Builds a ScottPlot chart from the edition's indicators and captures it as the engine's vectors:
/// ScottPlot lays the chart out and draws it to SVG; its shapes become paths in the edition's colours,
/// and every label is set again with the brochure's own fonts at the place ScottPlot gave it, drawn once.
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
                // A bar is named by the time its figure covers: 2015, a span 2011–2015, a count at end-2015.
                _points.Add((ind.Period.Tick(language), (double)ind.Value, ValueText(ind)));
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
    public IReadOnlyList<(string Label, string Value, Color Color)> Legend =>
        _chart.Kind == ChartKind.Compare ? [] : _points.Select((p, i) => (p.Label, p.ValueText, _palette.Series(i))).ToList();

    /// <summary>The legend's labels in English, for the bilingual edition (same order as <see cref="Legend"/>).</summary>
    public IReadOnlyList<string> EnglishLegend =>
        _chart.Kind == ChartKind.Compare ? [] : _chart.IndicatorIds.Select(id => _table.Get(id, _chart.Years[0]).Label.En).ToList();

    /// <summary>The unit of the figures as drawn (the edition's first language), named in English: 亿元 → CNY 100 million.</summary>
    public string EnglishUnitOfDrawnFigures
    {
        get
        {
            var unit = _table.Get(_chart.IndicatorIds[0], _chart.Years[0]).Unit;
            var name = _language == Language.Zh ? _table.Units.EnglishName(unit) : UnitCaption(Language.En).Replace("Unit: ", "");
            return name.Length == 0 ? "" : "Unit: " + name;
        }
    }

    /// <summary>Identifies the chart among a build's charts (for caching its capture).</summary>
    public string Key => $"{_chart.Kind}:{string.Join(",", _chart.IndicatorIds)}:{string.Join(",", _chart.Years)}:{_language}";

    /// <summary>The chart's figures in words, for its alternate text.</summary>
    public string Description => string.Join(_language == Language.Zh ? "；" : "; ", _points.Select(p => $"{p.Label} {p.ValueText}"));

    /// <summary>Every label the chart draws.</summary>
    public IEnumerable<string> Texts => _chart.Kind switch
    {
        ChartKind.Compare => _points.SelectMany(p => new[] { p.Label, p.ValueText }),
        ChartKind.Bars => _points.Select(p => p.ValueText),
        _ => [],
    };

    private string ValueText(Indicator ind)
    {
        // Chart labels carry the number only; the unit is in the chart's caption.
        var parts = _table.Units.Format(ind.Value, ind.Unit, _language);
        return ind.Unit == "%" ? parts.Number + "%" : parts.Number;
    }

    /// <summary>The unit line under the chart title, e.g. 单位：亿元 / Unit: CNY billion.</summary>
    public string UnitCaption(Language language)
    {
        var ind = _table.Get(_chart.IndicatorIds[0], _chart.Years[0]);
        var parts = _table.Units.Format(ind.Value, ind.Unit, language);
        if (ind.Unit == "%") return language == Language.Zh ? "单位：%" : "Unit: %";
        if (language == Language.Zh) return "单位：" + parts.Suffix;
        var unit = (parts.Prefix.Trim() + " " + parts.Suffix.Trim()).Trim();
        return unit.Length == 0 ? "" : "Unit: " + unit;
    }

    /// <summary>The chart drawn in a box of <paramref name="width"/> × <paramref name="height"/> pt, as paths and glyph runs relative to the box.</summary>
    public IReadOnlyList<Placed> Capture(float width, float height, Typography type, ICollection<LayoutProblem> problems)
    {
        var regular = type.Sans with { Color = _palette.Text };
        var bold = type.SansBold with { Color = _palette.Text };
        _fontName = ChartFontResolver.NameOf(type.Sans.Latin);
        _boldFontName = ChartFontResolver.NameOf(type.SansBold.Latin);
        string svg;
        using (var plot = new Plot())
        {
            plot.FigureBackground.Color = Colors.Transparent;
            plot.DataBackground.Color = Colors.Transparent;
            // Font names are set label style by label style: plot.Font.Set would also change ScottPlot's
            // process-wide default font, and builds running side by side would see each other's.
            switch (_chart.Kind)
            {
                case ChartKind.Compare: Compare(plot); break;
                case ChartKind.Donut: Donut(plot); break;
                case ChartKind.Bars: Bars(plot); break;
            }
            svg = plot.GetSvgXml((int)Math.Round(width), (int)Math.Round(height));
        }
        var scene = SvgScene.Parse(svg);
        // ScottPlot draws at 1 unit = 1 pt but into a whole number of units: scale to the exact box.
        float sx = width / (float)Math.Round(width), sy = height / (float)Math.Round(height);
        var items = new List<Placed>();
        var expected = Texts.ToList();
        foreach (var item in scene.Items)
        {
            switch (item)
            {
                case SvgShape shape:
                    var path = shape.Visual;
                    items.Add(new Placed(0, 0, new PathVisual(Scale(path.Path, sx, sy),
                        path.Fill is { } f ? _palette.Resolve(f) : null,
                        path.Stroke is { } st ? st with { Color = _palette.Resolve(st.Color) } : null)));
                    break;
                case SvgText text:
                    if (!expected.Remove(text.Text))
                    {
                        problems.Add(new LayoutProblem($"chart {string.Join(",", _chart.IndicatorIds)} drew an unexpected label \"{text.Text}\"", _chart.Location, "CHT001")
                            { Key = "CHT001", Args = [string.Join(",", _chart.IndicatorIds), text.Text] });
                        continue;
                    }
                    var style = (text.Bold ? bold : regular) with { Size = text.FontSize, Color = _palette.Resolve(text.Fill) };
                    var (runs, setWidth) = RunSetter.Set(text.Text, style, _language.Tag(), problems);
                    // ScottPlot aligned the label by its own measure; centre ours on the same span.
                    float drawnWidth = text.GlyphX is { Length: > 1 } gx ? gx[^1] - gx[0] + setWidth / text.Text.Length : setWidth;
                    float dx = (drawnWidth - setWidth) / 2;
                    foreach (var run in runs) items.Add(new Placed((text.X + dx) * sx + run.X, text.Y * sy, run.Visual));
                    break;
            }
        }
        // A label ScottPlot dropped (a character its typeface lacked) must not vanish silently.
        foreach (var missing in expected)
            problems.Add(new LayoutProblem($"chart {string.Join(",", _chart.IndicatorIds)} lost its label \"{missing}\"", _chart.Location, "CHT002")
                { Key = "CHT002", Args = [string.Join(",", _chart.IndicatorIds), missing] });
        return items;
    }

    private string _fontName = "", _boldFontName = "";

    private static PathData Scale(PathData path, float sx, float sy)
    {
        if (Math.Abs(sx - 1) < 1e-4 && Math.Abs(sy - 1) < 1e-4) return path;
        var b = new PathBuilder();
        int p = 0;
        var pts = path.Points;
        foreach (var verb in path.Verbs)
        {
            switch (verb)
            {
                case PathVerb.MoveTo: b.MoveTo(pts[p] * sx, pts[p + 1] * sy); p += 2; break;
                case PathVerb.LineTo: b.LineTo(pts[p] * sx, pts[p + 1] * sy); p += 2; break;
                case PathVerb.CubicTo: b.CubicTo(pts[p] * sx, pts[p + 1] * sy, pts[p + 2] * sx, pts[p + 3] * sy, pts[p + 4] * sx, pts[p + 5] * sy); p += 6; break;
                default: b.Close(); break;
            }
        }
        return b.Build();
    }

    private static ScottPlot.Color Convert(Color c)
    {
        var (r, g, b, a) = c.ToRgb8();
        return new ScottPlot.Color(r, g, b, a);
    }

    /// <summary>Bars with their value labels in the bold chart face; the axes the chart does not need are hidden.</summary>
    private BarPlot AddBars(Plot plot, Func<int, double> position, Func<int, Color> color, double size, float labelSize)
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
        barPlot.ValueLabelStyle.FontName = _boldFontName;
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
        AddBars(plot, i => i, i => i == _points.Count - 1 ? _palette.Primary : _palette.Earlier, 0.55, 11);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, _points.Count).Select(i => (double)i).ToArray(), _points.Select(p => p.Label).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontName = _fontName;
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
