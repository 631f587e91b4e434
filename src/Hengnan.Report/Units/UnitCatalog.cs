using System.Globalization;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Units;

/// <summary>
/// The units the CSV may use, written as in Chinese, and how each language prints a value in them.
/// Chinese keeps the unit as written (356.01亿元, 3.3万户); English converts the Chinese myriad
/// units (1 亿 = 10^8, 1 万 = 10^4) and spells out the unit with correct singular/plural.
/// </summary>
public static class UnitCatalog
{
    private sealed record UnitRule(string Zh, Func<decimal, int, FigureParts> English);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, UnitRule> Rules = new()
    {
        ["亿元"] = new("亿元", (v, _) => Money(v * 100_000_000m)),
        ["万元"] = new("万元", (v, _) => Money(v * 10_000m)),
        ["元"] = new("元", (v, scale) => new("CNY ", Grouped(v, scale), "")),
        ["%"] = new("%", (v, scale) => new("", Grouped(v, scale), "%")),
        ["家"] = new("家", (v, scale) => new("", Grouped(v, scale), "")),
        ["个"] = new("个", (v, scale) => new("", Grouped(v, scale), "")),
        ["户"] = new("户", (v, scale) => Counted(v, scale, "household", "households")),
        ["万户"] = new("万户", (v, _) => Counted(v * 10_000m, 0, "household", "households")),
        ["人"] = new("人", (v, scale) => Counted(v, scale, "person", "people")),
        ["万人"] = new("万人", (v, _) => Counted(v * 10_000m, 0, "person", "people")),
        // 1 斤 = 0.5 kg; 亩 stays as "mu", the unit Chinese agriculture reports in (1 mu ≈ 667 m²).
        ["斤/亩"] = new("斤/亩", (v, _) => new("", Grouped(v / 2m, Scale(v / 2m)), " kg per mu")),
        ["名"] = new("名", (v, _) => new("", Ordinal(v), "")),
    };

    public static IEnumerable<string> KnownUnits => Rules.Keys;

    /// <summary>
    /// The English name of a Chinese unit as the figures are counted in it, without conversion (a chart
    /// that shows 244.83 in 亿元 says "CNY 100 million" in English); empty for bare counts (家, 个).
    /// </summary>
    public static string EnglishName(string unit) => unit switch
    {
        "亿元" => "CNY 100 million",
        "万元" => "CNY 10,000",
        "元" => "CNY",
        "%" => "%",
        "户" => "households",
        "万户" => "10,000 households",
        "人" => "people",
        "万人" => "10,000 people",
        "斤/亩" => "jin per mu (1 jin = 0.5 kg)",
        "名" => "rank",
        _ => "",
    };

    public static bool IsKnown(string unit) => Rules.ContainsKey(unit);

    private static readonly HashSet<string> Counts = ["家", "个", "户", "人"];

    /// <summary>
    /// Why a value read for <paramref name="unit"/> cannot be used, or null: every value is at most
    /// <see cref="EditionLimits.LargestValue"/> with at most <see cref="EditionLimits.MostDecimals"/>
    /// decimals (so no figure derived from it overflows); a percentage lies between -100 and 1000; a count of
    /// households, people, firms or things is whole; a rank (名) is a whole number from 1.
    /// </summary>
    public static NumberText.Result? RangeError(decimal value, string unit, string text)
    {
        if (Math.Abs(value) > EditionLimits.LargestValue) return TooLarge(text);
        if (Scale(value) > EditionLimits.MostDecimals)
            return NumberText.Result.Failed(Msg.Of("CSV014.decimals", text, EditionLimits.MostDecimals), "CSV014");
        if (unit == "%" && (value < EditionLimits.LowestPercent || value > EditionLimits.HighestPercent))
            return NumberText.Result.Failed(Msg.Of("CSV014.percent", text, EditionLimits.LowestPercent, EditionLimits.HighestPercent), "CSV014");
        if (unit == "名" && (value < 1 || value != decimal.Truncate(value)))
            return NumberText.Result.Failed(Msg.Of("CSV015.rank", text), "CSV015");
        // A fraction of households or people is counted in 万户 / 万人; firms and things have no such unit.
        if (Counts.Contains(unit) && value != decimal.Truncate(value))
            return NumberText.Result.Failed(unit is "户" or "人" ? Msg.Of("CSV015.myriad", text, unit, "万" + unit) : Msg.Of("CSV015", text, unit), "CSV015");
        return null;
    }

    /// <summary>A value larger than any unit may hold (<see cref="EditionLimits.LargestValue"/>).</summary>
    internal static NumberText.Result TooLarge(string text) =>
        NumberText.Result.Failed(Msg.Of("CSV014", text, EditionLimits.LargestValue.ToString("#,##0", Invariant)), "CSV014");

    /// <summary>Formats a value in <paramref name="unit"/> for one language.</summary>
    public static FigureParts Format(decimal value, string unit, Language language)
    {
        var rule = Rules[unit];
        int scale = Scale(value);
        if (language == Language.Zh)
            // A rank reads 第2名; every other unit follows the number as written.
            return unit == "名" ? new FigureParts("第", value.ToString(Invariant), "名") : new FigureParts("", value.ToString(Invariant), rule.Zh);
        return rule.English(value, scale);
    }

    /// <summary>Number of decimals the value was written with (18.30 keeps two).</summary>
    internal static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    internal static string Grouped(decimal value, int decimals) =>
        value.ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : ""), Invariant);

    /// <summary>Money in yuan, in the English press convention: CNY 28,987; CNY 1.83 billion; CNY 35.60 billion.</summary>
    private static FigureParts Money(decimal yuan)
    {
        if (Math.Abs(yuan) >= 1_000_000_000m)
            return new("CNY ", Grouped(Math.Round(yuan / 1_000_000_000m, 2, MidpointRounding.AwayFromZero), 2), " billion");
        if (Math.Abs(yuan) >= 1_000_000m)
            return new("CNY ", Grouped(Math.Round(yuan / 1_000_000m, 2, MidpointRounding.AwayFromZero), 2), " million");
        return new("CNY ", Grouped(Math.Round(yuan, 0, MidpointRounding.AwayFromZero), 0), "");
    }

    private static FigureParts Counted(decimal value, int decimals, string singular, string plural) =>
        new("", Grouped(value, decimals), value == 1m ? " " + singular : " " + plural);

    private static string Ordinal(decimal value)
    {
        var n = (long)value;
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(Invariant) + suffix;
    }
}
