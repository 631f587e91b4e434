using System.Globalization;
using Hengnan.Report.Content;
using Hengnan.Report.Units;

namespace Hengnan.Report.Charts;

/// <summary>
/// How a chart prints its figures in one language, all on one scale so that bars and labels agree: the
/// figures as the English text gives them in English (244.83 and 356.01 亿元 are 24.48 and 35.60 on a
/// chart in CNY billion, as the text says "CNY 24.48 billion"), as written in Chinese. The unit is said once,
/// on the chart's unit line; a label carries the number only (a percentage keeps its sign).
/// </summary>
public sealed class ChartNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly string _unit;
    private readonly Language _language;
    private readonly decimal _factor;
    private readonly int _decimals;

    private ChartNumbers(string unit, Language language, decimal factor, int decimals, string unitName, UnitSet units)
    {
        _units = units;
        _unit = unit;
        _language = language;
        _factor = factor;
        _decimals = decimals;
        Unit = unitName;
    }

    private readonly UnitSet _units;

    /// <summary>The unit the figures are printed in, in this language ("亿元", "CNY billion", "%"); empty for bare counts in English.</summary>
    public string Unit { get; }

    /// <summary>The numbers are the Chinese ones converted to another scale (亿元 → CNY billion), so a Chinese and an English reader see different numbers.</summary>
    public bool Converted => _factor != 1;

    /// <summary>The scale for <paramref name="values"/> (in <paramref name="unit"/>, as in the CSV) printed in <paramref name="language"/>.</summary>
    /// <param name="units">The edition's units (units.csv included); the built-in ones when null.</param>
    public static ChartNumbers For(string unit, IReadOnlyCollection<decimal> values, Language language, UnitSet? units = null)
    {
        units ??= UnitCatalog.Builtin;
        decimal largest = values.Count == 0 ? 0 : values.MaxBy(Math.Abs);
        var parts = units.Format(largest, unit, language);
        string name = unit == "%" ? "%" : (parts.Prefix.Trim() + " " + parts.Suffix.Trim()).Trim();
        if (language == Language.Zh)
            return new ChartNumbers(unit, language, 1, 0, unit == "%" ? "%" : parts.Suffix, units);
        // English may convert (1 亿 = 10^8 yuan, printed in billions; 1 斤 = 0.5 kg): the factor is what the
        // largest figure was multiplied by, to two significant digits (356.01 → 35.60 is 0.1, not 0.099997).
        if (largest == 0 || !decimal.TryParse(parts.Number.Replace(",", ""), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Invariant, out var printed))
            return new ChartNumbers(unit, language, 1, 0, name, units);
        decimal factor = Significant(printed / largest, 2);
        int dot = parts.Number.IndexOf('.');
        int decimals = dot < 0 ? 0 : parts.Number.Length - dot - 1;
        return new ChartNumbers(unit, language, factor, decimals, name, units);
    }

    /// <summary>A figure (as in the CSV) on the chart's scale: what its bar's length or its point's height stands for.</summary>
    public double Scaled(decimal value) => (double)(value * _factor);

    /// <summary>A figure's label: 244.83 (zh), 24.48 (en, in CNY billion), 19.9%.</summary>
    public string Text(decimal value)
    {
        string number;
        if (_factor == 1)
            number = _units.Format(value, _unit, _language).Number;
        else
            number = UnitCatalog.Grouped(Math.Round(value * _factor, _decimals, MidpointRounding.AwayFromZero), _decimals);
        return _unit == "%" ? number + "%" : number;
    }

    /// <summary>A tick on the chart's scale (an axis label): grouped in English, plain in Chinese, with <paramref name="decimals"/> decimals.</summary>
    public string Tick(double scaled, int decimals)
    {
        var value = Math.Round((decimal)scaled, decimals, MidpointRounding.AwayFromZero);
        var number = _language == Language.En ? UnitCatalog.Grouped(value, decimals) : value.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), Invariant);
        return _unit == "%" ? number + "%" : number;
    }

    private static decimal Significant(decimal x, int digits)
    {
        if (x == 0) return 0;
        int exponent = (int)Math.Floor(Math.Log10((double)Math.Abs(x)));
        decimal power = 1;
        for (int i = 0; i < Math.Abs(exponent); i++) power *= 10;
        decimal mantissa = exponent >= 0 ? x / power : x * power;
        mantissa = Math.Round(mantissa, digits - 1, MidpointRounding.AwayFromZero);
        return exponent >= 0 ? mantissa * power : mantissa / power;
    }
}
