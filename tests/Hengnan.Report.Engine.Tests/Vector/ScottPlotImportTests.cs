using Hengnan.Report.Drawing;
using Hengnan.Report.Vector;
using ScottPlot;
using Color = Hengnan.Report.Drawing.Color;

namespace Hengnan.Report.Engine.Tests.Vector;

/// <summary>ScottPlot charts written as SVG and read back: every label once, where it was drawn; bars, slices and lines where the plot put them.</summary>
[Collection("ScottPlot")]
public sealed class ScottPlotImportTests
{
    private static (Plot Plot, SvgScene Scene) Import(Plot plot)
    {
        var scene = SvgScene.Parse(plot.GetSvgXml(TestCharts.Width, TestCharts.Height));
        Assert.Equal(TestCharts.Width, scene.Width);
        Assert.Equal(TestCharts.Height, scene.Height);
        Assert.Empty(scene.Warnings);
        foreach (var t in scene.Texts)
        {
            Assert.InRange(t.X, 0, scene.Width);
            Assert.InRange(t.Y, 0, scene.Height);
            Assert.Equal("Noto Sans SC", t.FontFamily);
        }
        return (plot, scene);
    }

    private static SvgText Single(SvgScene scene, string label)
    {
        var matches = scene.Texts.Where(t => t.Text == label).ToList();
        Assert.True(matches.Count == 1, $"'{label}' appears {matches.Count} times among [{string.Join(" | ", scene.Texts.Select(t => t.Text))}]");
        return matches[0];
    }

    private static bool SameRgb(Color c, ScottPlot.Color expected) =>
        c.ToRgb8() is var (r, g, b, a) && r == expected.R && g == expected.G && b == expected.B && Math.Abs(a - expected.A) <= 1;

    private static List<SvgShape> FilledWith(SvgScene scene, ScottPlot.Color color) =>
        scene.Items.OfType<SvgShape>().Where(s => s.Visual.Fill is { } f && SameRgb(f, color)).ToList();

    /// <summary>Where a text's glyphs run along the baseline: from X to past the last glyph's origin (one em, at most).</summary>
    private static (float Start, float End) Extent(SvgText t) => (t.X, t.X + (t.GlyphX?[^1] ?? 0) + t.FontSize);

    [Fact]
    public void Bar_chart_gives_each_label_once_over_its_bar_and_the_bars_as_filled_rectangles_in_their_colours()
    {
        var (plot, scene) = Import(TestCharts.Bars());
        Single(scene, TestCharts.BarTitle);
        var valueLabels = TestCharts.BarValueLabels.Select(l => Single(scene, l)).ToList();
        var categories = TestCharts.BarCategories.Select(l => Single(scene, l)).ToList();

        for (int i = 0; i < TestCharts.BarValues.Length; i++)
        {
            var bar = Assert.Single(FilledWith(scene, TestCharts.BarColors[i]));
            Assert.Null(bar.Visual.Stroke);
            Assert.Null(bar.Clip);   // inside the data area
            var (l, t, r, b) = bar.Visual.Path.Bounds();
            var topLeft = plot.GetPixel(new Coordinates(i - 0.3, TestCharts.BarValues[i]));
            var bottomRight = plot.GetPixel(new Coordinates(i + 0.3, 0));
            Assert.Equal(topLeft.X, l, 0.01);
            Assert.Equal(topLeft.Y, t, 0.01);
            Assert.Equal(bottomRight.X, r, 0.01);
            Assert.Equal(bottomRight.Y, b, 0.01);

            // the value label: bold, above the bar, centred on it; the category under the axis, centred too
            var label = valueLabels[i];
            Assert.True(label.Bold);
            Assert.Equal(13, label.FontSize, 0.001);
            Assert.Equal(0, label.Rotation);
            Assert.Equal(SvgTextAnchor.Start, label.Anchor);
            Assert.True(label.Y < t, $"label baseline {label.Y} not above bar top {t}");
            Assert.True(label.Y > t - 2 * label.FontSize, $"label baseline {label.Y} far above bar top {t}");
            var (start, end) = Extent(label);
            float centre = (l + r) / 2;
            Assert.InRange(centre, start, end);
            Assert.Equal(TestCharts.BarValueLabels[i].EnumerateRunes().Count(), label.GlyphX!.Length);

            var category = categories[i];
            Assert.False(category.Bold);
            Assert.True(category.Y > b, "category under the axis");
            (start, end) = Extent(category);
            Assert.InRange(centre, start, end);
        }
        // the translucent bar keeps its alpha
        Assert.Equal(140, FilledWith(scene, TestCharts.BarColors[1])[0].Visual.Fill!.Value.ToRgb8().A);
        Assert.Equal(valueLabels.OrderBy(t => t.X), valueLabels);
        Assert.Equal(categories.OrderBy(t => t.X), categories);
        // drawing order: a bar comes before its label (the label is drawn over it)
        for (int i = 0; i < valueLabels.Count; i++)
            Assert.True(scene.Items.ToList().IndexOf(FilledWith(scene, TestCharts.BarColors[i])[0]) < scene.Items.ToList().IndexOf(valueLabels[i]));
    }

    [Fact]
    public void Horizontal_bar_chart_puts_values_right_of_their_bars_and_categories_on_the_left_in_order()
    {
        var (plot, scene) = Import(TestCharts.HorizontalBars());
        int n = TestCharts.HBarValues.Length;
        var values = TestCharts.HBarValueLabels.Select(l => Single(scene, l)).ToList();
        var categories = TestCharts.HBarCategories.Select(l => Single(scene, l)).ToList();
        float dataLeft = plot.GetPixel(new Coordinates(0, 0)).X;
        for (int i = 0; i < n; i++)
        {
            // bars 0 and 3 share a colour: tell them apart by their vertical position
            double position = n - 1 - i;
            var rects = FilledWith(scene, TestCharts.BarColors[i % TestCharts.BarColors.Length]);
            var top = plot.GetPixel(new Coordinates(TestCharts.HBarValues[i], position + 0.3));
            var bottom = plot.GetPixel(new Coordinates(0, position - 0.3));
            var bar = Assert.Single(rects, s => Math.Abs(s.Visual.Path.Bounds().Top - top.Y) < 0.01);
            var (l, t, r, b) = bar.Visual.Path.Bounds();
            Assert.Equal(bottom.X, l, 0.01);
            Assert.Equal(top.X, r, 0.01);
            Assert.Equal(bottom.Y, b, 0.01);

            Assert.True(values[i].X > r, "value label right of its bar");
            Assert.InRange(values[i].Y, t, b);
            Assert.InRange(categories[i].Y, t, b);
            Assert.True(Extent(categories[i]).Start < dataLeft, "category left of the axis");
        }
        Assert.Equal(categories.OrderBy(c => c.Y), categories);   // first category at the top
        Assert.Equal(values.OrderBy(c => c.Y), values);
    }

    [Fact]
    public void Donut_gives_one_closed_curved_ring_sector_a_slice_with_its_share_of_the_ring()
    {
        var (plot, scene) = Import(TestCharts.Donut());
        foreach (var l in TestCharts.SliceLabels.Concat(TestCharts.SliceLegend)) Single(scene, l);
        var centre = plot.GetPixel(new Coordinates(0, 0));
        double outer = Math.Abs(plot.GetPixel(new Coordinates(1, 0)).X - centre.X);
        double inner = outer * 0.5;
        double total = TestCharts.SliceValues.Sum();
        for (int i = 0; i < TestCharts.SliceValues.Length; i++)
        {
            var slice = FilledWith(scene, TestCharts.SliceColors[i]).Where(s => s.Visual.Path.Verbs.Contains(PathVerb.CubicTo)).ToList();
            var path = Assert.Single(slice).Visual.Path;
            Assert.Equal(PathVerb.Close, path.Verbs[^1]);
            var points = OnCurvePoints(path);
            foreach (var (x, y) in points)
                Assert.InRange(Math.Sqrt((x - centre.X) * (x - centre.X) + (y - centre.Y) * (y - centre.Y)), inner - 0.5, outer + 0.5);
            double share = Math.Abs(Area(points)) / (Math.PI * (outer * outer - inner * inner));
            Assert.Equal(TestCharts.SliceValues[i] / total, share, 0.01);
        }
        // the white outline over each slice
        Assert.Equal(TestCharts.SliceValues.Length, scene.Items.OfType<SvgShape>().Count(s => s.Visual.Stroke is { Width: 1.5f } st && SameRgb(st.Color, Colors.White)));
    }

    [Fact]
    public void Line_chart_has_its_axis_labels_ticks_legend_and_lines_where_the_plot_drew_them()
    {
        var (plot, scene) = Import(TestCharts.Lines());
        Single(scene, TestCharts.LineLegend);
        Single(scene, TestCharts.Line2Legend);
        var xLabel = Single(scene, TestCharts.XLabel);
        var yLabel = Single(scene, TestCharts.YLabel);
        var dataLeftTop = plot.GetPixel(new Coordinates(TestCharts.LineXs[0], 8));
        Assert.Equal(0, xLabel.Rotation);
        Assert.Equal(-90, yLabel.Rotation);    // reads upwards
        Assert.True(yLabel.X < dataLeftTop.X);
        // the vertical label's glyphs advance up the page: GlyphX along its baseline, increasing
        Assert.Equal(yLabel.GlyphX!.OrderBy(x => x), yLabel.GlyphX);

        var years = TestCharts.LineXs.Select(x => Single(scene, x.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        for (int i = 0; i < years.Count; i++)
        {
            var tick = plot.GetPixel(new Coordinates(TestCharts.LineXs[i], 0)).X;
            Assert.InRange(tick, Extent(years[i]).Start, Extent(years[i]).End);
        }

        // the solid series: one stroked polyline through the data points (and a short one in the legend)
        var line = Assert.Single(scene.Items.OfType<SvgShape>(), s => s.Visual.Stroke is { } st && SameRgb(st.Color, TestCharts.LineColor)
            && s.Visual.Path.Verbs.Count >= TestCharts.LineXs.Length);
        Assert.Equal(2, line.Visual.Stroke!.Width);
        var vertices = OnCurvePoints(line.Visual.Path);
        for (int i = 0; i < TestCharts.LineXs.Length; i++)
        {
            var p = plot.GetPixel(new Coordinates(TestCharts.LineXs[i], TestCharts.LineYs[i]));
            Assert.Contains(vertices, v => Math.Abs(v.X - p.X) < 0.01 && Math.Abs(v.Y - p.Y) < 0.01);
            // a round marker on each point
            Assert.Contains(FilledWith(scene, TestCharts.LineColor), s => s.Visual.Path.Bounds() is var (l, t, r, b)
                && Math.Abs((l + r) / 2 - p.X) < 0.01 && Math.Abs((t + b) / 2 - p.Y) < 0.01 && s.Visual.Path.Verbs.Contains(PathVerb.CubicTo));
        }
        // the dashed series: Skia writes dashes already cut into filled outlines
        Assert.NotEmpty(FilledWith(scene, TestCharts.Line2Color));

        // legend: its white box, and under it the shadow at 20 % black
        Assert.Contains(scene.Items.OfType<SvgShape>(), s => s.Visual.Fill is { } f && f.ToRgb8().A == 51 && f.ToRgb8().R < 2);
    }

    /// <summary>
    /// ScottPlot draws frames, ticks and grid lines unantialiased (which SVG cannot say) and then nudges the top frame
    /// line by 0.1 px; with antialiasing on, the SVG is otherwise the same, so the faithfulness test may switch it on.
    /// </summary>
    [Fact]
    public void The_SVG_hardly_depends_on_antialiasing_so_the_reference_raster_may_switch_it_on()
    {
        var plot = TestCharts.Lines();
        var before = SvgScene.Parse(plot.GetSvgXml(TestCharts.Width, TestCharts.Height));
        plot.Axes.AntiAlias(true);
        var after = SvgScene.Parse(plot.GetSvgXml(TestCharts.Width, TestCharts.Height));
        Assert.Equal(before.Items.Count, after.Items.Count);
        for (int i = 0; i < before.Items.Count; i++)
        {
            if (before.Items[i] is SvgShape a && after.Items[i] is SvgShape b)
            {
                Assert.Equal(a.Visual.Path.Verbs, b.Visual.Path.Verbs);
                Assert.All(a.Visual.Path.Points.Zip(b.Visual.Path.Points), p => Assert.Equal(p.First, p.Second, 0.1001));
                Assert.Equal(a.Visual.Fill, b.Visual.Fill);
                Assert.Equal(a.Visual.Stroke?.Color, b.Visual.Stroke?.Color);
            }
            else Assert.Equal(((SvgText)before.Items[i]).Text, ((SvgText)after.Items[i]).Text);
        }
    }

    [Fact]
    public void A_rotated_annotation_keeps_its_angle_and_sits_on_its_box()
    {
        var (plot, scene) = Import(TestCharts.Markers());
        var note = Single(scene, "注释 note");
        Assert.Equal(30, note.Rotation, 0.001);                  // ScottPlot's rotation: clockwise on the page
        Assert.Equal(note.GlyphX!.OrderBy(x => x), note.GlyphX);
        var box = Assert.Single(FilledWith(scene, Colors.Yellow));
        var (l, t, r, b) = box.Visual.Path.Bounds();
        Assert.InRange(note.X, l, r);
        Assert.InRange(note.Y, t, b);
        Assert.True(scene.Items.ToList().IndexOf(box) < scene.Items.ToList().IndexOf(note));
        foreach (var shape in new[] { "FilledSquare", "FilledTriangleUp", "OpenCircle", "Cross", "FilledDiamond" }) Single(scene, shape);
    }

    internal static List<(float X, float Y)> OnCurvePoints(PathData path)
    {
        var list = new List<(float, float)>();
        var p = path.Points;
        int i = 0;
        foreach (var verb in path.Verbs)
        {
            switch (verb)
            {
                case PathVerb.MoveTo or PathVerb.LineTo: list.Add((p[i], p[i + 1])); i += 2; break;
                case PathVerb.CubicTo: list.Add((p[i + 4], p[i + 5])); i += 6; break;
            }
        }
        return list;
    }

    private static double Area(List<(float X, float Y)> polygon)
    {
        double sum = 0;
        for (int i = 0; i < polygon.Count; i++)
        {
            var (x0, y0) = polygon[i];
            var (x1, y1) = polygon[(i + 1) % polygon.Count];
            sum += (double)x0 * y1 - (double)x1 * y0;
        }
        return sum / 2;
    }
}
