using System.Buffers;

namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// Line break opportunities for Simplified Chinese (and mixed Chinese/English) text: the UAX #14
/// default algorithm tailored per the W3C Requirements for Chinese Text Layout (clreq), "basic"
/// prohibition level plus the "strict" rule for dashes and ellipses.
/// </summary>
/// <remarks>
/// The tailoring is this ordered list of named rules (each method below documents its source):
/// <list type="number">
/// <item><see cref="QuotesAsBrackets"/> — re-classes “ ” ‘ ’ next to Chinese text before the default algorithm runs.</item>
/// <item>The UAX #14 default algorithm (<see cref="UnicodeLineBreaker"/>).</item>
/// <item><see cref="ProhibitLineStart"/> — marks that may not start a line.</item>
/// <item><see cref="ProhibitLineEnd"/> — marks that may not end a line.</item>
/// <item><see cref="KeepDashesAndEllipses"/> — —— and …… are one unit.</item>
/// <item><see cref="KeepNumbersWhole"/> — no break inside a number.</item>
/// <item><see cref="KeepNumbersWithUnits"/> — a number stays with its unit, and with 第.</item>
/// </list>
/// Rules 3–7 only remove opportunities and never touch a mandatory break. Deliberately kept from
/// the default algorithm: Han–Han breaks (ID ÷ ID); Han–Latin and Han–digit breaks (clreq
/// #mixed_text_composition_in_horizontal_writing_mode puts no prohibition there; UAX #14 LB31);
/// Latin words break only at spaces and after hyphens (LB28 AL × AL, LB18, LB21 × HY;
/// hyphenation is the caller's job); the solidus may end a line (forbidding that is the GB level,
/// above basic); AI characters resolve to AL as in the default LB1 (resolving them to ID would
/// split Greek letters and "3×4").
/// </remarks>
public static class ChineseLineBreaker
{
    /// <summary>
    /// clreq basic level: characters that must not start a line (so no break before them) —
    /// pause and stop marks 、，。．：；！？‼⁇ (and ⁈⁉ of the same family), closing quotes ” ’ 」 』,
    /// closing brackets ） 》 〉 】 〗 〕 ］ ｝, connectors ～ 〜 - – —, interpuncts · ・ ‧, solidi / ／;
    /// clreq strict level adds the two-em dash ⸺ (and ⸻, ―) and the ellipses … ⋯.
    /// </summary>
    private static readonly SearchValues<char> LineStartProhibited = SearchValues.Create(
        "、，。．：；！？‼⁇⁈⁉" + "”’」』" + "）》〉】〗〕］｝" + "～〜-–—" + "·・‧" + "/／" + "⸺⸻―…⋯");

    /// <summary>clreq basic level: opening quotes and brackets must not end a line (no break after them).</summary>
    private static readonly SearchValues<char> LineEndProhibited = SearchValues.Create("“‘「『（《〈【〖〔［｛");

    /// <summary>Separators that sit between the digits of one number: decimal point, thousands separator, ratio/time colon.</summary>
    private static readonly SearchValues<char> NumberSeparators = SearchValues.Create(".,:．：∶");

    /// <summary>
    /// Break opportunities of <paramref name="text"/>, same shape as
    /// <see cref="UnicodeLineBreaker.Analyze(string)"/>: element i says whether a line may end
    /// before UTF-16 index i; the array has <c>text.Length + 1</c> elements.
    /// </summary>
    public static BreakOpportunity[] Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using LineBreakUnits units = LineBreakUnits.Decode(text);
        QuotesAsBrackets(text, units);

        var result = new BreakOpportunity[text.Length + 1];
        UnicodeLineBreaker.Apply(units, result);

        ProhibitLineStart(text, result);
        ProhibitLineEnd(text, result);
        KeepDashesAndEllipses(text, result);
        KeepNumbersWhole(text, units, result);
        KeepNumbersWithUnits(text, units, result);
        return result;
    }

    /// <summary>
    /// Rule "QuotesAsBrackets" (clreq #prohibition_rules_for_line_start_end, basic level; Typst's
    /// CJ segmenter does the same). UAX #14 gives “ ” ‘ ’ class QU because in general text their
    /// direction is unknown, and LB19 then forbids a break on either side — so "造“四区" could
    /// never break before “. In Chinese text the
    /// direction is known: “ ‘ open and ” ’ close, like brackets. A quote whose nearest non-quote
    /// neighbour on either side is East Asian wide (Han, kana, fullwidth or CJK punctuation) is
    /// re-classed to OP (opening) or CL (closing) and marked wide (Chinese fonts set it full
    /// width, which exempts it from LB30). Quotes between Latin letters stay QU, so an apostrophe
    /// in "don’t" still never breaks.
    /// </summary>
    private static void QuotesAsBrackets(string text, LineBreakUnits units)
    {
        LineBreakClass[] classes = units.Classes;
        CodePointTraits[] traits = units.Traits;
        int[] offsets = units.Offsets;
        for (int k = 0; k < units.Count; k++)
        {
            char c = text[offsets[k]];
            bool opening = c is '“' or '‘';
            if (!(opening || c is '”' or '’') || classes[k] != LineBreakClass.QU)
            {
                continue;
            }

            if (IsNextToWide(text, units, k))
            {
                classes[k] = opening ? LineBreakClass.OP : LineBreakClass.CL;
                traits[k] |= CodePointTraits.EastAsianWide;
            }
        }
    }

    private static bool IsNextToWide(string text, LineBreakUnits units, int k)
    {
        int left = k - 1;
        while (left >= 0 && IsCurlyQuote(text[units.Offsets[left]]))
        {
            left--;
        }

        int right = k + 1;
        while (right < units.Count && IsCurlyQuote(text[units.Offsets[right]]))
        {
            right++;
        }

        return (left >= 0 && (units.Traits[left] & CodePointTraits.EastAsianWide) != 0)
            || (right < units.Count && (units.Traits[right] & CodePointTraits.EastAsianWide) != 0);
    }

    private static bool IsCurlyQuote(char c) => c is '“' or '”' or '‘' or '’';

    /// <summary>
    /// Rule "ProhibitLineStart" (clreq #prohibition_rules_for_line_start_end: basic level, plus the
    /// strict level's dashes and ellipses): no break before a mark that must not start a line. The default algorithm already
    /// forbids most of these (LB13 × CL, LB21 × NS, LB22 × IN) but allows a break before
    /// · (AI→AL), ～ and ／ (ID), — and ⸺ (B2) and ” ’ when re-classed; this rule makes the whole
    /// clreq set explicit.
    /// </summary>
    private static void ProhibitLineStart(string text, BreakOpportunity[] result)
    {
        ReadOnlySpan<char> span = text;
        int i = span.IndexOfAny(LineStartProhibited);
        while (i >= 0)
        {
            Prohibit(result, i);
            int next = span[(i + 1)..].IndexOfAny(LineStartProhibited);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>
    /// Rule "ProhibitLineEnd" (clreq #prohibition_rules_for_line_start_end, basic level): no break
    /// after an opening quote or bracket, nor after spaces that follow one (as UAX #14 LB14
    /// OP SP* ×, extended to the quotes that stay QU).
    /// </summary>
    private static void ProhibitLineEnd(string text, BreakOpportunity[] result)
    {
        ReadOnlySpan<char> span = text;
        int i = span.IndexOfAny(LineEndProhibited);
        while (i >= 0)
        {
            int j = i + 1;
            Prohibit(result, j);
            while (j < text.Length && text[j] == ' ')
            {
                Prohibit(result, ++j);
            }

            int next = span[(i + 1)..].IndexOfAny(LineEndProhibited);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>
    /// Rule "KeepDashesAndEllipses" (clreq #prohibition_rules_for_unbreakable_marks, and the strict
    /// level of #prohibition_rules_for_line_start_end): the
    /// two-em dash —— (two U+2014, or two U+2015 as some input methods produce) and the ellipsis
    /// …… (two U+2026 or two U+22EF) are one 2-em mark: never split, never at a line start. The
    /// default already holds most pairs (LB17 B2 × B2, LB22 × IN); this states it for every pair.
    /// A break before the pair is removed by <see cref="ProhibitLineStart"/>; a break between two
    /// consecutive pairs is removed too, because each half is a line-start-prohibited mark.
    /// </summary>
    private static void KeepDashesAndEllipses(string text, BreakOpportunity[] result)
    {
        for (int i = 0; i + 1 < text.Length; i++)
        {
            char c = text[i];
            if (c is '—' or '―' or '…' or '⋯' && text[i + 1] == c)
            {
                Prohibit(result, i);
                Prohibit(result, i + 1);
                i++;
            }
        }
    }

    /// <summary>
    /// Rule "KeepNumbersWhole" (clreq #prohibition_rules_for_unbreakable_marks: Western text —
    /// Arabic numbers included — is not broken inside a word): no break between digits, nor
    /// around a decimal point, thousands separator or ratio/time colon standing between two
    /// digits ("244.83", "1,200", "19.9:34.5:45.6", "19.9：34.5"). UAX #14 LB25 already covers
    /// the ASCII separators; this adds the fullwidth ． and ： and the ratio sign ∶ that Chinese
    /// text uses between numbers.
    /// </summary>
    private static void KeepNumbersWhole(string text, LineBreakUnits units, BreakOpportunity[] result)
    {
        LineBreakClass[] classes = units.Classes;
        int[] offsets = units.Offsets;
        for (int k = 0; k + 1 < units.Count; k++)
        {
            if (classes[k] != LineBreakClass.NU)
            {
                continue;
            }

            if (classes[k + 1] == LineBreakClass.NU)
            {
                Prohibit(result, offsets[k + 1]);
            }
            else if (k + 2 < units.Count
                && classes[k + 2] == LineBreakClass.NU
                && NumberSeparators.Contains(text[offsets[k + 1]]))
            {
                Prohibit(result, offsets[k + 1]);
                Prohibit(result, offsets[k + 2]);
            }
        }
    }

    /// <summary>
    /// Rule "KeepNumbersWithUnits" (Chinese typesetting practice: a quantity is read as one item;
    /// clreq's "digits with prefix/suffix" section is still empty, so the extent is our choice).
    /// After the last digit of a number, the unit phrase matched by
    /// <see cref="ChineseMeasureWords.MatchAfterNumber"/> — magnitudes 万 亿, approximations 多 余,
    /// a measure word or unit, a "/unit" denominator: "244.83亿元", "3060斤/亩", "2020年",
    /// "3万余人" — stays with the number and unbroken. The ordinal prefix 第 stays with the
    /// number that follows ("第3名"). Percent and degree signs are PO and already held by LB25.
    /// </summary>
    private static void KeepNumbersWithUnits(string text, LineBreakUnits units, BreakOpportunity[] result)
    {
        LineBreakClass[] classes = units.Classes;
        int[] offsets = units.Offsets;
        for (int k = 0; k < units.Count; k++)
        {
            if (classes[k] != LineBreakClass.NU)
            {
                continue;
            }

            if (k > 0 && classes[k - 1] != LineBreakClass.NU && text[offsets[k - 1]] == '第')
            {
                Prohibit(result, offsets[k]);
            }

            if (k + 1 < units.Count && classes[k + 1] != LineBreakClass.NU)
            {
                int start = offsets[k + 1];
                int length = ChineseMeasureWords.MatchAfterNumber(text.AsSpan(start));
                for (int i = start; i < start + length; i++)
                {
                    Prohibit(result, i);
                }
            }
        }
    }

    /// <summary>Removes an allowed break; mandatory breaks (hard line breaks, end of text) stay.</summary>
    private static void Prohibit(BreakOpportunity[] result, int index)
    {
        if ((uint)index < (uint)result.Length && result[index] == BreakOpportunity.Allowed)
        {
            result[index] = BreakOpportunity.None;
        }
    }
}
