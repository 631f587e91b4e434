using System.Text.RegularExpressions;

namespace Hengnan.Report.Edition;

/// <summary>
/// A stretch of printed words as written in outline.txt or edition.txt, with its place (1-based line and
/// column of its first character in the prepared text) and the words a <c># ok:</c> comment above it
/// confirmed. Figure references (<c>{gdp@2020}</c>, <c>{page:economy}</c>) are blanked out with spaces, so
/// what is found in the words keeps its column and nothing is found inside a reference.
/// </summary>
public readonly record struct WrittenText(string Text, int Line, int Column, IReadOnlyCollection<string> Confirmed)
{
    /// <summary>Whether a <c># ok:</c> comment confirmed <paramref name="word"/> (a confirmed phrase holding it counts).</summary>
    public bool IsConfirmed(string word)
    {
        var w = Plain(word);
        return Confirmed.Any(c => Plain(c).Contains(w, StringComparison.Ordinal));
    }

    private static string Plain(string s) =>
        Regex.Replace(s.ToLowerInvariant(), @"[\s“”""‘’'「」]+", "");
}

/// <summary>
/// Finds the printed words of the edition's text files, line by line, the way the readers take them:
/// in outline.txt the values of <c>zh:</c>, <c>en:</c> and <c>title:</c>, the titles of a <c>chart:</c>
/// line (after its first '|') and the lines that continue a paragraph; in edition.txt the values of the
/// settings named. Comment lines (<c>#</c>) are not printed, but one that reads
/// <c># ok: 十三五, 13th Five-Year Plan</c> (or <c># 确认：十三五</c>) confirms those words for the text that
/// follows it: in outline.txt up to the end of the next zh/en pair (or the next title or chart line), in
/// edition.txt for the next setting.
/// </summary>
public static partial class WrittenTexts
{
    [GeneratedRegex(@"^\s*#\s*(?:ok|确认)\s*[:：](.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmLine();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Reference();

    /// <summary>The printed words of outline.txt (its prepared text).</summary>
    public static IEnumerable<WrittenText> OfOutline(string text)
    {
        var lines = KeyValueLine.SplitLines(text);
        var confirmed = new List<string>();
        bool used = false;          // the confirmation has covered a whole pair (or a title): the next text starts afresh
        bool inParagraph = false;
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var trimmed = line.Trim();
            if (trimmed.Length == 0) { inParagraph = false; continue; }
            if (trimmed[0] == '#')
            {
                if (ConfirmLine().Match(line) is { Success: true } m)
                {
                    if (used) { confirmed = []; used = false; }
                    confirmed.AddRange(Words(m.Groups[1].Value));
                }
                continue;
            }
            if (trimmed[0] == '[') { inParagraph = false; continue; }
            var kv = KeyValueLine.TryParse(line, n + 1);
            if (kv is { Key: "zh" or "en" or "title" or "chart" or "kpi" } key)
            {
                if (used && key.Key != "en") { confirmed = []; used = false; }
                inParagraph = key.Key is "zh" or "en";
                switch (key.Key)
                {
                    case "zh":
                    case "en":
                    case "title":
                        yield return Blanked(key.Value, n + 1, key.ValueColumn, confirmed);
                        break;
                    case "chart":
                        var bar = key.Value.IndexOf('|');
                        if (bar >= 0) yield return Blanked(key.Value[(bar + 1)..], n + 1, key.ValueColumn + bar + 1, confirmed);
                        break;
                }
                // A pair ends with its English paragraph; a title or a chart line stands alone.
                if (key.Key is "en" or "title" or "chart") used = confirmed.Count > 0;
                continue;
            }
            if (inParagraph)
            {
                int indent = line.Length - line.TrimStart().Length;
                yield return Blanked(trimmed, n + 1, indent + 1, confirmed);
            }
        }
    }

    /// <summary>The values of the settings <paramref name="keys"/> in edition.txt (its prepared text).</summary>
    public static IEnumerable<WrittenText> OfSettings(string text, IReadOnlySet<string> keys)
    {
        var lines = KeyValueLine.SplitLines(text);
        var confirmed = new List<string>();
        for (int n = 0; n < lines.Length; n++)
        {
            if (ConfirmLine().Match(lines[n]) is { Success: true } m)
            {
                confirmed.AddRange(Words(m.Groups[1].Value));
                continue;
            }
            if (KeyValueLine.IsCommentOrBlank(lines[n]) || KeyValueLine.TryParse(lines[n], n + 1) is not { } kv) continue;
            if (keys.Contains(kv.Key)) yield return new WrittenText(kv.Value, n + 1, kv.ValueColumn, confirmed.ToList());
            confirmed = [];
        }
    }

    private static WrittenText Blanked(string text, int line, int column, List<string> confirmed) =>
        new(Reference().Replace(text, m => new string(' ', m.Length)), line, column, confirmed.ToList());

    private static IEnumerable<string> Words(string list) =>
        list.Split([',', '，', '、', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
