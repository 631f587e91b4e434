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

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The differences as JSON. Written with <see cref="Utf8JsonWriter"/>: the natively compiled program has no
    /// reflection-based serializer (the text is what that serializer wrote).</summary>
    public static string Json(Result diff)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            static string Kind(Change c) => c switch { Change.Changed => "changed", Change.Added => "added", _ => "removed" };
            void Bilingual(string name, Content.BilingualText text)
            {
                w.WriteStartObject(name);
                w.WriteString("zh", text.Zh);
                w.WriteString("en", text.En);
                w.WriteEndObject();
            }
            void Row(string name, Content.Indicator? row)
            {
                if (row is null) { w.WriteNull(name); return; }
                w.WriteStartObject(name);
                w.WriteNumber("value", row.Value);
                w.WriteString("unit", row.Unit);
                w.WriteNumber("line", row.Location.Line);
                w.WriteEndObject();
            }
            void Text(string name, string? text, Hengnan.Report.Layout.SourceLocation? at)
            {
                if (text is null) { w.WriteNull(name); return; }
                w.WriteStartObject(name);
                w.WriteString("text", text);
                if (at is null) w.WriteNull("at");
                else
                {
                    w.WriteStartObject("at");
                    w.WriteString("file", at.File);
                    w.WriteNumber("line", at.Line);
                    w.WriteNumber("column", at.Column);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteStartObject();
            w.WriteString("old", diff.OldFolder);
            w.WriteString("new", diff.NewFolder);
            w.WriteStartArray("figures");
            foreach (var f in diff.Figures)
            {
                w.WriteStartObject();
                w.WriteString("change", Kind(f.Kind));
                w.WriteString("id", f.Id);
                w.WriteNumber("year", f.Year);
                Bilingual("label", f.Label);
                Row("old", f.Old);
                Row("new", f.New);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("paragraphs");
            foreach (var p in diff.Paragraphs)
            {
                w.WriteStartObject();
                w.WriteString("change", Kind(p.Kind));
                w.WriteString("part", p.Part);
                Bilingual("title", p.PartTitle);
                w.WriteNumber("paragraph", p.Number);
                w.WriteBoolean("caption", p.Caption);
                w.WriteString("language", p.Language == Language.Zh ? "zh" : "en");
                Text("old", p.OldText, p.OldAt);
                Text("new", p.NewText, p.NewAt);
                w.WriteStartArray("edits");
                foreach (var e in p.Edits)
                {
                    w.WriteStartObject();
                    w.WriteString("before", e.Before);
                    w.WriteString("removed", e.Removed);
                    w.WriteString("added", e.Added);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
