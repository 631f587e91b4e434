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
