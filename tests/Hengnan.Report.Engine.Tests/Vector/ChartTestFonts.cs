using ScottPlot;
using SkiaSharp;

namespace Hengnan.Report.Engine.Tests.Vector;

/// <summary>
/// The font the chart tests give ScottPlot: Noto Sans SC from assets/fonts (it covers every label), under one name,
/// through one resolver registered once for the process (ScottPlot's resolver list is process-wide). Immutable after
/// the type initializer, so tests running in parallel share it safely.
/// </summary>
internal static class ChartTestFonts
{
    public const string Name = "HN Test Sans";

    public static SKTypeface Regular { get; }
    public static SKTypeface Bold { get; }

    static ChartTestFonts()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "fonts");
        Regular = SKTypeface.FromFile(Path.Combine(dir, "NotoSansSC_400Regular.ttf")) ?? throw new InvalidOperationException("test font missing");
        Bold = SKTypeface.FromFile(Path.Combine(dir, "NotoSansSC_700Bold.ttf")) ?? throw new InvalidOperationException("test font missing");
        ScottPlot.Fonts.FontResolvers.Insert(0, new Resolver());
    }

    /// <summary>Sets a label style to the test font (not through plot.Font.Set, which changes ScottPlot's process-wide default).</summary>
    public static void Use(LabelStyle style, bool bold = false)
    {
        style.FontName = Name;
        style.Font = null;
        style.Bold = bold;
    }

    /// <summary>The title, every axis label and tick label, and the legend in the test font.</summary>
    public static void Use(Plot plot)
    {
        Use(plot.Axes.Title.Label);
        foreach (var axis in plot.Axes.GetAxes())
        {
            Use(axis.Label);
            Use(axis.TickLabelStyle);
        }
        plot.Legend.FontName = Name;
    }

    /// <summary>The typeface ScottPlot drew a text with, from what the SVG says of it.</summary>
    public static SKTypeface For(Hengnan.Report.Vector.SvgText text) => text.Bold ? Bold : Regular;

    private sealed class Resolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fontName == Name ? (weight >= FontWeight.SemiBold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Name ? (bold ? Bold : Regular) : null;
    }
}
