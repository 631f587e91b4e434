using System.Buffers;
using static Hengnan.Report.Layout.Text.LineBreaking.LineBreakClass;

namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// The default Unicode line breaking algorithm, UAX #14 for Unicode 15.0 (rules LB1–LB31, with
/// LB25 in the regular-expression form of UAX #14 §8.2 Example 7, which is what
/// LineBreakTest.txt is generated with). Unicode 15.0 has no LB28a (the Brahmic orthographic
/// syllable rule and its AK/AP/AS/VI/VF classes arrived in 15.1), so there is none here.
/// </summary>
public static class UnicodeLineBreaker
{
    /// <summary>
    /// Break opportunities of <paramref name="text"/>: element i says whether a line may end
    /// before UTF-16 index i. The array has <c>text.Length + 1</c> elements; element 0 is
    /// <see cref="BreakOpportunity.None"/> (LB2), the low-surrogate index of a pair is None, and
    /// the last element is <see cref="BreakOpportunity.Mandatory"/> (LB3).
    /// </summary>
    public static BreakOpportunity[] Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using LineBreakUnits units = LineBreakUnits.Decode(text);
        var result = new BreakOpportunity[text.Length + 1];
        Apply(units, result);
        return result;
    }

    /// <summary>
    /// Runs LB2–LB31 over <paramref name="units"/> (classes already resolved per LB1, possibly
    /// re-classed by a tailoring) and writes the result indexed by UTF-16 offset.
    /// </summary>
    internal static void Apply(LineBreakUnits units, BreakOpportunity[] result)
    {
        int n = units.Count;
        int length = result.Length - 1;

        // LB2: never break at the start of text. LB3: always break at the end. (For empty text
        // the two coincide; LB2 comes first, so an empty text has no break at all.)
        result[0] = BreakOpportunity.None;
        if (n == 0)
        {
            return;
        }

        result[length] = BreakOpportunity.Mandatory;

        LineBreakClass[] raw = units.Classes;
        LineBreakClass[] effective = ArrayPool<LineBreakClass>.Shared.Rent(n);
        int[] baseOf = ArrayPool<int>.Shared.Rent(n);
        try
        {
            ResolveCombiningMarks(raw, n, effective, baseOf);
            var context = new RuleContext(raw, effective, baseOf, units.Traits, n);
            int[] offsets = units.Offsets;
            for (int k = 1; k < n; k++)
            {
                result[offsets[k]] = context.Decide(k);
            }
        }
        finally
        {
            ArrayPool<LineBreakClass>.Shared.Return(effective);
            ArrayPool<int>.Shared.Return(baseOf);
        }
    }

    /// <summary>
    /// UAX #14 LB9: a combining sequence X (CM | ZWJ)* takes the class of its base X when X is not
    /// BK, CR, LF, NL, SP or ZW, so marks never separate from their base and never change how the
    /// base breaks. LB10: any other CM or ZWJ is treated as AL (it then can itself carry marks).
    /// <paramref name="baseOf"/>[k] is the index of the base of unit k (k itself if not absorbed).
    /// </summary>
    private static void ResolveCombiningMarks(LineBreakClass[] raw, int n, LineBreakClass[] effective, int[] baseOf)
    {
        for (int k = 0; k < n; k++)
        {
            LineBreakClass c = raw[k];
            if (c is CM or ZWJ)
            {
                if (k > 0 && effective[k - 1] is not (BK or CR or LF or NL or SP or ZW))
                {
                    effective[k] = effective[k - 1];
                    baseOf[k] = baseOf[k - 1];
                    continue;
                }

                c = AL;
            }

            effective[k] = c;
            baseOf[k] = k;
        }
    }

    /// <summary>The rules LB4–LB31 for the boundary before one unit, in order; the first match wins.</summary>
    private readonly ref struct RuleContext(
        LineBreakClass[] raw,
        LineBreakClass[] effective,
        int[] baseOf,
        CodePointTraits[] traits,
        int count)
    {
        public BreakOpportunity Decide(int k)
        {
            LineBreakClass before = raw[k - 1];
            LineBreakClass after = raw[k];

            // Fast paths for the two commonest pairs in running text; no rule before LB28/LB31
            // mentions them, so they are exactly what the full chain below yields.
            if (before == after)
            {
                if (before == ID)
                {
                    return BreakOpportunity.Allowed; // LB31: Han ÷ Han
                }

                if (before == AL)
                {
                    return BreakOpportunity.None; // LB28: letter × letter
                }
            }

            // LB4: always break after hard line breaks.
            if (before == BK)
            {
                return BreakOpportunity.Mandatory;
            }

            // LB5: CR LF is one hard line break; CR, LF and NL alone are hard line breaks.
            if (before == CR)
            {
                return after == LF ? BreakOpportunity.None : BreakOpportunity.Mandatory;
            }

            if (before is LF or NL)
            {
                return BreakOpportunity.Mandatory;
            }

            // LB6: do not break before hard line breaks.
            if (after is BK or CR or LF or NL)
            {
                return BreakOpportunity.None;
            }

            // LB7: do not break before spaces or zero width space.
            if (after is SP or ZW)
            {
                return BreakOpportunity.None;
            }

            // LB8: break before any character following a zero-width space, even if spaces
            // intervene (ZW SP* ÷).
            if (ClassBeforeSpaces(raw, k) == ZW)
            {
                return BreakOpportunity.Allowed;
            }

            // LB8a: do not break after a zero width joiner (emoji ZWJ sequences).
            if (before == ZWJ)
            {
                return BreakOpportunity.None;
            }

            // LB9: do not break a combining character sequence.
            if (baseOf[k] != k)
            {
                return BreakOpportunity.None;
            }

            // From here on a combining sequence counts as its base (LB9) and leftover marks as AL (LB10).
            before = effective[k - 1];
            after = effective[k];

            // LB11: do not break before or after word joiner.
            if (before == WJ || after == WJ)
            {
                return BreakOpportunity.None;
            }

            // LB12: do not break after NBSP and related characters (GL ×).
            if (before == GL)
            {
                return BreakOpportunity.None;
            }

            // LB12a: do not break before NBSP and related characters, except after spaces and
            // hyphens ([^SP BA HY] × GL).
            if (after == GL && before is not (SP or BA or HY))
            {
                return BreakOpportunity.None;
            }

            // LB13: do not break before ']', '!', ';' or '/', even after spaces.
            if (after is CL or CP or EX or IS or SY)
            {
                return BreakOpportunity.None;
            }

            LineBreakClass beforeSpaces = ClassBeforeSpaces(effective, k);

            // LB14: do not break after '[', even after spaces (OP SP* ×).
            if (beforeSpaces == OP)
            {
                return BreakOpportunity.None;
            }

            // LB15: do not break within '"[', even with intervening spaces (QU SP* × OP).
            if (beforeSpaces == QU && after == OP)
            {
                return BreakOpportunity.None;
            }

            // LB16: do not break between closing punctuation and a nonstarter, even with
            // intervening spaces ((CL | CP) SP* × NS).
            if (beforeSpaces is CL or CP && after == NS)
            {
                return BreakOpportunity.None;
            }

            // LB17: do not break within '——', even with intervening spaces (B2 SP* × B2).
            if (beforeSpaces == B2 && after == B2)
            {
                return BreakOpportunity.None;
            }

            // LB18: break after spaces.
            if (before == SP)
            {
                return BreakOpportunity.Allowed;
            }

            // LB19: do not break before or after quotation marks (their direction is unknown).
            if (before == QU || after == QU)
            {
                return BreakOpportunity.None;
            }

            // LB20: break before and after unresolved CB.
            if (before == CB || after == CB)
            {
                return BreakOpportunity.Allowed;
            }

            // LB21: do not break before hyphen-minus, other hyphens, fixed-width spaces, small kana
            // and other nonstarters, or after acute accents (× BA, × HY, × NS, BB ×).
            if (after is BA or HY or NS || before == BB)
            {
                return BreakOpportunity.None;
            }

            // LB21a: do not break after the hyphen in Hebrew + hyphen (HL (HY | BA) ×).
            if (before is HY or BA && PreviousUnitClass(k - 1) == HL)
            {
                return BreakOpportunity.None;
            }

            // LB21b: do not break between solidus and Hebrew letters (SY × HL).
            if (before == SY && after == HL)
            {
                return BreakOpportunity.None;
            }

            // LB22: do not break before ellipses (× IN).
            if (after == IN)
            {
                return BreakOpportunity.None;
            }

            // LB23: do not break between digits and letters ((AL | HL) × NU, NU × (AL | HL)).
            if ((before is AL or HL && after == NU) || (before == NU && after is AL or HL))
            {
                return BreakOpportunity.None;
            }

            // LB23a: do not break between numeric prefixes and ideographs, or between ideographs
            // and numeric postfixes (PR × (ID | EB | EM), (ID | EB | EM) × PO).
            if ((before == PR && after is ID or EB or EM) || (before is ID or EB or EM && after == PO))
            {
                return BreakOpportunity.None;
            }

            // LB24: do not break between numeric prefix/postfix and letters
            // ((PR | PO) × (AL | HL), (AL | HL) × (PR | PO)).
            if ((before is PR or PO && after is AL or HL) || (before is AL or HL && after is PR or PO))
            {
                return BreakOpportunity.None;
            }

            // LB25 (UAX #14 §8.2 Example 7, as the conformance tests use): keep numbers with their
            // prefixes, postfixes, separators and closing brackets together.
            if (IsInsideNumber(k, before, after))
            {
                return BreakOpportunity.None;
            }

            // LB26: do not break a Korean syllable block.
            if ((before == JL && after is JL or JV or H2 or H3)
                || (before is JV or H2 && after is JV or JT)
                || (before is JT or H3 && after == JT))
            {
                return BreakOpportunity.None;
            }

            // LB27: treat a Korean syllable block like an ideograph next to numeric affixes.
            if ((before is JL or JV or JT or H2 or H3 && after == PO)
                || (before == PR && after is JL or JV or JT or H2 or H3))
            {
                return BreakOpportunity.None;
            }

            // LB28: do not break between alphabetics ((AL | HL) × (AL | HL)).
            if (before is AL or HL && after is AL or HL)
            {
                return BreakOpportunity.None;
            }

            // LB29: do not break between numeric punctuation and alphabetics ("e.g.") (IS × (AL | HL)).
            if (before == IS && after is AL or HL)
            {
                return BreakOpportunity.None;
            }

            // LB30: do not break between letters/numbers and a following opening or preceding
            // closing parenthesis, unless the parenthesis is East Asian wide ("(s)he" stays whole,
            // "字（" may break): (AL | HL | NU) × [OP − EAW], [CP − EAW] × (AL | HL | NU).
            if ((before is AL or HL or NU && after == OP && !IsWide(k))
                || (before == CP && !IsWide(k - 1) && after is AL or HL or NU))
            {
                return BreakOpportunity.None;
            }

            // LB30a: break between pairs of regional indicators only (flags are RI pairs):
            // sot (RI RI)* RI × RI, [^RI] (RI RI)* RI × RI.
            if (before == RI && after == RI && CountRegionalIndicatorsBefore(k) % 2 == 1)
            {
                return BreakOpportunity.None;
            }

            // LB30b: do not break between an emoji base (or a reserved pictographic code point,
            // which may become one) and an emoji modifier (EB × EM, [ExtPict ∩ Cn] × EM).
            if (after == EM
                && (before == EB || (traits[baseOf[k - 1]] & CodePointTraits.UnassignedPictographic) != 0))
            {
                return BreakOpportunity.None;
            }

            // LB31: break everywhere else.
            return BreakOpportunity.Allowed;
        }

        /// <summary>Class of the last unit before boundary k that is not SP (XX if none).</summary>
        private static LineBreakClass ClassBeforeSpaces(LineBreakClass[] classes, int k)
        {
            int j = k - 1;
            while (j >= 0 && classes[j] == SP)
            {
                j--;
            }

            return j >= 0 ? classes[j] : XX;
        }

        /// <summary>Effective class of the combining sequence before the one containing unit j (XX at sot).</summary>
        private LineBreakClass PreviousUnitClass(int j)
        {
            int previous = baseOf[j] - 1;
            return previous >= 0 ? effective[previous] : XX;
        }

        /// <summary>Effective class of the combining sequence after the one starting at unit k (XX at eot).</summary>
        private LineBreakClass NextUnitClass(int k)
        {
            int next = k + 1;
            while (next < count && baseOf[next] != next)
            {
                next++;
            }

            return next < count ? effective[next] : XX;
        }

        private bool IsWide(int j) => (traits[baseOf[j]] & CodePointTraits.EastAsianWide) != 0;

        /// <summary>
        /// LB25, Example 7 form:
        /// (PR | PO) × (OP | HY)? NU;  (OP | HY) × NU;  NU × (NU | SY | IS);
        /// NU (NU | SY | IS)* × (NU | SY | IS | CL | CP);  NU (NU | SY | IS)* (CL | CP)? × (PO | PR).
        /// </summary>
        private bool IsInsideNumber(int k, LineBreakClass before, LineBreakClass after)
        {
            if (before is PR or PO
                && (after == NU || (after is OP or HY && NextUnitClass(k) == NU)))
            {
                return true;
            }

            if (before is OP or HY && after == NU)
            {
                return true;
            }

            if (after is NU or SY or IS or CL or CP)
            {
                return NumberEndsAt(k - 1);
            }

            if (after is PO or PR)
            {
                int j = k - 1;
                if (effective[j] is CL or CP)
                {
                    j = baseOf[j] - 1;
                }

                return j >= 0 && NumberEndsAt(j);
            }

            return false;
        }

        /// <summary>True if the units ending at unit j match NU (NU | SY | IS)*.</summary>
        private bool NumberEndsAt(int j)
        {
            while (j >= 0 && effective[j] is NU or SY or IS)
            {
                if (effective[j] == NU)
                {
                    return true;
                }

                j = baseOf[j] - 1;
            }

            return false;
        }

        /// <summary>Number of consecutive RI units ending just before boundary k.</summary>
        private int CountRegionalIndicatorsBefore(int k)
        {
            int n = 0;
            int j = k - 1;
            while (j >= 0 && effective[j] == RI)
            {
                n++;
                j = baseOf[j] - 1;
            }

            return n;
        }
    }
}
