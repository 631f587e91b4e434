namespace Hengnan.Report.Edition;

/// <summary>Chinese numerals from 一 to 九千九百九十九, as in congress ordinals (第十三次) and section numbers (一百零一、).</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";
    public const int Largest = 9999;

    public static int Parse(string text)
    {
        if (text.Length == 0) throw new FormatException("an empty Chinese numeral");
        int total = 0, pending = 0;
        bool any = false;
        foreach (var c in text)
        {
            int d = Digits.IndexOf(c);
            if (d >= 0)
            {
                pending = d;
                any = true;
                continue;
            }
            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => throw new FormatException($"'{text}' is not a Chinese numeral") };
            // 十 alone means 一十 (十三 = 13); 百 and 千 need their digit.
            if (!any && unit != 10) throw new FormatException($"'{text}' is not a Chinese numeral");
            total += (any ? pending : 1) * unit;
            pending = 0;
            any = false;
        }
        total += pending;
        if (total < 1 || total > Largest) throw new FormatException($"'{text}' is not a Chinese numeral from 一 to 九千九百九十九");
        return total;
    }

    public static string Format(int n)
    {
        if (n is < 1 or > Largest) throw new ArgumentOutOfRangeException(nameof(n), $"from 1 to {Largest}");
        if (n < 10) return Digits[n].ToString();
        // 十, 十三 (not 一十三) below twenty; 一百一十 and 一千零一十 above a hundred; 零 marks a skipped place.
        if (n < 20) return n == 10 ? "十" : "十" + Digits[n - 10];
        var sb = new System.Text.StringBuilder();
        bool zero = false;
        foreach (var (value, name) in new[] { (1000, "千"), (100, "百"), (10, "十"), (1, "") })
        {
            int digit = n / value % 10;
            if (digit == 0)
            {
                if (sb.Length > 0) zero = true;
                continue;
            }
            if (zero) sb.Append('零');
            zero = false;
            sb.Append(Digits[digit]).Append(name);
        }
        return sb.ToString();
    }
}
