using System.Buffers;

namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// The unit phrase that follows an Arabic number in Chinese text ("亿元", "万余人", "斤/亩",
/// "个百分点"), for <see cref="ChineseLineBreaker"/>'s rule that a number stays with its unit.
/// Grammar (longest match at each step):
/// <c>(magnitude | approximation){0,3} unit ("/" unit)?</c>, or just the magnitudes and
/// approximations when no unit follows ("3万", "30多").
/// </summary>
internal static class ChineseMeasureWords
{
    private const int MaxLeadingWords = 3;

    /// <summary>Numeral multipliers written after Arabic digits ("244.83亿", "3千万").</summary>
    private static readonly SearchValues<char> Magnitudes = SearchValues.Create("十百千万亿");

    /// <summary>Approximation words between a number and its unit ("300多家", "3万余人").</summary>
    private static readonly SearchValues<char> Approximations = SearchValues.Create("多余");

    /// <summary>
    /// Multi-character units, longest first so that "个百分点" wins over "个" and "千米" over the
    /// magnitude "千".
    /// </summary>
    private static readonly string[] CompoundUnits =
    [
        "个百分点", "平方公里", "平方千米",
        "平方米", "立方米", "百分点", "千瓦时",
        "公里", "千米", "厘米", "毫米", "公顷", "公斤", "千克", "千瓦", "兆瓦",
        "人次", "年度", "季度", "小时", "分钟", "周岁",
    ];

    /// <summary>First characters of <see cref="CompoundUnits"/>, to skip the list quickly (initialised after it: textual order).</summary>
    private static readonly SearchValues<char> CompoundUnitStarts = SearchValues.Create(
        string.Concat(CompoundUnits.Select(static unit => unit[0])));

    /// <summary>
    /// Single-character units and measure words common in statistics and reports, and the
    /// percent, per-mille and degree signs.
    /// </summary>
    private static readonly SearchValues<char> SingleUnits = SearchValues.Create(
        "元角家户人个只名位例项座所条件台辆艘架套栋间处村镇乡种批期届级层篇本册张份首部场支株头棵块片笔股次趟回轮遍" +
        "斤吨克米亩倍度点" + "年月日号天周岁时分秒" + "%％‰℃°");

    /// <summary>Length in UTF-16 units of the unit phrase at the start of <paramref name="text"/> (0 if none).</summary>
    public static int MatchAfterNumber(ReadOnlySpan<char> text)
    {
        int i = 0;
        for (int words = 0; words < MaxLeadingWords && i < text.Length; words++)
        {
            // A unit takes priority over a magnitude starting with the same character (千米, 百分点).
            if (MatchUnit(text[i..]) > 0 || !(Magnitudes.Contains(text[i]) || Approximations.Contains(text[i])))
            {
                break;
            }

            i++;
        }

        int unit = MatchUnit(text[i..]);
        if (unit == 0)
        {
            return i;
        }

        i += unit;

        // A compound unit with a denominator: "3060斤/亩", "4500元/吨".
        if (i + 1 < text.Length && text[i] is '/' or '／')
        {
            int denominator = MatchUnit(text[(i + 1)..]);
            if (denominator > 0)
            {
                i += 1 + denominator;
            }
        }

        return i;
    }

    private static int MatchUnit(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        if (CompoundUnitStarts.Contains(text[0]))
        {
            foreach (string unit in CompoundUnits)
            {
                if (text.StartsWith(unit, StringComparison.Ordinal))
                {
                    return unit.Length;
                }
            }
        }

        return SingleUnits.Contains(text[0]) ? 1 : 0;
    }
}
