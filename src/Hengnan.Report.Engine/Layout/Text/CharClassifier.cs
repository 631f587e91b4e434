namespace Hengnan.Report.Layout.Text;

/// <summary>Classifies characters for Chinese composition; the sets follow clreq Appendix A and typography.md §1.</summary>
public static class CharClassifier
{
    private const string ClosingMarks = "，。、；：！？）》」』〉】〗〕］｝．";
    private const string OpeningMarks = "（《「『〈【〖〔［｛";
    private const string MiddleMarks = "·・‧—―…⋯～⸺／";

    /// <param name="inChinese">Quotes “ ” ‘ ’ are full-width marks in Chinese text and Latin punctuation in English.</param>
    public static CharClass Classify(int cp, bool inChinese)
    {
        if (cp is ' ' or '\t' or 0x00A0) return CharClass.Space;
        if (cp == 0x3000) return CharClass.Ideographic;
        if (inChinese)
        {
            if (cp is 0x201C or 0x2018) return CharClass.Opening;
            if (cp is 0x201D or 0x2019) return CharClass.Closing;
        }
        if (cp < 0x2000 || (cp >= 0x2000 && cp <= 0x206F && !inChinese)) return CharClass.Latin;
        if (cp <= 0xFFFF)
        {
            char c = (char)cp;
            if (ClosingMarks.Contains(c)) return CharClass.Closing;
            if (OpeningMarks.Contains(c)) return CharClass.Opening;
            if (MiddleMarks.Contains(c)) return inChinese ? CharClass.Middle : CharClass.Latin;
        }
        if (cp is >= 0x2000 and <= 0x206F) return CharClass.Latin;
        return IsWide(cp) ? CharClass.Ideographic : CharClass.Latin;
    }

    /// <summary>CJK ideographs, symbols and full-width forms (the Cjk face's domain).</summary>
    public static bool IsWide(int cp) =>
        cp is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFF or >= 0xAC00 and <= 0xD7AF;
}
