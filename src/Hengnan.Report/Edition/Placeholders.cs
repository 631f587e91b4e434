using System.Text.RegularExpressions;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>
/// What makes an edition a draft: a date not set yet (<c>date: 待定</c>; an edition without a date line has
/// none to set: its PDF carries 1 January of its year), <c>status: draft</c>, and
/// text still to be written — <c>TODO</c>, <c>TBD</c>, 待定, 待补, 待核实 or ×× in the printed text of outline.txt
/// or edition.txt (a missing photo is the fourth kind, found where the photos are read). Each is a warning,
/// and the build prints 样稿 DRAFT on every page; for <c>build --final</c> each is an error.
/// </summary>
public static partial class Placeholders
{
    // TODO and TBD as words of their own (a Chinese character next to them counts as a boundary: 此处TODO).
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:TODO|TBD)(?![A-Za-z0-9])|待定|待补|待核实|××+")]
    private static partial Regex Mark();

    /// <summary>Reports every placeholder (errors when <paramref name="final"/>) and returns how many there are.</summary>
    public static int Check(EditionSettings settings, (string File, string Text) outline, (string File, string Text) edition, bool final, DiagnosticBag diagnostics) =>
        Check(settings, WrittenFiles.Of(outline, edition, diagnostics), final, diagnostics);

    /// <summary>Reports every placeholder in the printed words of the edition's files (errors when <paramref name="final"/>) and returns how many there are.</summary>
    public static int Check(EditionSettings settings, WrittenFiles written, bool final, DiagnosticBag diagnostics)
    {
        int count = 0;
        void Report(string code, string file, int line, int column, Msg message)
        {
            count++;
            if (final) diagnostics.Error(code, file, line, column, message);
            else diagnostics.Warning(code, file, line, column, message);
        }
        if (settings.DateIsPlaceholder && settings.Locations.TryGetValue("date", out var at))
            Report("DRF002", at.File, at.Line, at.Column, Msg.Of("DRF002"));
        if (settings.StatusDraft && settings.Locations.TryGetValue("status", out var status))
            Report("DRF003", status.File, status.Line, status.Column, Msg.Of("DRF003"));
        void Marks(IEnumerable<WrittenText> texts, string file)
        {
            foreach (var text in texts)
                foreach (Match m in Mark().Matches(text.Text))
                    Report("DRF004", file, text.Line, text.Column + m.Index, Msg.Of("DRF004", m.Value));
        }
        Marks(written.Outline, written.OutlineFile);
        if (written.EditionFile is { } file) Marks(written.Settings, file);
        return count;
    }
}
