using System.Globalization;
using Hengnan.Report.Messages;

namespace Hengnan.Report.Edition;

/// <summary>A message of the catalogue (<see cref="MessageCatalog"/>) and its arguments, formatted invariantly.</summary>
public sealed record Msg
{
    public string Key { get; }
    public IReadOnlyList<string> Args { get; }

    private Msg(string key, IReadOnlyList<string> args) => (Key, Args) = (key, args);

    public static Msg Of(string key, params object?[] args) =>
        new(key, args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToArray());

    /// <summary>The message in <paramref name="language"/> (English where the language lacks it).</summary>
    public string In(UiLanguage language) =>
        MessageCatalog.Format(language, Key, Args) ?? throw new InvalidOperationException($"no message '{Key}' in the catalogue");

    /// <summary>The hint that goes with the message (under its key + ".hint"), if the catalogue has one.</summary>
    public Msg? Hint => MessageCatalog.Has(UiLanguage.En, Key + ".hint") ? new Msg(Key + ".hint", Args) : null;

    public bool Equals(Msg? other) => other is not null && Key == other.Key && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Key, Args.Count);

    public override string ToString() => In(UiLanguage.En);
}
