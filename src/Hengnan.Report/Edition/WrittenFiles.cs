namespace Hengnan.Report.Edition;

/// <summary>
/// The printed words of outline.txt and of edition.txt's checked settings (<see cref="WrittenTexts"/>), each file
/// prepared once: the stale-word and placeholder checks both read them.
/// </summary>
public sealed record WrittenFiles(string OutlineFile, IReadOnlyList<WrittenText> Outline, string? EditionFile, IReadOnlyList<WrittenText> Settings)
{
    /// <param name="outline">outline.txt's file name as reported and its text as read (prepared again here).</param>
    /// <param name="edition">edition.txt's, or null.</param>
    /// <param name="diagnostics">The bag the checks report to: it learns the files' column maps, so that what they find is
    /// placed in characters as written whether or not the reader on the other thread has prepared the file yet.</param>
    public static WrittenFiles Of((string File, string Text) outline, (string File, string Text)? edition, DiagnosticBag? diagnostics = null) =>
        new(outline.File, WrittenTexts.OfOutline(StaleWords.Prepared(outline, diagnostics)).ToList(), edition?.File,
            edition is { } e ? WrittenTexts.OfSettings(StaleWords.Prepared(e, diagnostics), StaleWords.CheckedSettings).ToList() : []);
}
