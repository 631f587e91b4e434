using System.Globalization;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Units;

/// <summary>How English prints a value in a unit.</summary>
public enum UnitStyle
{
    /// <summary>A number, then the unit's English words if it has any (33,000 households; 1.2 million mu; 27).</summary>
    Words,
    /// <summary>Money in yuan: CNY 28,987; CNY 1.83 billion.</summary>
    Money,
    /// <summary>A percentage: 94.7%.</summary>
    Percent,
    /// <summary>A place in a ranking: 2nd (第2名 in Chinese).</summary>
    Rank,
}

/// <summary>
/// One unit the indicators table may use, as written in Chinese, and what English makes of a value in it:
/// the value times <see cref="Factor"/>, printed in <see cref="Style"/> with <see cref="Singular"/> or
/// <see cref="Plural"/> after it (12.5万吨 → 125,000 tonnes: factor 10,000, "tonne"/"tonnes").
/// </summary>
/// <param name="Whole">A count that is always whole (户, 人, 个): a fraction is an error (CSV015).</param>
/// <param name="Name">The unit's English name as the figures are counted in it, when the general rule
/// (<see cref="UnitSet.EnglishName"/>) would not say it well (斤/亩 → "jin per mu (1 jin = 0.5 kg)").</param>
public sealed record UnitDefinition(string Zh, UnitStyle Style, string Singular, string Plural, decimal Factor, bool Whole = false, string? Name = null)
{
    /// <summary>A unit whose English is another unit's times a factor (万吨 = 10,000 × 吨).</summary>
    public static UnitDefinition Times(string zh, decimal factor, UnitDefinition unit) =>
        new(zh, unit.Style, unit.Singular, unit.Plural, factor * unit.Factor);
}

/// <summary>
/// The units an edition's figures may be in: the built-in ones (<see cref="UnitCatalog.Builtin"/>) and those
/// the edition's units.csv adds or redefines. Chinese keeps the unit as written (356.01亿元, 3.3万户);
/// English converts the myriad units (1 亿 = 10^8, 1 万 = 10^4) and spells the unit out, singular or plural.
/// </summary>
public sealed class UnitSet
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly Dictionary<string, UnitDefinition> _units;

    public UnitSet(IEnumerable<UnitDefinition> units)
    {
        _units = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal);
        foreach (var u in units) _units[u.Zh] = u;
    }

    /// <summary>These units with <paramref name="added"/> added, or in place of those of the same name.</summary>
    public UnitSet With(IEnumerable<UnitDefinition> added) => new(_units.Values.Concat(added));

    public IEnumerable<string> KnownUnits => _units.Keys;

    public bool IsKnown(string unit) => _units.ContainsKey(unit);

    public UnitDefinition? Find(string unit) => _units.GetValueOrDefault(unit);

    /// <summary>Formats a value in <paramref name="unit"/> for one language.</summary>
    public FigureParts Format(decimal value, string unit, Language language)
    {
        var u = _units[unit];
        if (language == Language.Zh)
            // A rank reads 第2名; every other unit follows the number as written.
            return u.Style == UnitStyle.Rank ? new FigureParts("第", value.ToString(Invariant), u.Zh) : new FigureParts("", value.ToString(Invariant), u.Zh);
        int scale = UnitCatalog.Scale(value);
        switch (u.Style)
        {
            case UnitStyle.Money:
                // Yuan keep the decimals they were written with (CNY 28,987); 万元 and 亿元 read in millions and billions.
                return u.Factor == 1 ? new("CNY ", UnitCatalog.Grouped(value, scale), "") : UnitCatalog.Money(value * u.Factor);
            case UnitStyle.Percent:
                return new("", UnitCatalog.Grouped(value, scale), "%");
            case UnitStyle.Rank:
                return new("", UnitCatalog.Ordinal(value), "");
        }
        // A value in a unit of its own keeps its decimals (18.30); a converted one drops the zeros the factor adds (3.3万 → 33,000).
        var x = u.Factor == 1 ? value : UnitCatalog.Trim(value * u.Factor);
        var words = u.Plural.Length == 0 ? "" : " " + (x == 1 ? u.Singular : u.Plural);
        return UnitCatalog.Large(x, words);
    }

    /// <summary>
    /// The English name of a Chinese unit as the figures are counted in it, without conversion (a chart that
    /// shows 244.83 in 亿元 says "CNY 100 million" in English); empty for bare counts (家, 个).
    /// </summary>
    public string EnglishName(string unit)
    {
        if (Find(unit) is not { } u) return "";
        if (u.Name is { } name) return name;
        var factor = u.Factor == 1 ? "" : UnitCatalog.Large(UnitCatalog.Trim(u.Factor), "").ToString();
        return u.Style switch
        {
            UnitStyle.Money => factor.Length == 0 ? "CNY" : "CNY " + factor,
            UnitStyle.Percent => "%",
            UnitStyle.Rank => "rank",
            _ => (factor + " " + u.Plural).Trim(),
        };
    }

    /// <summary>
    /// Why a value read for <paramref name="unit"/> cannot be used, or null: every value is at most
    /// <see cref="EditionLimits.LargestValue"/> with at most <see cref="EditionLimits.MostDecimals"/>
    /// decimals (so no figure derived from it overflows); a percentage lies between -100 and 1000; a count of
    /// households, people, firms or things is whole; a rank (名) is a whole number from 1.
    /// </summary>
    public NumberText.Result? RangeError(decimal value, string unit, string text)
    {
        if (Math.Abs(value) > EditionLimits.LargestValue) return UnitCatalog.TooLarge(text);
        if (UnitCatalog.Scale(value) > EditionLimits.MostDecimals)
            return NumberText.Result.Failed(Msg.Of("CSV014.decimals", text, EditionLimits.MostDecimals), "CSV014");
        var u = Find(unit);
        if (u?.Style == UnitStyle.Percent && (value < EditionLimits.LowestPercent || value > EditionLimits.HighestPercent))
            return NumberText.Result.Failed(Msg.Of("CSV014.percent", text, EditionLimits.LowestPercent, EditionLimits.HighestPercent), "CSV014");
        if (u?.Style == UnitStyle.Rank && (value < 1 || value != decimal.Truncate(value)))
            return NumberText.Result.Failed(Msg.Of("CSV015.rank", text), "CSV015");
        // A fraction of households or people is counted in 万户 / 万人; things without such a unit are only counted whole.
        if (u is { Whole: true } && value != decimal.Truncate(value))
            return NumberText.Result.Failed(IsKnown("万" + unit) ? Msg.Of("CSV015.myriad", text, unit, "万" + unit) : Msg.Of("CSV015", text, unit), "CSV015");
        return null;
    }
}

/// <summary>
/// The built-in units and the number formatting they share. A unit's English reads as a government
/// brochure in English writes it: money in CNY with millions and billions (CNY 35.60 billion); metric
/// measures in tonnes, km, square kilometres, hectares, kWh and MW; land in mu (the unit Chinese
/// agriculture reports in; 1 mu ≈ 667 m²); the myriad units multiplied out (12.5万吨 → 125,000 tonnes),
/// and a round million or billion said in words (120万亩 → 1.2 million mu); counts of things (个, 家, 张,
/// 辆, 所, 座, 套) as bare numbers, so that the English label names what is counted.
/// </summary>
public static class UnitCatalog
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static UnitDefinition Count(string zh) => new(zh, UnitStyle.Words, "", "", 1, Whole: true);
    private static UnitDefinition Measure(string zh, string singular, string plural, decimal factor = 1, bool whole = false, string? name = null) =>
        new(zh, UnitStyle.Words, singular, plural, factor, whole, name);

    /// <summary>A unit with its myriad multiples: 吨, 万吨 (10^4 吨); 千瓦时, 万千瓦时, 亿千瓦时 (10^8).</summary>
    private static IEnumerable<UnitDefinition> WithMultiples(UnitDefinition one, params string[] prefixes) =>
        [one, .. prefixes.Select(p => UnitDefinition.Times(p + one.Zh, p == "亿" ? 100_000_000m : 10_000m, one))];

    private static IEnumerable<UnitDefinition> BuiltinUnits() =>
    [
        .. WithMultiples(new UnitDefinition("元", UnitStyle.Money, "", "", 1), "万", "亿"),
        new UnitDefinition("%", UnitStyle.Percent, "", "", 1),
        new UnitDefinition("名", UnitStyle.Rank, "", "", 1),
        .. new[] { "个", "家", "张", "辆", "所", "座", "套" }.Select(Count),
        // Households and people are counted whole; their myriad units hold the fractions (3.3万户 = 33,000 households).
        .. WithMultiples(Measure("户", "household", "households", whole: true), "万"),
        .. WithMultiples(Measure("人", "person", "people", whole: true), "万"),
        .. WithMultiples(Measure("人次", "visit", "visits", whole: true), "万"),
        .. WithMultiples(Measure("吨", "tonne", "tonnes"), "万"),
        .. WithMultiples(Measure("亩", "mu", "mu"), "万"),
        Measure("公顷", "hectare", "hectares"),
        Measure("公里", "km", "km"),
        Measure("平方公里", "square kilometre", "square kilometres"),
        .. WithMultiples(Measure("平方米", "square metre", "square metres"), "万"),
        .. WithMultiples(Measure("千瓦时", "kWh", "kWh"), "万", "亿"),
        Measure("千瓦", "kW", "kW"),
        // Generating capacity reads in megawatts in English: 120万千瓦 = 1,200 MW (not "1.2 million kW").
        Measure("万千瓦", "MW", "MW", 10m),
        // 1 斤 = 0.5 kg.
        Measure("斤/亩", "kg per mu", "kg per mu", 0.5m, name: "jin per mu (1 jin = 0.5 kg)"),
    ];

    /// <summary>The units every edition may use without a units.csv.</summary>
    public static UnitSet Builtin { get; } = new(BuiltinUnits());

    public static IEnumerable<string> KnownUnits => Builtin.KnownUnits;

    /// <inheritdoc cref="UnitSet.EnglishName"/>
    public static string EnglishName(string unit) => Builtin.EnglishName(unit);

    public static bool IsKnown(string unit) => Builtin.IsKnown(unit);

    /// <inheritdoc cref="UnitSet.RangeError"/>
    public static NumberText.Result? RangeError(decimal value, string unit, string text) => Builtin.RangeError(value, unit, text);

    /// <summary>A value larger than any unit may hold (<see cref="EditionLimits.LargestValue"/>).</summary>
    internal static NumberText.Result TooLarge(string text) =>
        NumberText.Result.Failed(Msg.Of("CSV014", text, EditionLimits.LargestValue.ToString("#,##0", Invariant)), "CSV014");

    /// <summary>Formats a value in a built-in <paramref name="unit"/> for one language.</summary>
    public static FigureParts Format(decimal value, string unit, Language language) => Builtin.Format(value, unit, language);

    /// <summary>Number of decimals the value was written with (18.30 keeps two).</summary>
    internal static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>The value without trailing zeros after the point (33000.0 → 33000).</summary>
    internal static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    internal static string Grouped(decimal value, int decimals) =>
        value.ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : ""), Invariant);

    /// <summary>
    /// A number as English prose writes it: with thousands separators (125,000), or in millions or billions when
    /// that says it exactly in at most two decimals (1.2 million, 3.56 billion); <paramref name="words"/> follow.
    /// </summary>
    internal static FigureParts Large(decimal value, string words)
    {
        foreach (var (size, name) in new[] { (1_000_000_000m, " billion"), (1_000_000m, " million") })
        {
            if (Math.Abs(value) < size) continue;
            var scaled = Trim(value / size);
            if (Scale(scaled) <= 2) return new("", scaled.ToString(Invariant), name + words);
        }
        return new("", Grouped(value, Scale(value)), words);
    }

    /// <summary>Money in yuan, in the English press convention: CNY 28,987; CNY 1.83 billion; CNY 35.60 billion.</summary>
    internal static FigureParts Money(decimal yuan)
    {
        if (Math.Abs(yuan) >= 1_000_000_000m)
            return new("CNY ", Grouped(Math.Round(yuan / 1_000_000_000m, 2, MidpointRounding.AwayFromZero), 2), " billion");
        if (Math.Abs(yuan) >= 1_000_000m)
            return new("CNY ", Grouped(Math.Round(yuan / 1_000_000m, 2, MidpointRounding.AwayFromZero), 2), " million");
        return new("CNY ", Grouped(Math.Round(yuan, 0, MidpointRounding.AwayFromZero), 0), "");
    }

    internal static string Ordinal(decimal value)
    {
        var n = (long)value;
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(Invariant) + suffix;
    }
}
