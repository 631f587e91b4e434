using System.Collections.Concurrent;
using Hengnan.Report.Fonts;
using ScottPlot;
using SkiaSharp;

namespace Hengnan.Report.Charts;

/// <summary>
/// Lets ScottPlot measure chart text with the brochure's own font files, so the labels it places are
/// where our re-set labels go. ScottPlot's resolver list is process-wide; this resolver is registered
/// once and holds no build state: a font name is the font file's path, and typefaces are cached by path
/// (immutable, safe to share between builds running side by side).
/// </summary>
internal sealed class ChartFontResolver : IFontResolver
{
    private const string Prefix = "hengnan:";
    private static readonly ChartFontResolver Instance = new();
    private static readonly Lazy<bool> Registration = new(() =>
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, Instance);
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, SKTypeface?> _typefaces = new();

    private static readonly Lazy<Task> Preparing = new(() => Task.Run(() => Registration.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Starts ScottPlot's process-wide set-up on the thread pool (once per process) and returns at once. ScottPlot's
    /// font class, on first use, asks Skia for the system's default typeface, and Skia's font manager then opens every
    /// font file installed on the machine (on Linux, without fontconfig, all of /usr/share/fonts; 0.1-0.2 s on a
    /// typical desktop). Started as soon as a build knows it has charts, that runs beside the loading and the first
    /// pages' layout instead of before the first chart. A chart that comes sooner waits for it (a lazy value).
    /// </summary>
    public static Task Prepare() => Preparing.Value;

    /// <summary>The name ScottPlot knows <paramref name="face"/> by.</summary>
    public static string NameOf(FontFace face)
    {
        _ = Registration.Value;
        return Prefix + face.Path;
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, false, false);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName.StartsWith(Prefix, StringComparison.Ordinal)
            ? _typefaces.GetOrAdd(fontName[Prefix.Length..], path => SKTypeface.FromFile(path))
            : null;
}
