// INTERIM: replaced by the UAX #14 + clreq breaker on branch 'linebreak'. Delete on merge.
namespace Hengnan.Report.Layout.Text.LineBreaking;

public enum BreakOpportunity : byte { None, Allowed, Mandatory }

public static class ChineseLineBreaker
{
    private const string NoStart = "、，。．：；！？”’」』）》〉】〗〕］｝%…—·";
    private const string NoEnd = "“‘「『（《〈【〖〔［｛";

    public static BreakOpportunity[] Analyze(string text)
    {
        var r = new BreakOpportunity[text.Length + 1];
        for (int i = 1; i < text.Length; i++)
        {
            char a = text[i - 1], b = text[i];
            bool ok = a == ' ' || (a > 0x2E80 && b > 0x2E80) || (a > 0x2E80 && b < 0x2E80) || (a < 0x2E80 && b > 0x2E80) || a == '-';
            if (b == ' ') ok = false;
            if (NoStart.Contains(b) || NoEnd.Contains(a)) ok = false;
            if (char.IsAsciiDigit(a) && b > 0x2E80 && !NoEnd.Contains(b)) ok = false;
            r[i] = ok ? BreakOpportunity.Allowed : BreakOpportunity.None;
        }
        r[text.Length] = BreakOpportunity.Mandatory;
        return r;
    }
}

public static class UnicodeLineBreaker
{
    public static BreakOpportunity[] Analyze(string text) => ChineseLineBreaker.Analyze(text);
}
