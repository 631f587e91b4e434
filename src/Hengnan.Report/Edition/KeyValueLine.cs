namespace Hengnan.Report.Edition;

/// <summary>
/// One line of the edition's text formats (edition.txt, outline.txt): <c>key: value</c>, with
/// <c>#</c> comment lines and blank lines. Both ASCII ':' and full-width '：' separate a key.
/// </summary>
public readonly record struct KeyValueLine(string Key, string Value, int Line, int KeyColumn, int ValueColumn)
{
    /// <summary>Splits <paramref name="text"/> at its first colon when what precedes it looks like a key.</summary>
    public static KeyValueLine? TryParse(string text, int line)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        int start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-' or '_')) i++;
        if (i == start || i >= text.Length || (text[i] != ':' && text[i] != '：')) return null;
        var key = text[start..i];
        int v = i + 1;
        while (v < text.Length && text[v] == ' ') v++;
        return new KeyValueLine(key, text[v..].TrimEnd(), line, start + 1, v + 1);
    }

    /// <summary>The lines of <paramref name="text"/>, split at CR LF, CR or LF (one more line than line ends), in one pass.</summary>
    public static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (true)
        {
            int end = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0) break;
            end += start;
            lines.Add(text.Substring(start, end - start));
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        lines.Add(text.Substring(start));
        return lines.ToArray();
    }

    public static bool IsCommentOrBlank(string line)
    {
        var t = line.TrimStart();
        return t.Length == 0 || t[0] == '#';
    }
}
