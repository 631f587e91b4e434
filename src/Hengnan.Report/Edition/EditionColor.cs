using System.Globalization;
using System.Text.RegularExpressions;

namespace Hengnan.Report.Edition;

/// <summary>
/// A colour as staff write it in edition.txt, in print terms:
/// <list type="bullet">
/// <item><c>0 84 84 35</c> — CMYK in percent (what the print shop's swatch book gives);</item>
/// <item><c>衡南红 (0 84 84 35)</c> — a spot colour: an ink by its name, with the CMYK that stands in for it where it is not printed separately;</item>
/// <item><c>#A61B1B</c> — screen RGB. A neutral grey (#1F1F1F) is taken as a K-only tint, so black and grey never print as four-colour black.</item>
/// </list>
/// </summary>
public static partial class EditionColor
{
    public const string Hint = "write a colour as CMYK percentages (0 84 84 35), a spot colour with its CMYK (衡南红 (0 84 84 35)), or #RRGGBB";

    // ASCII digits only: \d would take full-width digits (１), which float.Parse refuses.
    [GeneratedRegex(@"^(?:(?<name>.+?)\s*[\(（])?\s*(?<c>[0-9]+(?:\.[0-9]+)?)%?[\s,，]+(?<m>[0-9]+(?:\.[0-9]+)?)%?[\s,，]+(?<y>[0-9]+(?:\.[0-9]+)?)%?[\s,，]+(?<k>[0-9]+(?:\.[0-9]+)?)%?\s*(?<close>[\)）])?$")]
    private static partial Regex Cmyk();

    public static bool TryParse(string text, out Color color)
    {
        color = default;
        var s = text.Trim();
        if (s.StartsWith('#'))
        {
            if (s.Length != 7 || !Color.TryParse(s, out var rgb)) return false;
            var (r, g, b, _) = rgb.ToRgb8();
            // A neutral grey is black ink at a tint (0 0 0 k), never four-colour black.
            color = r == g && g == b ? Color.Cmyk(0, 0, 0, 1 - r / 255f) : rgb;
            return true;
        }
        var m = Cmyk().Match(s);
        if (!m.Success) return false;
        bool named = m.Groups["name"].Success;
        if (named != m.Groups["close"].Success) return false;
        float P(string g) => float.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) / 100f;
        float c = P("c"), mm = P("m"), y = P("y"), k = P("k");
        if (c > 1 || mm > 1 || y > 1 || k > 1) return false;
        var process = Color.Cmyk(c, mm, y, k);
        color = named ? Color.Spot(m.Groups["name"].Value.Trim(), process) : process;
        return true;
    }
}
