
namespace Hengnan.Report.Compose;

/// <summary>The edition's colours.</summary>
public sealed record Palette(Color Primary, Color Accent, Color Text, Color Muted, Color Panel)
{
    public static Palette From(IReadOnlyDictionary<string, string> colors) => new(
        Color.Parse(colors["primary"]), Color.Parse(colors["accent"]), Color.Parse(colors["text"]),
        Color.Parse(colors["muted"]), Color.Parse(colors["panel"]));
}
