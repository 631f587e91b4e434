namespace Hengnan.Report.Edition;

/// <summary>A problem found in the input, located by file, line and column (1-based; 0 = unknown).</summary>
/// <remarks>
/// <see cref="Message"/> and <see cref="Hint"/> are English; a diagnostic made from the message catalogue
/// also keeps its key and arguments (<see cref="Text"/>, <see cref="HintText"/>) and so can say itself in
/// Chinese: <see cref="ToString(UiLanguage)"/>.
/// </remarks>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string? Hint = null)
{
    /// <summary>The catalogue's message, when the diagnostic was made from one.</summary>
    public Msg? Text { get; init; }

    /// <summary>The catalogue's hint, when the diagnostic has one from the catalogue.</summary>
    public Msg? HintText { get; init; }

    /// <summary>The message in <paramref name="language"/> (the English <see cref="Message"/> when it has no catalogue entry).</summary>
    public string MessageIn(UiLanguage language) => Text is null ? Message : Text.In(language);

    /// <summary>The hint in <paramref name="language"/>, or null when there is none.</summary>
    public string? HintIn(UiLanguage language) => Hint is null ? null : HintText is null ? Hint : HintText.In(language);

    public override string ToString() => ToString(UiLanguage.En);

    /// <summary><c>file:line:col: error CODE: message</c> and the hint; in Chinese <c>file:line:col: 错误 CODE：消息</c>, <c>提示：…</c>.</summary>
    public string ToString(UiLanguage language)
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var hint = HintIn(language);
        if (language == UiLanguage.Zh)
        {
            var zh = $"{where}: {(Severity == Severity.Error ? "错误" : "警告")} {Code}：{MessageIn(language)}";
            return hint is null ? zh : $"{zh}\n  提示：{hint}";
        }
        var text = $"{where}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
        return hint is null ? text : $"{text}\n  hint: {hint}";
    }
}
