namespace Hengnan.Report.Preflight;

/// <summary>
/// One thing that stands in the way of <paramref name="Standard"/>. <paramref name="Page"/> is 1-based, null for
/// the document as a whole. <paramref name="Message"/> is English; <see cref="MessageChinese"/> says the same in
/// Simplified Chinese.
/// </summary>
public sealed record PreflightFinding(string Code, PreflightSeverity Severity, int? Page, string Message, string Standard)
{
    /// <summary>The message in Simplified Chinese; the English one when none was given.</summary>
    public string MessageChinese { get => _chinese ?? Message; init => _chinese = value; }

    private readonly string? _chinese;
}
