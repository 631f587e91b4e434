using Hengnan.Report.Vector;
using Xunit.Abstractions;

namespace Hengnan.Report.Engine.Tests.Vector;

/// <summary>
/// The imported shapes, drawn by a plain rasteriser, against ScottPlot's own raster of the same chart. ScottPlot draws
/// axis frames, ticks and grid lines without antialiasing, which an SVG cannot say (and a PDF viewer antialiases
/// anyway), so the reference is drawn with antialiasing on; the SVG is the same either way but for a 0.1 px nudge of
/// the top frame line (tested in <see cref="ScottPlotImportTests"/>).
/// </summary>
[Collection("ScottPlot")]
public sealed class FaithfulnessTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("bars")]
    [InlineData("hbars")]
    [InlineData("donut")]
    [InlineData("lines")]
    [InlineData("pie")]
    [InlineData("markers")]
    public void Imported_shapes_draw_like_the_chart(string chart)
    {
        const int w = TestCharts.Width, h = TestCharts.Height;
        var plot = TestCharts.ByName(chart);
        plot.Axes.AntiAlias(true);
        var scene = SvgScene.Parse(plot.GetSvgXml(w, h));
        using var reference = SvgRaster.RenderPlot(plot, w, h);
        using var shapes = SvgRaster.Render(scene, w, h);
        using var texts = SvgRaster.Render(scene, w, h, shapes: false, texts: true);
        using var everything = SvgRaster.Render(scene, w, h, texts: true);

        // shapes only, the texts' pixels (from the imported positions, grown by 2 px) left out
        double withoutText = SvgRaster.DifferingShare(reference, shapes, texts);
        // the texts too, set again in the same font at the imported positions
        double withText = SvgRaster.DifferingShare(reference, everything);
        output.WriteLine($"{chart}: {withoutText:P3} of pixels differ ignoring text, {withText:P3} with the texts re-set");
        if (withoutText >= 0.02 || withText >= 0.02 || Environment.GetEnvironmentVariable("SVG_FAITHFULNESS_PNG") is not null)
        {
            var dir = Path.Combine(Path.GetTempPath(), "svg-faithfulness");
            Directory.CreateDirectory(dir);
            SvgRaster.Save(reference, Path.Combine(dir, chart + "-scottplot.png"));
            SvgRaster.Save(everything, Path.Combine(dir, chart + "-imported.png"));
        }
        Assert.True(withoutText < 0.02, $"{withoutText:P3} of pixels differ (ignoring text)");
        Assert.True(withText < 0.02, $"{withText:P3} of pixels differ (texts re-set)");
    }

    [Fact]
    public void The_comparison_sees_a_missing_shape()
    {
        // guard for the guard: drop the bars and the same comparison fails
        var plot = TestCharts.Bars();
        plot.Axes.AntiAlias(true);
        var svg = plot.GetSvgXml(TestCharts.Width, TestCharts.Height);
        var scene = SvgScene.Parse(svg);
        var withoutBars = SvgScene.Parse(svg.Replace("<rect fill=\"#C81E28\"", "<rect fill=\"none\"", StringComparison.Ordinal));
        using var reference = SvgRaster.RenderPlot(plot, TestCharts.Width, TestCharts.Height);
        using var texts = SvgRaster.Render(scene, TestCharts.Width, TestCharts.Height, shapes: false, texts: true);
        using var broken = SvgRaster.Render(withoutBars, TestCharts.Width, TestCharts.Height);
        Assert.True(SvgRaster.DifferingShare(reference, broken, texts) > 0.02);
    }
}
