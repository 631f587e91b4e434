using System.Globalization;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Units;

/// <summary>
/// Turns a figure binding into text in one language, from the edition's indicators. Derived values
/// round half away from zero: percent change, CAGR and share to one decimal, multiples to one decimal,
/// unless the binding asks for other decimals (<c>:cagr.2</c>); trailing zeros are dropped only for the
/// default rounding (440%, not 440.0%).
/// </summary>
public static class FigureFormatter
{
    public static string Format(FigureBinding binding, IndicatorTable table, Language language)
    {
        if (binding.Stated is { } stated) return stated;
        return Compute(binding, table, language);
    }

    private static readonly string[] OrdinalWords = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    /// <summary>
    /// A figure in running text: as <see cref="Format"/>, except that in English a rank from first to ninth is a word
    /// ("the county ranked second"), as a copy editor sets it in prose; cards, tables and charts keep the figure ("2nd").
    /// </summary>
    public static string InProse(FigureBinding binding, IndicatorTable table, Language language)
    {
        if (language == Language.En && binding.Stated is null && binding.Format == FigureFormat.Value
            && table.Find(binding.IndicatorId, binding.Year) is { Value: >= 1 and <= 9 } figure && figure.Value == decimal.Truncate(figure.Value)
            && table.Units.Find(figure.Unit)?.Style == UnitStyle.Rank)
            return OrdinalWords[(int)figure.Value];
        return Format(binding, table, language);
    }

    /// <summary>The figure as the data gives it (ignoring any typed statement).</summary>
    /// <exception cref="FigureException">The data cannot give this figure (a change from zero, a result too large to print).</exception>
    public static string Compute(FigureBinding binding, IndicatorTable table, Language language)
    {
        try
        {
            return ComputeUnchecked(binding, table, language);
        }
        catch (ArithmeticException)
        {
            throw new FigureException(Msg.Of("REF005.large", binding.IndicatorId, Msg.Of(Describe(binding.Format))));
        }
    }

    /// <summary>The catalogue's name for what a format gives ("growth rate" / "年均增长率").</summary>
    private static string Describe(FigureFormat format) => format switch
    {
        FigureFormat.ChangePercent => "REF005.kind.percent",
        FigureFormat.Change => "REF005.kind.change",
        FigureFormat.Times => "REF005.kind.times",
        FigureFormat.Cagr => "REF005.kind.cagr",
        FigureFormat.Share => "REF005.kind.share",
        _ => "REF005.kind.value",
    };

    private static string ComputeUnchecked(FigureBinding binding, IndicatorTable table, Language language)
    {
        var to = table.Get(binding.IndicatorId, binding.Year);
        int? decimals = binding.Decimals;
        switch (binding.Format)
        {
            case FigureFormat.Value:
                return table.Units.Format(Round(to.Value, decimals), to.Unit, language).ToString();
            case FigureFormat.Number:
                return table.Units.Format(Round(to.Value, decimals), to.Unit, language).Number;
            case FigureFormat.Share:
                decimal total = binding.ShareOf.Sum(id => table.Get(id, binding.Year).Value);
                if (total == 0) throw new FigureException(Msg.Of("REF005.share", binding.IndicatorId, binding.Year));
                return Percent(to.Value / total * 100m, decimals);
        }
        var from = table.Get(binding.IndicatorId, binding.FromYear ?? throw new FigureException(Msg.Of("REF005.years", binding.IndicatorId)));
        if (from.Value == 0 && binding.Format is FigureFormat.ChangePercent or FigureFormat.Times or FigureFormat.Cagr)
            throw new FigureException(Msg.Of("REF005.zero", binding.IndicatorId, from.Year));
        if (binding.Format == FigureFormat.Cagr && to.Value / from.Value < 0)
            throw new FigureException(Msg.Of("REF005.sign", binding.IndicatorId, from.Year, to.Year));
        switch (binding.Format)
        {
            case FigureFormat.ChangePercent:
                return Percent((to.Value - from.Value) / from.Value * 100m, decimals);
            case FigureFormat.Change:
                // The change of a percentage is in percentage points (45.6% − 40.4% = 5.2个百分点), not in percent.
                if (to.Unit == "%")
                {
                    var points = Fixed(to.Value - from.Value, decimals ?? 1, decimals is null);
                    return language == Language.Zh ? points + "个百分点" : points + (points is "1" or "-1" ? " percentage point" : " percentage points");
                }
                return table.Units.Format(Round(to.Value - from.Value, decimals), to.Unit, language).ToString();
            case FigureFormat.Times:
                var t = Fixed(to.Value / from.Value, decimals ?? 1, decimals is null);
                return language == Language.Zh ? t + "倍" : t + " times";
            case FigureFormat.Cagr:
                int years = binding.Year - from.Year;
                if (years <= 0) throw new FigureException(Msg.Of("REF005.later", binding.IndicatorId, from.Year, to.Year));
                double rate = (Math.Pow((double)(to.Value / from.Value), 1.0 / years) - 1) * 100;
                if (!double.IsFinite(rate)) throw new OverflowException();
                return Percent((decimal)rate, decimals);
            default:
                throw new InvalidOperationException($"Unknown figure format {binding.Format}.");
        }
    }

    private static string Percent(decimal value, int? decimals) => Fixed(value, decimals ?? 1, decimals is null) + "%";

    private static decimal Round(decimal value, int? decimals) =>
        decimals is { } d ? Math.Round(value, d, MidpointRounding.AwayFromZero) : value;

    private static string Fixed(decimal value, int decimals, bool trimZeros)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var format = decimals == 0 ? "0" : trimZeros ? "0." + new string('#', decimals) : "0." + new string('0', decimals);
        return rounded.ToString(format, CultureInfo.InvariantCulture);
    }
}
