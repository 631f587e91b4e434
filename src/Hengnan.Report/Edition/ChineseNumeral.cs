namespace Hengnan.Report.Edition;

/// <summary>Chinese numerals from 一 to 九十九, as in congress ordinals (第十三次).</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static int Parse(string text)
    {
        int ten = text.IndexOf('十');
        if (ten < 0) return Digit(text);
        int tens = ten == 0 ? 1 : Digit(text[..ten]);
        int ones = ten == text.Length - 1 ? 0 : Digit(text[(ten + 1)..]);
        return tens * 10 + ones;
    }

    public static string Format(int n)
    {
        if (n is < 1 or > 99) throw new ArgumentOutOfRangeException(nameof(n), "from 1 to 99");
        if (n < 10) return Digits[n].ToString();
        var tens = n / 10 == 1 ? "十" : Digits[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + Digits[n % 10];
    }

    private static int Digit(string s) =>
        s.Length == 1 && Digits.IndexOf(s[0]) > 0 ? Digits.IndexOf(s[0]) : throw new FormatException($"'{s}' is not a Chinese numeral");
}
