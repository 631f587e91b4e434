using System.Globalization;
using Hengnan.Report.Content;
using Hengnan.Report.Messages;

namespace Hengnan.Report.Edition;

/// <summary>A message of the catalogue (<see cref="MessageCatalog"/>) and its arguments, formatted invariantly.</summary>
/// <remarks>
/// An argument is the same text in every language (a name, a number, a line), except two kinds that are
/// worded per language: a <see cref="Msg"/> (a phrase of the catalogue itself, e.g. "growth rate" / "年均增长率")
/// and a <see cref="BilingualText"/> (words another part of the tool already has in both languages, e.g. a
/// preflight finding). Each is turned into its text in each language when the message is made, so the
/// message keeps one list of arguments a language.
/// </remarks>
public sealed record Msg
{
    public string Key { get; }

    /// <summary>The arguments as the English text takes them.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <summary>The arguments as the Chinese text takes them: <see cref="Args"/> but for those given per language.</summary>
    private readonly IReadOnlyList<string> _zhArgs;

    private Msg(string key, IReadOnlyList<string> args, IReadOnlyList<string> zhArgs) => (Key, Args, _zhArgs) = (key, args, zhArgs);

    public static Msg Of(string key, params object?[] args) =>
        new(key, args.Select(a => Text(a, UiLanguage.En)).ToArray(), args.Select(a => Text(a, UiLanguage.Zh)).ToArray());

    private static string Text(object? arg, UiLanguage language) => arg switch
    {
        Msg m => m.In(language),
        BilingualText t => language == UiLanguage.Zh ? t.Zh : t.En,
        _ => Convert.ToString(arg, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The arguments as the text in <paramref name="language"/> takes them.</summary>
    public IReadOnlyList<string> ArgsIn(UiLanguage language) => language == UiLanguage.Zh ? _zhArgs : Args;

    /// <summary>The message in <paramref name="language"/> (English where the language lacks it).</summary>
    public string In(UiLanguage language) =>
        MessageCatalog.Format(language, Key, ArgsIn(language)) ?? throw new InvalidOperationException($"no message '{Key}' in the catalogue");

    /// <summary>The hint that goes with the message (under its key + ".hint"), if the catalogue has one.</summary>
    public Msg? Hint => MessageCatalog.Has(UiLanguage.En, Key + ".hint") ? new Msg(Key + ".hint", Args, _zhArgs) : null;

    public bool Equals(Msg? other) =>
        other is not null && Key == other.Key && Args.SequenceEqual(other.Args) && _zhArgs.SequenceEqual(other._zhArgs);

    public override int GetHashCode() => HashCode.Combine(Key, Args.Count);

    public override string ToString() => In(UiLanguage.En);
}
