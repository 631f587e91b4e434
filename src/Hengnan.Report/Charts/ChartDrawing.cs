using System.Globalization;
using Hengnan.Report.Compose;
using Hengnan.Report.Content;
using Hengnan.Report.Vector;
using ScottPlot;
using Color = Hengnan.Report.Drawing.Color;

namespace Hengnan.Report.Charts;

/// <summary>
/// A chart of the edition's indicators, drawn as the engine's vectors. ScottPlot draws the marks (bars, the
/// line and its area, the donut's slices) into a box whose axes we fix, through SVG, and its shapes become
/// paths in the edition's colours. Every word and number is set by us in the brochure's fonts and type scale,
/// each once, where the marks are: values over bars and points, categories under or over them, a donut's
/// centre — in the edition's language, or in both (Chinese, then the English smaller and lighter).
/// </summary>
public sealed class ChartDrawing
{
    private static readonly Lazy<Task> Preparing = new(() => Task.Run(() => _ = ScottPlot.Fonts.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Starts ScottPlot's process-wide set-up on the thread pool (once per process) and returns at once. ScottPlot's
    /// font class, on first use, asks Skia for the system's default typeface, and Skia's font manager then opens every
    /// font file installed on the machine (on Linux, without fontconfig, all of /usr/share/fonts; about 0.08 s here).
    /// Started as soon as a build knows it has charts, that runs beside the loading and the first pages' layout instead
    /// of before the first chart; a chart that comes sooner waits for it (a type's initialisation runs once).
    /// </summary>
    public static Task Prepare() => Preparing.Value;

    private readonly ChartBlock _chart;
    private readonly IndicatorTable _table;
    private readonly LanguageMode _mode;
    private readonly ChartPalette _palette;
    private readonly Typography _type;
    private readonly string _unit;

    public ChartDrawing(ChartBlock chart, IndicatorTable table, LanguageMode mode, ChartPalette palette, Typography type)
    {
        _chart = chart;
        _table = table;
        _mode = mode;
        _palette = palette;
        _type = type;
        _unit = table.Get(chart.IndicatorIds[0], chart.Years[0]).Unit;
        Numbers = ChartNumbers.For(_unit, AllValues().ToList(), Drawn, table.Units);
    }

    public ChartKind Kind => _chart.Kind;

    /// <summary>The language the chart's numbers are printed in: Chinese unless the edition is English only.</summary>
    private Language Drawn => _mode == LanguageMode.En ? Language.En : Language.Zh;
    private bool HasZh => _mode != LanguageMode.En;
    private bool HasEn => _mode != LanguageMode.Zh;

    /// <summary>The scale the figures are printed on (see <see cref="ChartNumbers"/>).</summary>
    public ChartNumbers Numbers { get; }

    private IEnumerable<decimal> AllValues() =>
        _chart.IndicatorIds.SelectMany(id => _chart.Years.Select(y => _table.Get(id, y).Value));

    private decimal Value(string id, int year) => _table.Get(id, year).Value;
    private BilingualText Label(string id) => _table.Get(id, _chart.Years[0]).Label;
    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// What a compare chart's bar is named by: the time its figure covers (2015, a span 2011–2015, a count at
    /// end-2015); for the other charts, the year.
    /// </summary>
    private string SlotName(int slot) => _chart.Kind == ChartKind.Compare
        ? _table.Get(_chart.IndicatorIds[0], _chart.Years[slot]).Period.Tick(Drawn)
        : Year(_chart.Years[slot]);

    /// <summary>Identifies the chart among a build's charts (for caching its capture).</summary>
    public string Key => $"{_chart.Kind}:{string.Join(",", _chart.IndicatorIds)}:{string.Join(",", _chart.Years)}:{_mode}:{_chart.Centre?.Words?.Zh}|{_chart.Centre?.Words?.En}|{_chart.Centre?.IsTotal}";

    /// <summary>Charts that need a whole row: bars (their labels run across), groups of bars, long lines and many columns.</summary>
    public bool WantsFullWidth => _chart.Kind switch
    {
        ChartKind.Bars or ChartKind.Grouped => true,
        // Columns share a row while their labels fit under them on two lines or so.
        ChartKind.Columns => _chart.IndicatorIds.Count > 3 || _chart.IndicatorIds.Any(id =>
            Math.Max(HasZh ? Width(Label(id).Zh, LabelStyle, new List<LayoutProblem>()) : 0,
                     HasEn ? Width(Label(id).En, HasZh ? SecondStyle : LabelStyle, new List<LayoutProblem>()) : 0) > 2 * (NarrowWidth / _chart.IndicatorIds.Count - 6)),
        ChartKind.Line => _chart.Years.Count > 8,
        _ => false,
    };

    /// <summary>The narrowest cell a chart may share a row in (three charts a row on A4).</summary>
    private const float NarrowWidth = 148;

    // ------------------------------------------------------------------ words around the chart

    /// <summary>The unit line in each language (null where there is none): 单位：亿元 / Unit: CNY billion.</summary>
    /// <remarks>
    /// A bilingual chart prints the Chinese figures; its English unit line names their unit in English and,
    /// where the English text gives the figures on another scale (亿元 in CNY billion), shows the largest
    /// figure both ways, so the English reader can match the chart to the text: "Unit: CNY 100 million;
    /// 356.01 = CNY 35.60 billion".
    /// </remarks>
    public (string? Zh, string? En) UnitLine
    {
        get
        {
            string? zh = HasZh && Numbers.Unit.Length > 0 ? "单位：" + Numbers.Unit : null;
            string? en = null;
            if (_mode == LanguageMode.En)
                en = Numbers.Unit.Length > 0 ? "Unit: " + Numbers.Unit : null;
            else if (HasEn)
            {
                var name = _table.Units.EnglishName(_unit);
                var english = ChartNumbers.For(_unit, AllValues().ToList(), Language.En, _table.Units);
                if (english.Converted)
                {
                    var largest = AllValues().MaxBy(Math.Abs);
                    en = $"Unit: {name}; {Numbers.Text(largest)} = {_table.Units.Format(largest, _unit, Language.En)}";
                }
                else if (name.Length > 0) en = "Unit: " + name;
            }
            return (zh, en);
        }
    }

    /// <summary>A legend entry: the series' name, its value where the chart shows none on its marks, and its colour.</summary>
    public sealed record LegendEntry(BilingualText Label, string? Value, Color Color);

    /// <summary>A donut with a row to itself keeps its legend beside it, in the box, rather than under it.</summary>
    public bool LegendBeside(float width) => _chart.Kind == ChartKind.Donut && width >= 300;

    /// <summary>The legend: a donut's slices with their values, a grouped chart's series; empty for the others.</summary>
    public IReadOnlyList<LegendEntry> Legend => _chart.Kind switch
    {
        ChartKind.Donut => _chart.IndicatorIds.Select((id, i) => new LegendEntry(Label(id), Numbers.Text(Value(id, _chart.Years[0])), _palette.Series(i))).ToList(),
        ChartKind.Grouped => _chart.IndicatorIds.Select((id, i) => new LegendEntry(Label(id), null, _palette.Series(i))).ToList(),
        _ => [],
    };

    /// <summary>The chart's figures in words, for its alternate text, in <paramref name="language"/>.</summary>
    public string Description(Language language)
    {
        var numbers = ChartNumbers.For(_unit, AllValues().ToList(), language, _table.Units);
        var sep = language == Language.Zh ? "；" : "; ";
        return _chart.Kind switch
        {
            ChartKind.Compare or ChartKind.Line => string.Join(sep, _chart.Years.Select(y => $"{y} {numbers.Text(Value(_chart.IndicatorIds[0], y))}")),
            ChartKind.Grouped => string.Join(sep, _chart.Years.Select(y => $"{y}: " + string.Join(language == Language.Zh ? "，" : ", ",
                _chart.IndicatorIds.Select(id => $"{Label(id).In(language)} {numbers.Text(Value(id, y))}")))),
            _ => string.Join(sep, _chart.IndicatorIds.Select(id => $"{Label(id).In(language)} {numbers.Text(Value(id, _chart.Years[0]))}")),
        };
    }

    // ------------------------------------------------------------------ type

    private TextStyle ValueStyle => _type.SansBold with { Size = Typography.ChartValueSize, Color = _palette.Text };
    private TextStyle LabelStyle => _type.Sans with { Size = Typography.ChartLabelSize, Color = _palette.Text };
    private TextStyle SecondStyle => _type.Sans with { Size = Typography.ChartSecondSize, Color = _palette.Muted, Language = Language.En.Tag() };
    private TextStyle TickStyle => _type.Sans with { Size = Typography.ChartSecondSize, Color = _palette.Muted };

    /// <summary>Room a one-line label of <paramref name="size"/> takes, and where its baseline sits in that room.</summary>
    private static float LineRoom(float size) => size * 1.3f;
    private static float Baseline(float size) => size * 0.98f;

    private float Width(string text, TextStyle style, ICollection<LayoutProblem> problems) =>
        Layout.Text.RunSetter.Set(text, style, Drawn.Tag(), problems).Width;

    /// <summary>A one-line label with its baseline at <paramref name="baseline"/>, centred on <paramref name="x"/> (or starting or ending there).</summary>
    private void Put(List<Placed> items, string text, TextStyle style, float x, float baseline, ICollection<LayoutProblem> problems, TextAlign align = TextAlign.Center)
    {
        var (runs, width) = Layout.Text.RunSetter.Set(text, style, style.Language ?? Drawn.Tag(), problems);
        float left = align switch { TextAlign.Center => x - width / 2, TextAlign.Right => x - width, _ => x };
        foreach (var run in runs) items.Add(new Placed(left + run.X, baseline + run.Y, run.Visual));
    }

    /// <summary>The label of a category in the chart's languages, as paragraphs to set in a width (Chinese, then the English smaller).</summary>
    private List<Paragraph> CategoryLabel(BilingualText label, TextAlign align)
    {
        var lines = new List<Paragraph>();
        if (HasZh) lines.Add(LineSetter.Text(label.Zh, LabelStyle, Language.Zh, align, 1.25f, StructureRole.Span));
        if (HasEn)
            lines.Add(HasZh
                ? LineSetter.Text(label.En, SecondStyle, Language.En, align, 1.3f, StructureRole.Span)
                : LineSetter.Text(label.En, LabelStyle, Language.En, align, 1.25f, StructureRole.Span));
        return lines;
    }

    private static float Height(IEnumerable<Paragraph> paragraphs, float width) =>
        paragraphs.Sum(p => p.Lines(width, new List<LayoutProblem>()).Sum(l => l.Height));

    private float PlaceParagraphs(List<Placed> items, IEnumerable<Paragraph> paragraphs, float x, float y, float width, ICollection<LayoutProblem> problems)
    {
        // The lines carry no structure node of their own: they belong to the chart's figure of whichever layout
        // pass places them (a capture is kept for the next pass), and English runs are tagged English by their style.
        float top = y;
        foreach (var p in paragraphs)
        {
            foreach (var line in p.Lines(width, problems))
            {
                items.Add(new Placed(x, top, new FragmentVisual(new Fragment(width, line.Height, line.Items))));
                top += line.Height;
            }
        }
        return top - y;
    }

    // ------------------------------------------------------------------ geometry

    /// <summary>The height of the chart's box at <paramref name="width"/>; <paramref name="standard"/> for charts of a fixed shape.</summary>
    public float HeightFor(float width, float standard)
    {
        switch (_chart.Kind)
        {
            case ChartKind.Bars:
                return BarRows(width).Sum(r => r.Pitch) - BarGap;
            case ChartKind.Columns:
                float slot = width / _chart.IndicatorIds.Count;
                float labels = _chart.IndicatorIds.Max(id => Height(CategoryLabel(Label(id), TextAlign.Center), slot - 6));
                return standard - LineRoom(Typography.ChartLabelSize) + labels;
            case ChartKind.Grouped:
                return standard + 20;
            default:
                return standard;
        }
    }

    private const float BarThickness = 9, BarGap = 8;

    private List<(BilingualText Label, float LabelHeight, float Pitch)> BarRows(float width) =>
        _chart.IndicatorIds.Select(id =>
        {
            float h = BarLabel(Label(id), 0, 0, width, null, new List<LayoutProblem>());
            return (Label(id), h, h + 2 + BarThickness + BarGap);
        }).ToList();

    /// <summary>
    /// A horizontal bar's label over it, from (x, y): the Chinese, then the English smaller on the same line where
    /// both fit (each set by its own language's rules), else under it. Placed into <paramref name="items"/> when
    /// given; the height it takes.
    /// </summary>
    private float BarLabel(BilingualText label, float x, float y, float width, List<Placed>? items, ICollection<LayoutProblem> problems)
    {
        var lines = CategoryLabel(label, TextAlign.Left);
        if (lines.Count == 2)
        {
            var zh = lines[0].Lines(width, problems);
            var en = lines[1].Lines(width, problems);
            float gap = Typography.ChartLabelSize;
            if (zh.Count == 1 && en.Count == 1 && zh[0].Width + gap + en[0].Width <= width)
            {
                // Side by side on one baseline.
                float shift = Baseline(zh[0]) - Baseline(en[0]);
                if (items is not null)
                {
                    items.Add(new Placed(x, y, new FragmentVisual(new Fragment(zh[0].Width, zh[0].Height, zh[0].Items))));
                    items.Add(new Placed(x + zh[0].Width + gap, y + shift, new FragmentVisual(new Fragment(en[0].Width, en[0].Height, en[0].Items))));
                }
                return Math.Max(zh[0].Height, shift + en[0].Height);
            }
        }
        return items is null ? Height(lines, width) : PlaceParagraphs(items, lines, x, y, width, problems);
    }

    /// <summary>Where a set line's baseline is, from its top.</summary>
    private static float Baseline(Layout.Text.TextLine line) =>
        line.Items.Where(i => i.Visual is GlyphRunVisual).Select(i => i.Y).DefaultIfEmpty(line.Height * 0.8f).Max();

    /// <summary>The chart drawn in a box of <paramref name="width"/> × <paramref name="height"/> pt, as paths and glyph runs relative to the box.</summary>
    public IReadOnlyList<Placed> Capture(float width, float height, ICollection<LayoutProblem> problems)
    {
        var under = new List<Placed>();   // rules under the marks
        var marks = new List<Placed>();   // baselines over them
        var labels = new List<Placed>();
        string svg;
        using (var plot = new Plot())
        {
            plot.FigureBackground.Color = Colors.Transparent;
            plot.DataBackground.Color = Colors.Transparent;
            plot.Axes.Frameless();
            plot.HideGrid();
            // The data area is the whole box, and the axes' limits are ours: a value maps to the point we place its label by.
            plot.Layout.Fixed(new PixelRect(0, (float)Math.Round(width), (float)Math.Round(height), 0));
            var frame = new Frame(plot, width, height);
            switch (_chart.Kind)
            {
                case ChartKind.Compare:
                case ChartKind.Columns:
                case ChartKind.Grouped: VerticalBars(frame, width, height, under, marks, labels, problems); break;
                case ChartKind.Bars: HorizontalBars(frame, width, labels, problems); break;
                case ChartKind.Line: Line(frame, width, height, marks, labels, problems); break;
                case ChartKind.Donut: Donut(frame, width, height, labels, problems); break;
            }
            svg = plot.GetSvgXml((int)Math.Round(width), (int)Math.Round(height));
        }
        var scene = SvgScene.Parse(svg);
        // ScottPlot draws at 1 unit = 1 pt but into a whole number of units: scale to the exact box.
        float sx = width / (float)Math.Round(width), sy = height / (float)Math.Round(height);
        var items = new List<Placed>(under);
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
                    // Every word is ours; a label from the plotting library would be printed twice or in a wrong face.
                    problems.Add(new LayoutProblem($"chart {string.Join(",", _chart.IndicatorIds)} drew an unexpected label \"{text.Text}\"", _chart.Location, "CHT001")
                        { Key = "CHT001", Args = [string.Join(",", _chart.IndicatorIds), text.Text] });
                    break;
            }
        }
        items.AddRange(marks);
        items.AddRange(labels);
        return items;
    }

    /// <summary>
    /// The plot's axes set so that data coordinates map onto the box's points as given (y up in the data,
    /// down on the page). ScottPlot draws into a whole number of points, scaled back to the box afterwards,
    /// so limits are reckoned from the box's exact edges.
    /// </summary>
    private sealed class Frame(Plot plot, float width, float height)
    {
        public Plot Plot { get; } = plot;
        private double _x0, _xk = 1, _y0, _yk = 1;

        /// <summary>x = <paramref name="a"/> at point <paramref name="pa"/> and <paramref name="b"/> at <paramref name="pb"/>; likewise y (points from the top).</summary>
        public void Map(double a, float pa, double b, float pb, double c, float pc, double d, float pd)
        {
            _xk = (pb - pa) / (b - a);
            _x0 = pa - a * _xk;
            _yk = (pd - pc) / (d - c);
            _y0 = pc - c * _yk;
            // The box's edges in data units; y grows upwards in the plot, downwards on the page.
            double left = -_x0 / _xk, right = (width - _x0) / _xk;
            double top = -_y0 / _yk, bottom = (height - _y0) / _yk;
            Plot.Axes.SetLimits(left, right, Math.Min(top, bottom), Math.Max(top, bottom));
        }

        public float X(double x) => (float)(_x0 + x * _xk);
        public float Y(double y) => (float)(_y0 + y * _yk);
    }

    private Color Rule => _palette.Muted.Tinted(0.55f);
    private Color Grid => _palette.Muted.Tinted(0.25f);

    private static Placed HorizontalRule(float x0, float x1, float y, Color color, float thickness) =>
        new(x0, y, PathVisual.Line(x1 - x0, 0, color, thickness));

    /// <summary>
    /// Which labels centred at <paramref name="xs"/>, each at most <paramref name="widest"/> wide, to print so that
    /// none touches another: the first and the last always (where the story starts and ends), then the others
    /// from the latest back wherever there is room.
    /// </summary>
    private static HashSet<int> Thinned(IReadOnlyList<float> xs, float widest)
    {
        var shown = new HashSet<int> { 0, xs.Count - 1 };
        for (int i = xs.Count - 2; i > 0; i--)
            if (shown.All(j => Math.Abs(xs[j] - xs[i]) >= widest + 4)) shown.Add(i);
        return shown;
    }

    /// <summary>Bars standing on a baseline: compare (years), columns (categories), grouped (years × series).</summary>
    private void VerticalBars(Frame frame, float width, float height, List<Placed> under, List<Placed> marks, List<Placed> labels, ICollection<LayoutProblem> problems)
    {
        var kind = _chart.Kind;
        var ids = _chart.IndicatorIds;
        int slots = kind == ChartKind.Columns ? ids.Count : _chart.Years.Count;
        int perSlot = kind == ChartKind.Grouped ? ids.Count : 1;
        float left = 0, slot = width / slots;
        // Category labels under the baseline.
        var categoryLabels = kind == ChartKind.Columns
            ? ids.Select(id => CategoryLabel(Label(id), TextAlign.Center)).ToList()
            : null;
        float labelRoom = categoryLabels is null ? LineRoom(Typography.ChartLabelSize) : categoryLabels.Max(l => Height(l, slot - 6));
        float baseY = height - labelRoom - 5;
        float barWidth = kind switch
        {
            ChartKind.Compare => Math.Min(slot * 0.5f, 44),
            ChartKind.Columns => Math.Min(slot * 0.55f, 40),
            _ => Math.Min(slot * 0.72f, perSlot * 26) / perSlot,
        };
        float pitch = kind == ChartKind.Grouped ? barWidth + 1.5f : 0;
        List<(float X, decimal Value, Color Color)> Points()
        {
        var points = new List<(float X, decimal Value, Color Color)>();
        for (int s = 0; s < slots; s++)
        {
            float centre = left + slot * (s + 0.5f);
            for (int k = 0; k < perSlot; k++)
            {
                var (value, color) = kind switch
                {
                    ChartKind.Compare => (Value(ids[0], _chart.Years[s]), s == slots - 1 ? _palette.Primary : _palette.Earlier),
                    ChartKind.Columns => (Value(ids[s], _chart.Years[0]), _palette.Primary),
                    _ => (Value(ids[k], _chart.Years[s]), _palette.Series(k)),
                };
                points.Add((centre + (k - (perSlot - 1) / 2f) * pitch, value, color));
            }
        }
        return points;
        }
        var points = Points();
        double max = Math.Max(points.Max(p => Numbers.Scaled(p.Value)), 1e-9);
        // Value labels over the bars where each fits over its own bar; else a scale at the left with light rules.
        var valueStyle = ValueStyle;
        float widest = points.Max(p => Width(Numbers.Text(p.Value), valueStyle, problems));
        if (kind == ChartKind.Grouped && widest > pitch + 1)
        {
            valueStyle = valueStyle with { Size = Typography.ChartSecondSize };
            widest = points.Max(p => Width(Numbers.Text(p.Value), valueStyle, problems));
        }
        bool valuesOnBars = kind != ChartKind.Grouped || widest <= pitch + 1;
        float top = LineRoom(valueStyle.Size) + 2;
        (List<double> Ticks, int Decimals)? scale = valuesOnBars ? null : Scale(max);
        if (scale is { } sc)
        {
            // The groups move right of the scale's labels.
            left = sc.Ticks.Max(t => Width(Numbers.Tick(t, sc.Decimals), TickStyle, problems)) + 6;
            slot = (width - left) / slots;
            barWidth = Math.Min(slot * 0.72f, perSlot * 26) / perSlot;
            pitch = barWidth + 1.5f;
            points = Points();
        }
        frame.Map(0, 0, width, width, 0, baseY, max, top);
        if (scale is { } ticks)
            foreach (var t in ticks.Ticks)
            {
                float y = frame.Y(t);
                under.Add(HorizontalRule(left, width, y, Grid, 0.4f));
                Put(labels, Numbers.Tick(t, ticks.Decimals), TickStyle, 0, y + Typography.ChartSecondSize * 0.36f, problems, TextAlign.Left);
            }
        var bars = points.Select(p => new Bar
        {
            Position = p.X,
            Value = Numbers.Scaled(p.Value),
            Size = barWidth,
            FillColor = Convert(p.Color),
            LineWidth = 0,
        }).ToList();
        frame.Plot.Add.Bars(bars);
        marks.Add(HorizontalRule(left, width, baseY, Rule, 0.6f));
        if (valuesOnBars)
            foreach (var p in points)
                Put(labels, Numbers.Text(p.Value), valueStyle, p.X, frame.Y(Numbers.Scaled(p.Value)) - 3, problems);
        for (int s = 0; s < slots; s++)
        {
            float centre = left + slot * (s + 0.5f);
            if (categoryLabels is not null)
                PlaceParagraphs(labels, categoryLabels[s], centre - (slot - 6) / 2, baseY + 4, slot - 6, problems);
            else
                Put(labels, SlotName(s), LabelStyle, centre, baseY + 4 + Baseline(Typography.ChartLabelSize), problems);
        }
    }

    /// <summary>A value scale: round ticks (1, 2, 2.5 or 5 times a power of ten) up to the largest figure, three to five of them.</summary>
    private static (List<double> Ticks, int Decimals) Scale(double max)
    {
        double rough = max / 4, magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough * 0.999);
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9) + (Math.Abs(step / magnitude - 2.5) < 1e-9 ? 1 : 0));
        var ticks = new List<double>();
        for (int i = 1; i * step <= max * 1.0001; i++) ticks.Add(i * step);
        return (ticks, decimals);
    }

    /// <summary>Horizontal bars, one a row under its label, the value at the bar's end; like figures in one colour.</summary>
    private void HorizontalBars(Frame frame, float width, List<Placed> labels, ICollection<LayoutProblem> problems)
    {
        var ids = _chart.IndicatorIds;
        var values = ids.Select(id => Value(id, _chart.Years[0])).ToList();
        float widest = values.Max(v => Width(Numbers.Text(v), ValueStyle, problems));
        float longest = width - widest - 6;
        double max = Math.Max(values.Max(v => Numbers.Scaled(v)), 1e-9);
        // x: the value scale from the left edge; y: points down from the top (data y = minus the point's y).
        frame.Map(0, 0, max, longest, 0, 0, -1, 1);
        var bars = new List<Bar>();
        float y = 0;
        foreach (var ((label, labelHeight, pitch), i) in BarRows(width).Select((r, i) => (r, i)))
        {
            BarLabel(label, 0, y, width, labels, problems);
            float barTop = y + labelHeight + 2;
            double length = Numbers.Scaled(values[i]);
            bars.Add(new Bar
            {
                Position = -(barTop + BarThickness / 2),
                Value = length,
                Size = BarThickness,
                FillColor = Convert(_palette.Primary),
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
            });
            Put(labels, Numbers.Text(values[i]), ValueStyle, frame.X(length) + 4, barTop + BarThickness / 2 + Typography.ChartValueSize * 0.36f, problems, TextAlign.Left);
            y += pitch;
        }
        var plot = frame.Plot.Add.Bars(bars);
        plot.Horizontal = true;
    }

    /// <summary>One indicator over the years: a line with its points and a light area to zero, the value over each point, years under.</summary>
    private void Line(Frame frame, float width, float height, List<Placed> marks, List<Placed> labels, ICollection<LayoutProblem> problems)
    {
        var id = _chart.IndicatorIds[0];
        var years = _chart.Years;
        var values = years.Select(y => Value(id, y)).ToList();
        var texts = values.Select(Numbers.Text).ToList();
        var valueStyle = ValueStyle;
        float widestValue = texts.Max(t => Width(t, valueStyle, problems));
        float widestYear = years.Max(y => Width(Year(y), LabelStyle, problems));
        float side = Math.Max(widestValue, widestYear) / 2 + 2;
        float perYear = (width - 2 * side) / (years[^1] - years[0]);
        float closest = Enumerable.Range(1, years.Count - 1).Min(i => years[i] - years[i - 1]) * perYear;
        if (widestValue + 4 > closest)
        {
            valueStyle = valueStyle with { Size = Typography.ChartSecondSize + 0.5f };
            widestValue = texts.Max(t => Width(t, valueStyle, problems));
        }
        double lo = Math.Min(0, values.Min(v => Numbers.Scaled(v))), hi = Math.Max(0, values.Max(v => Numbers.Scaled(v)));
        if (hi - lo < 1e-9) hi = lo + 1;
        float yearRoom = LineRoom(Typography.ChartLabelSize);
        float bottom = height - yearRoom - 5 - (lo < 0 ? LineRoom(valueStyle.Size) : 0);
        float top = LineRoom(valueStyle.Size) + 3;
        frame.Map(years[0], side, years[^1], width - side, lo, bottom, hi, top);
        var xs = years.Select(y => (double)y).ToArray();
        var ys = values.Select(v => Numbers.Scaled(v)).ToArray();
        if (lo >= 0)
        {
            // A light area down to zero, under the line.
            var area = frame.Plot.Add.ScatterLine(xs, ys, Convert(_palette.Area));
            area.FillY = true;
            area.FillYValue = 0;
            area.FillYColor = Convert(_palette.Area);
            area.LineWidth = 0;
            area.MarkerSize = 0;
        }
        var line = frame.Plot.Add.ScatterLine(xs, ys, Convert(_palette.Primary));
        line.LineWidth = 1.6f;
        line.MarkerShape = MarkerShape.FilledCircle;
        line.MarkerSize = 5;
        line.MarkerFillColor = Convert(_palette.Primary);
        marks.Add(HorizontalRule(0, width, frame.Y(0), Rule, 0.6f));
        // Labels where they fit side by side (every label, or every k-th back from the latest); years likewise.
        var pointX = years.Select(y => frame.X(y)).ToList();
        var valueShown = Thinned(pointX, widestValue);
        var yearShown = Thinned(pointX, widestYear);
        for (int i = 0; i < years.Count; i++)
        {
            float x = frame.X(years[i]), y = frame.Y(ys[i]);
            if (valueShown.Contains(i))
            {
                // Over the point, or under it for a figure below zero; on a paper-white ground where the line passes under it.
                float baseline = ys[i] >= 0 ? y - 5 : y + 5 + Baseline(valueStyle.Size);
                float w = Width(texts[i], valueStyle, problems);
                labels.Add(new Placed(x - w / 2 - 1, baseline - valueStyle.Size * 0.8f, PathVisual.Rect(w + 2, valueStyle.Size * 0.95f, _palette.Paper, null, 0, 1)));
                Put(labels, texts[i], valueStyle, x, baseline, problems);
            }
            if (yearShown.Contains(i))
                Put(labels, Year(years[i]), LabelStyle, x, height - yearRoom + Baseline(Typography.ChartLabelSize) - 2, problems);
        }
    }

    /// <summary>Slices of a whole round a hole, which may hold a label (words in both languages, or the total).</summary>
    private void Donut(Frame frame, float width, float height, List<Placed> labels, ICollection<LayoutProblem> problems)
    {
        float diameter = Math.Min(width, height) - 8, r = diameter / 2;
        bool beside = LegendBeside(width);
        float cx = beside ? r + 4 : width / 2, cy = height / 2;
        frame.Map(0, cx, 1, cx + r, 0, cy, 1, cy - r);
        var slices = _chart.IndicatorIds.Select((id, i) => new PieSlice
        {
            Value = Numbers.Scaled(Value(id, _chart.Years[0])),
            FillColor = Convert(_palette.Series(i)),
        }).ToList();
        var pie = frame.Plot.Add.Pie(slices);
        pie.ManageAxisLimits = false;
        pie.DonutFraction = DonutFraction;
        pie.LineColor = Convert(_palette.Paper);
        pie.LineWidth = 1.5f;
        if (beside) LegendBesideDonut(diameter + 28, width, height, labels, problems);
        if (_chart.Centre is not { } centre) return;
        // The hole's label, centred; set smaller if it must, never over the slices.
        float hole = diameter * (float)DonutFraction, room = hole * 0.8f;
        List<Paragraph> lines;
        if (centre.Words is { } words) lines = CentreWords(words, 1);
        else
        {
            var total = AllValues().Sum();
            lines = CentreWords(new BilingualText("合计", "Total"), 0.8f);
            lines.Add(LineSetter.Text(Numbers.Text(total), ValueStyle with { Size = Typography.ChartTitleSize + 1 }, Drawn, TextAlign.Center, 1.2f, StructureRole.Span));
        }
        float h = Height(lines, room);
        bool fits = h <= room * 0.9f && lines.All(p => p.Lines(room, new List<LayoutProblem>()).Count <= 2);
        if (!fits)
        {
            var text = string.Join(" ", lines.Select(p => p.Text));
            problems.Add(new LayoutProblem($"the donut's centre label \"{text}\" does not fit in its hole", _chart.Location, "CHT009")
                { Key = "CHT009", Args = [text] });
            return;
        }
        PlaceParagraphs(labels, lines, cx - room / 2, cy - h / 2, room, problems);
    }

    private const double DonutFraction = 0.56;

    /// <summary>The slices' names and values in a column right of the donut, from <paramref name="x"/>, centred on its height.</summary>
    private void LegendBesideDonut(float x, float width, float height, List<Placed> labels, ICollection<LayoutProblem> problems)
    {
        float textX = x + 12, room = width - textX;
        var entries = Legend.Select(e =>
        {
            var lines = new List<Paragraph>
            {
                LineSetter.Spans([new TextSpan((HasZh ? e.Label.Zh : e.Label.En) + "  ", HasZh ? LabelStyle : LabelStyle with { Language = Language.En.Tag() }),
                    new TextSpan(e.Value ?? "", ValueStyle with { Size = Typography.ChartLabelSize })], Drawn, TextAlign.Left, 1.3f, StructureRole.Span),
            };
            if (HasZh && HasEn) lines.Add(LineSetter.Text(e.Label.En, SecondStyle, Language.En, TextAlign.Left, 1.35f, StructureRole.Span));
            return (e.Color, Lines: lines, Height: Height(lines, room));
        }).ToList();
        float gap = 5, y = (height - entries.Sum(e => e.Height) - gap * (entries.Count - 1)) / 2;
        foreach (var (color, lines, h) in entries)
        {
            labels.Add(new Placed(x, y + 2, PathVisual.Rect(7, 7, color)));
            PlaceParagraphs(labels, lines, textX, y, room, problems);
            y += h + gap;
        }
    }

    private List<Paragraph> CentreWords(BilingualText words, float scale)
    {
        var lines = new List<Paragraph>();
        // The hole's words a step above the chart's labels: the Chinese in bold, the English of a bilingual chart under it.
        var main = ValueStyle with { Size = Typography.ChartTitleSize * scale };
        if (HasZh) lines.Add(LineSetter.Text(words.Zh, main, Language.Zh, TextAlign.Center, 1.25f, StructureRole.Span));
        if (HasEn)
            lines.Add(LineSetter.Text(words.En, HasZh ? SecondStyle with { Size = Typography.ChartUnitSize * scale } : main with { Language = Language.En.Tag() },
                Language.En, TextAlign.Center, 1.25f, StructureRole.Span));
        return lines;
    }

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
}
