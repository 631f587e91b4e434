using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hengnan.Report.Edition;
using Hengnan.Report.Layout.Text;
using static Hengnan.Report.Edition.EditionDiff;

namespace Hengnan.Report.Cli;

/// <summary>
/// The report of <c>hengnan-report diff</c>: plain text in the user's language (a paragraph's text is shown in
/// its own language), or JSON for tools (both languages' words for labels and titles).
/// </summary>
public static class DiffReport
{
    public static string Text(Result diff, UiLanguage ui)
    {
        string Say(string zh, string en) => ui == UiLanguage.Zh ? zh : en;
        string Words(Content.BilingualText t) => ui == UiLanguage.Zh ? t.Zh : t.En;
        string Value(Content.Indicator? row) => row is null ? "" : row.Value.ToString(CultureInfo.InvariantCulture) + " " + row.Unit;
        var sb = new StringBuilder();
        sb.AppendLine(Say($"比较 {diff.OldFolder}（旧）与 {diff.NewFolder}（新）", $"comparing {diff.OldFolder} (old) with {diff.NewFolder} (new)"));

        sb.AppendLine();
        sb.AppendLine(diff.Figures.Count == 0
            ? Say("数据：没有变化", "figures: no change")
            : Say($"数据：{diff.Figures.Count} 项有变化", $"figures: {diff.Figures.Count} changed, new or gone"));
        foreach (var f in diff.Figures)
        {
            var what = f.Kind switch
            {
                Change.Changed => $"{Value(f.Old)} → {Value(f.New)}",
                Change.Added => Say($"新增 {Value(f.New)}", $"new: {Value(f.New)}"),
                _ => Say($"已删除（原为 {Value(f.Old)}）", $"gone (was {Value(f.Old)})"),
            };
            sb.AppendLine($"  {f.Id}@{f.Year}  {Words(f.Label)}: {what}");
        }

        sb.AppendLine();
        sb.AppendLine(diff.Paragraphs.Count == 0
            ? Say("正文：没有变化", "text: no change")
            : Say($"正文：{diff.Paragraphs.Count} 处有变化", $"text: {diff.Paragraphs.Count} paragraph(s) changed, new or gone"));
        foreach (var p in diff.Paragraphs)
        {
            var part = p.Part switch
            {
                "intro" or "closing" or "credits" => Words(p.PartTitle),
                _ => Say($"{Words(p.PartTitle)}（{p.Part}）", $"{Words(p.PartTitle)} ({p.Part})"),
            };
            var language = p.Language == Language.Zh ? Say("中文", "Chinese") : Say("英文", "English");
            var kind = p.Kind switch
            {
                Change.Changed => Say("改动", "changed"),
                Change.Added => Say("新增", "new"),
                _ => Say("删除", "gone"),
            };
            var at = p.NewAt ?? p.OldAt;
            var where = at is null ? "" : $"  {at.File}:{at.Line}";
            var which = p.Caption ? Say($"第 {p.Number} 段（图片说明）", $"paragraph {p.Number} (a photo caption)") : Say($"第 {p.Number} 段", $"paragraph {p.Number}");
            sb.AppendLine(Say($"  {part} {which}，{language}，{kind}{where}", $"  {part}, {which}, {language}, {kind}{where}"));
            if (p.OldText is not null) sb.AppendLine("    - " + p.OldText);
            if (p.NewText is not null) sb.AppendLine("    + " + p.NewText);
            foreach (var e in p.Edits)
                sb.AppendLine(Say($"      {e.Before}［{e.Removed}］→［{e.Added}］", $"      {e.Before}[{e.Removed}] → [{e.Added}]"));
        }
        return sb.ToString().TrimEnd();
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(Result diff)
    {
        static object? Row(Content.Indicator? row) => row is null ? null : new { value = row.Value, unit = row.Unit, line = row.Location.Line };
        static object? At(Hengnan.Report.Layout.SourceLocation? at) => at is null ? null : new { file = at.File, line = at.Line, column = at.Column };
        static string Kind(Change c) => c switch { Change.Changed => "changed", Change.Added => "added", _ => "removed" };
        return JsonSerializer.Serialize(new
        {
            old = diff.OldFolder,
            @new = diff.NewFolder,
            figures = diff.Figures.Select(f => new
            {
                change = Kind(f.Kind),
                id = f.Id,
                year = f.Year,
                label = new { zh = f.Label.Zh, en = f.Label.En },
                old = Row(f.Old),
                @new = Row(f.New),
            }),
            paragraphs = diff.Paragraphs.Select(p => new
            {
                change = Kind(p.Kind),
                part = p.Part,
                title = new { zh = p.PartTitle.Zh, en = p.PartTitle.En },
                paragraph = p.Number,
                caption = p.Caption,
                language = p.Language == Language.Zh ? "zh" : "en",
                old = p.OldText is null ? null : new { text = p.OldText, at = At(p.OldAt) },
                @new = p.NewText is null ? null : new { text = p.NewText, at = At(p.NewAt) },
                edits = p.Edits.Select(e => new { before = e.Before, removed = e.Removed, added = e.Added }),
            }),
        }, Options);
    }
}
