using System.Globalization;
using System.Text;

namespace Hengnan.Report.Units;

/// <summary>
/// Reads a number as office staff type it in Excel: full-width digits (１２３), thousands
/// separators and a trailing % are read where unambiguous and reported; anything else is an error.
/// </summary>
public static class NumberText
{
    /// <param name="Code">The diagnostic code of <paramref name="Error"/> when it is not CSV007 (not a number): CSV014 out of range, CSV015 not whole.</param>
    public readonly record struct Result(decimal Value, string? Error, string? Hint, string? Warning, string? Code = null);

    private static string Limit => Edition.EditionLimits.LargestValue.ToString("#,##0", CultureInfo.InvariantCulture);

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

    public static Result Parse(string text, string unit)
    {
        if (text.Length == 0) return new Result(0, "the value is empty", "type the number, e.g. 356.01", null);
        var normalized = Normalize(text);
        var warnings = new List<string>();
        if (normalized != text.Trim()) warnings.Add($"full-width characters in '{text}' were read as '{normalized}'");
        if (normalized.EndsWith('%'))
        {
            if (unit != "%")
                return new Result(0, $"the value '{text}' ends in % but the unit is '{unit}'", "put % in the unit column, not in the value", null);
            normalized = normalized[..^1].TrimEnd();
            warnings.Add("the % sign in the value was ignored (the unit column already says %)");
        }
        if (normalized.Contains(','))
        {
            // 1,234 or 1,234.5: a thousands separator only if every group after the first has three digits.
            var intPart = normalized.Split('.')[0];
            var groups = intPart.TrimStart('-').Split(',');
            bool thousands = groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit));
            if (!thousands)
                return new Result(0, $"'{text}' is not a number", "a comma here is ambiguous; write the number without separators, e.g. 28987", null);
            normalized = normalized.Replace(",", "");
            warnings.Add($"thousands separators in '{text}' were removed");
        }
        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            // Digits that decimal cannot hold: too many of them, not a typo in their shape.
            bool digits = normalized.TrimStart('-', '+').Replace(".", "").All(char.IsAsciiDigit) && normalized.Count(c => c == '.') <= 1 && normalized.Any(char.IsAsciiDigit);
            return digits
                ? new Result(0, $"'{text}' is too large: a value may be at most {Limit} in its unit", "check the number, or use a larger unit (亿元 instead of 元)", null, "CSV014")
                : new Result(0, $"'{text}' is not a number", "use digits and a decimal point, e.g. 244.83", null);
        }
        if (UnitCatalog.RangeError(value, unit, text) is { } range) return range;
        return new Result(value, null, null, warnings.Count > 0 ? string.Join("; ", warnings) : null);
    }
}
