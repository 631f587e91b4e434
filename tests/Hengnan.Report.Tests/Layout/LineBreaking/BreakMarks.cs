using System.Text;
using Hengnan.Report.Layout.Text.LineBreaking;

namespace Hengnan.Report.Tests.Layout.LineBreaking;

/// <summary>
/// Renders break opportunities inline so expectations read like the text: "|" marks an allowed
/// break, "!" a mandatory break inside the text (the final mandatory break is not shown).
/// </summary>
internal static class BreakMarks
{
    public static string Render(string text, BreakOpportunity[] breaks)
    {
        var sb = new StringBuilder(text.Length * 2);
        for (int i = 0; i < text.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(breaks[i] switch
                {
                    BreakOpportunity.Allowed => "|",
                    BreakOpportunity.Mandatory => "!",
                    _ => string.Empty,
                });
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>The marked-up form of the Chinese analysis, for example "发|展，|稳|定".</summary>
    public static string Chinese(string text) => Render(text, ChineseLineBreaker.Analyze(text));

    /// <summary>The marked-up form of the default UAX #14 analysis.</summary>
    public static string Default(string text) => Render(text, UnicodeLineBreaker.Analyze(text));
}
