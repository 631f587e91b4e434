using System.Globalization;
using Hengnan.Report.Content;

namespace Hengnan.Report.Units;

/// <summary>Turns a figure binding into text in one language, from the edition's indicators.</summary>
public static class FigureFormatter
{
    public static string Format(FigureBinding binding, IndicatorTable table, Language language)
    {
        var to = table.Get(binding.IndicatorId, binding.Year);
        switch (binding.Format)
        {
            case FigureFormat.Value:
                return UnitCatalog.Format(to.Value, to.Unit, language).ToString();
            case FigureFormat.Number:
                return UnitCatalog.Format(to.Value, to.Unit, language).Number;
        }
        var from = table.Get(binding.IndicatorId, binding.FromYear ?? throw new InvalidOperationException("A change needs two years."));
        switch (binding.Format)
        {
            case FigureFormat.ChangePercent:
                return Percent(PercentChange(from.Value, to.Value));
            case FigureFormat.Change:
                return UnitCatalog.Format(to.Value - from.Value, to.Unit, language).ToString();
            case FigureFormat.Times:
                var times = Math.Round(to.Value / from.Value, 1, MidpointRounding.AwayFromZero);
                var t = times.ToString("0.#", CultureInfo.InvariantCulture);
                return language == Language.Zh ? t + "倍" : t + " times";
            default:
                throw new InvalidOperationException($"Unknown figure format {binding.Format}.");
        }
    }

    /// <summary>Percent change, rounded to one decimal (a whole number prints without decimals).</summary>
    public static decimal PercentChange(decimal from, decimal to) =>
        Math.Round((to - from) / from * 100m, 1, MidpointRounding.AwayFromZero);

    public static string Percent(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
