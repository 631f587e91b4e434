using System.Globalization;
using System.Text;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Units;

/// <summary>
/// Reads a number as office staff type it in Excel: full-width digits (１２３), thousands
/// separators and a trailing % are read where unambiguous and reported; anything else is an error.
/// </summary>
public static class NumberText
{
    /// <summary>A value read from its text, or why it cannot be.</summary>
    /// <param name="Error">Why the text is no value (its hint is the catalogue's, under the key + ".hint").</param>
    /// <param name="Warnings">What was read otherwise than typed (full-width digits, thousands separators, a % sign): each a CSV008 warning.</param>
    /// <param name="Code">The diagnostic code of <paramref name="Error"/> when it is not CSV007 (not a number): CSV014 out of range, CSV015 not whole.</param>
    public readonly record struct Result(decimal Value, Msg? Error, IReadOnlyList<Msg> Warnings, string? Code = null)
    {
        public static Result Failed(Msg error, string? code = null) => new(0, error, [], code);
    }

    /// <summary>Full-width digits, point and percent sign to ASCII.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c >= '０' && c <= '９') sb.Append((char)('0' + (c - '０')));
            else if (c == '．') sb.Append('.');
            else if (c == '％') sb.Append('%');
            else if (c == '，') sb.Append(',');
            else if (c == '－') sb.Append('-');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A value typed in <paramref name="unit"/> (one of <paramref name="units"/>, the built-in ones when null).</summary>
    public static Result Parse(string text, string unit, UnitSet? units = null)
    {
        if (text.Length == 0) return Result.Failed(Msg.Of("CSV007.empty"));
        var normalized = Normalize(text);
        var warnings = new List<Msg>();
        if (normalized != text.Trim()) warnings.Add(Msg.Of("CSV008.fullwidth", text, normalized));
        if (normalized.EndsWith('%'))
        {
            if (unit != "%") return Result.Failed(Msg.Of("CSV007.percent", text, unit));
            normalized = normalized[..^1].TrimEnd();
            warnings.Add(Msg.Of("CSV008.percent"));
        }
        if (normalized.Contains(','))
        {
            // 1,234 or 1,234.5: a thousands separator only if every group after the first has three digits.
            var intPart = normalized.Split('.')[0];
            var groups = intPart.TrimStart('-').Split(',');
            bool thousands = groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit));
            if (!thousands) return Result.Failed(Msg.Of("CSV007.comma", text));
            normalized = normalized.Replace(",", "");
            warnings.Add(Msg.Of("CSV008.thousands", text));
        }
        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            // Digits that decimal cannot hold: too many of them, not a typo in their shape.
            bool digits = normalized.TrimStart('-', '+').Replace(".", "").All(char.IsAsciiDigit) && normalized.Count(c => c == '.') <= 1 && normalized.Any(char.IsAsciiDigit);
            return digits ? UnitCatalog.TooLarge(text) : Result.Failed(Msg.Of("CSV007", text));
        }
        if ((units ?? UnitCatalog.Builtin).RangeError(value, unit, text) is { } range) return range;
        return new Result(value, null, warnings);
    }
}
