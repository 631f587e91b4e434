using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Hengnan.Report.Messages;

/// <summary>
/// The tool's messages in each language, read from messages.en.txt and messages.zh.txt (embedded resources):
/// one <c>KEY = text with {0} {1} placeholders</c> a line, <c>#</c> starts a comment line. A key is a
/// diagnostic code (CSV004), with a suffix where one code has several messages (CSV003.more); a
/// message's hint is under its key + ".hint" and takes the same arguments.
/// </summary>
public static partial class MessageCatalog
{
    private static readonly Lazy<FrozenDictionary<string, string>> English = new(() => Load(UiLanguage.En));
    private static readonly Lazy<FrozenDictionary<string, string>> Chinese = new(() => Load(UiLanguage.Zh));

    /// <summary>Every key and its text in one language.</summary>
    public static IReadOnlyDictionary<string, string> Entries(UiLanguage language) =>
        language == UiLanguage.Zh ? Chinese.Value : English.Value;

    public static bool Has(UiLanguage language, string key) => Entries(language).ContainsKey(key);

    /// <summary>
    /// The text under <paramref name="key"/> with its placeholders filled in; a key the language lacks
    /// falls back to English; null when neither has it.
    /// </summary>
    public static string? Format(UiLanguage language, string key, IReadOnlyList<string> args)
    {
        if (!Entries(language).TryGetValue(key, out var text) && !English.Value.TryGetValue(key, out text)) return null;
        return string.Format(CultureInfo.InvariantCulture, text, args.Cast<object?>().ToArray());
    }

    /// <summary>The placeholder numbers a text uses ({0} {1} …), in order and without repeats.</summary>
    public static IReadOnlyList<int> Placeholders(string text) =>
        PlaceholderPattern().Matches(text.Replace("{{", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();

    /// <summary>Parses a catalogue file's text (exposed for tests); a malformed line throws, naming it.</summary>
    public static Dictionary<string, string> Parse(string text, string name)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new FormatException($"{name}:{n + 1}: expected 'KEY = text'");
            var key = line[..eq].Trim();
            if (!entries.TryAdd(key, line[(eq + 1)..].Trim()))
                throw new FormatException($"{name}:{n + 1}: the key '{key}' is given twice");
        }
        return entries;
    }

    /// <summary>The catalogue file's text as shipped.</summary>
    public static string ResourceText(UiLanguage language)
    {
        var name = $"Hengnan.Report.Messages.messages.{(language == UiLanguage.Zh ? "zh" : "en")}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the message catalogue {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static FrozenDictionary<string, string> Load(UiLanguage language) =>
        Parse(ResourceText(language), $"messages.{(language == UiLanguage.Zh ? "zh" : "en")}.txt").ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
