using SkiaSharp;

namespace Hengnan.Report.Compose;

/// <summary>The edition's colours.</summary>
public sealed record Palette(SKColor Primary, SKColor Accent, SKColor Text, SKColor Muted, SKColor Panel)
{
    public static Palette From(IReadOnlyDictionary<string, string> colors) => new(
        SKColor.Parse(colors["primary"]), SKColor.Parse(colors["accent"]), SKColor.Parse(colors["text"]),
        SKColor.Parse(colors["muted"]), SKColor.Parse(colors["panel"]));
}
