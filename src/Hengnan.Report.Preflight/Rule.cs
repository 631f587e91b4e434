using System.Globalization;

namespace Hengnan.Report.Preflight;

/// <summary>One kind of finding: its code, severity, standard and message in both languages ({0}… placeholders).</summary>
internal sealed record Rule(string Code, PreflightSeverity Severity, string Standard, string English, string Chinese)
{
    /// <summary>A finding of this rule on <paramref name="page"/> (null: the document), its messages filled in.</summary>
    public PreflightFinding At(int? page, params object[] args) =>
        new(Code, Severity, page, Fill(English, args), Standard) { MessageChinese = Fill(Chinese, args) };

    private static string Fill(string template, object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
