using Hengnan.Report.Fonts;
using ScottPlot;
using SkiaSharp;

namespace Hengnan.Report.Charts;

/// <summary>
/// Gives ScottPlot the brochure's own subset typefaces, so chart text is set in the same embedded
/// fonts as the page text (no system font fallback). Registered once; each build names its faces
/// uniquely so ScottPlot's typeface cache never hands out a face from an earlier build.
/// </summary>
internal sealed class ChartFontResolver : IFontResolver
{
    private static readonly ChartFontResolver Instance = new();
    private static readonly object Gate = new();
    private static bool _registered;
    private readonly Dictionary<string, FontFace> _faces = new();

    public static string Register(FontFace face, int build)
    {
        lock (Gate)
        {
            if (!_registered)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, Instance);
                _registered = true;
            }
            var name = $"HN-{face.Name}-{build}";
            Instance._faces[name] = face;
            return name;
        }
    }

    /// <summary>Forgets a build's face once the build is done (watch mode builds many times in one process).</summary>
    public static void Unregister(string name)
    {
        lock (Gate) Instance._faces.Remove(name);
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, false, false);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
    {
        lock (Gate)
            return _faces.TryGetValue(fontName, out var face) && face.IsSealed ? face.Typeface : null;
    }
}
