using Hengnan.Report.Edition;

namespace Hengnan.Report.Compose;

/// <summary>The edition's colours, in the terms it gives them (CMYK, spot or RGB); <see cref="Paper"/> is no ink.</summary>
public sealed record Palette(Color Primary, Color Accent, Color Text, Color Muted, Color Panel)
{
    public static Palette From(IReadOnlyDictionary<string, string> colors)
    {
        static Color Parse(string s) => EditionColor.TryParse(s, out var c) ? c : throw new FormatException($"'{s}' is not a colour");
        return new(Parse(colors["primary"]), Parse(colors["accent"]), Parse(colors["text"]), Parse(colors["muted"]), Parse(colors["panel"]));
    }

    /// <summary>White: no ink when the palette is in print colours.</summary>
    public Color Paper => Primary.Paper;
}
