namespace Hengnan.Report.Preflight;

/// <summary>Prints a report as text, one line per finding, in English or Simplified Chinese.</summary>
public static class PreflightFormatter
{
    /// <summary>
    /// One line per finding: <c>page N: CODE message [standard, severity]</c>, or <c>document: …</c> for
    /// findings about the whole file; in Chinese <c>第 N 页：CODE 消息 [标准，严重性]</c> / <c>文档：…</c>.
    /// An empty string when there is nothing to report.
    /// </summary>
    public static string Format(PreflightReport report, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new System.Text.StringBuilder();
        foreach (var f in report.Findings)
        {
            if (chinese)
            {
                sb.Append(f.Page is int p ? $"第 {p} 页：" : "文档：")
                  .Append(f.Code).Append(' ').Append(Message(f, chinese))
                  .Append(" [").Append(f.Standard).Append('，').Append(SeverityChinese(f.Severity)).Append(']');
            }
            else
            {
                sb.Append(f.Page is int p ? $"page {p}: " : "document: ")
                  .Append(f.Code).Append(' ').Append(Message(f, chinese))
                  .Append(" [").Append(f.Standard).Append(", ").Append(SeverityEnglish(f.Severity)).Append(']');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>What <paramref name="finding"/> says, in Simplified Chinese or in English.</summary>
    public static string Message(PreflightFinding finding, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return chinese ? finding.MessageChinese : finding.Message;
    }

    private static string SeverityEnglish(PreflightSeverity s) => s switch
    {
        PreflightSeverity.Error => "error",
        PreflightSeverity.Warning => "warning",
        _ => "note",
    };

    private static string SeverityChinese(PreflightSeverity s) => s switch
    {
        PreflightSeverity.Error => "错误",
        PreflightSeverity.Warning => "警告",
        _ => "提示",
    };
}
