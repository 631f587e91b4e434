using System.Globalization;
using System.Text.RegularExpressions;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>
/// Finds figures typed into the narrative that the CSV already holds: next year they would go stale
/// when the CSV changes. Reported as warnings with the binding to use instead. Years and small
/// counts are left alone (a figure needs a decimal point or three significant digits).
/// </summary>
public static partial class FigureCheck
{
    [GeneratedRegex(@"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")]
    private static partial Regex Number();

    private static bool IsPhrase(string before, string after)
    {
        var b = before.TrimEnd(' ', '\u00A0');
        bool wordBefore = b.Length > 0 && char.IsAsciiLetter(b[^1]);
        bool joinedAfter = after.Length > 0 && (after[0] is '-' or '‑' or '强' || char.IsAsciiLetter(after[0]));
        return wordBefore || joinedAfter;
    }

    public static void WarnTypedFigures(RichText text, IndicatorTable indicators, DiagnosticBag diagnostics)
    {
        foreach (var literal in text.Parts.OfType<LiteralText>())
        {
            if (literal.Location is not { } at) continue;
            var normalized = Units.NumberText.Normalize(literal.Text);
            if (normalized.Length != literal.Text.Length) normalized = literal.Text;
            foreach (Match m in Number().Matches(normalized))
            {
                if (!decimal.TryParse(m.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
                bool isYear = !m.Value.Contains('.') && value is >= EditionLimits.FirstYear and <= EditionLimits.LastYear;
                bool significant = m.Value.Contains('.') || m.Value.TrimStart('0').Length >= 3;
                if (isYear || !significant) continue;
                var match = indicators.Rows.FirstOrDefault(r => r.Value == value);
                if (match is null) continue;
                // A number that is part of a name or a phrase ("Top 100", "100-billion", "100强县") is not the
                // figure, unless the figure's own unit follows it ("100亿元").
                var after = normalized[(m.Index + m.Length)..].TrimStart(' ', '\u00A0');
                bool unitFollows = match.Unit.Length > 0 && after.StartsWith(match.Unit, StringComparison.Ordinal);
                if (!unitFollows && IsPhrase(normalized[..m.Index], after)) continue;
                diagnostics.Warning("VAL002", at.File, at.Line, at.Column + m.Index, Msg.Of("VAL002", m.Value, match.Id, match.Year));
            }
        }
    }
}
