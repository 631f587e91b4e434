using System.Globalization;
using System.Runtime.InteropServices;

namespace Hengnan.Report;

/// <summary>Chooses the language of the tool's messages.</summary>
public static class Ui
{
    /// <summary>
    /// The language asked for (<paramref name="forced"/>: "zh" or "en", any case, "zh-CN" and the like too),
    /// else the user's: Chinese when the UI culture is Chinese or, since the tool runs with invariant
    /// globalization, when LC_ALL, LC_MESSAGES or LANG (the first set, as on Unix) names a Chinese locale
    /// (zh_CN.UTF-8 …); English otherwise. Null, empty or "auto" means "the user's".
    /// </summary>
    /// <exception cref="ArgumentException">For a language other than zh, en or auto.</exception>
    public static UiLanguage Detect(string? forced) =>
        Detect(forced, Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture.Name, OperatingSystem.IsWindows() ? GetUserDefaultUILanguage() : null);

    /// <param name="windowsLanguageId">On Windows, the user's display language (a LANGID); invariant globalization
    /// hides it from CultureInfo, and Windows sets no LANG, so it is asked of Windows itself.</param>
    internal static UiLanguage Detect(string? forced, Func<string, string?> environment, string uiCultureName, ushort? windowsLanguageId = null)
    {
        if (!string.IsNullOrWhiteSpace(forced) && !forced.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
            return TryParse(forced, out var language) ? language
                : throw new ArgumentException($"unknown UI language '{forced}': use zh or en", nameof(forced));
        if (IsChinese(uiCultureName)) return UiLanguage.Zh;
        // The primary language of a LANGID is its low ten bits; LANG_CHINESE is 0x04 (zh-CN 0x0804, zh-TW 0x0404 …).
        if (windowsLanguageId is { } id) return (id & 0x3FF) == 0x04 ? UiLanguage.Zh : UiLanguage.En;
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            var value = environment(name);
            if (!string.IsNullOrEmpty(value)) return IsChinese(value) ? UiLanguage.Zh : UiLanguage.En;
        }
        return UiLanguage.En;
    }

    /// <summary>"zh", "zh-CN", "zh_TW.UTF-8" → Chinese; "en", "en-GB" → English; anything else: false.</summary>
    public static bool TryParse(string? text, out UiLanguage language)
    {
        language = UiLanguage.En;
        if (text is null) return false;
        text = text.Trim();
        if (IsChinese(text)) { language = UiLanguage.Zh; return true; }
        return text.Equals("en", StringComparison.OrdinalIgnoreCase) || text.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("en_", StringComparison.OrdinalIgnoreCase);
    }

    [DllImport("kernel32.dll")]
    private static extern ushort GetUserDefaultUILanguage();

    private static bool IsChinese(string name) =>
        name.Equals("zh", StringComparison.OrdinalIgnoreCase) || name.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("zh_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("zh.", StringComparison.OrdinalIgnoreCase);
}
