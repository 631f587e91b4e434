using Hengnan.Report.Layout.Text.Hyphenation;
using Hengnan.Report.Layout.Text.LineBreaking;

namespace Hengnan.Report.Layout.Text;

/// <summary>
/// The text tables every paragraph needs: the Unicode line-break classes (UAX #14, with East Asian widths) and
/// the English hyphenation patterns. Each is built once per process, on first use; <see cref="Preload"/> starts
/// building both on the thread pool, so a program that knows it will set text can have them ready on the other
/// core by the time its first paragraph is laid out, instead of waiting for them there.
/// </summary>
public static class TextData
{
    private static readonly Lazy<Task> Loading = new(() => Task.Run(() =>
    {
        _ = LineBreakClassTable.Data;
        _ = Hyphenator.EnglishUS;
    }), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Starts loading the tables in the background (once per process); returns at once. Using the tables
    /// before they are ready just waits for them (each is a thread-safe lazy value).</summary>
    public static Task Preload() => Loading.Value;
}
