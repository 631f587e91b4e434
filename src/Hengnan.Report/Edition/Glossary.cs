using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>A term of the edition's glossary: the Chinese, its English, and the shorter English used after the first time (a pinyin gloss dropped).</summary>
public sealed record GlossaryTerm(string Zh, string En, string? Later, SourceLocation Location);

/// <summary>
/// Reads an edition's glossary.csv, the terms its English must use for its Chinese, one row a term, lines starting
/// with # are comments:
/// <code>
/// zh,en,en_later
/// 屋场恳谈会,wuchang (hamlet) forum,wuchang forum
/// 四区一花园,Four Zones and One Garden,
/// </code>
/// <c>en_later</c> (optional) is what the English may say once the term has been given in full: a pinyin term is
/// glossed at its first use ("wuchang (hamlet) forum") and named shortly after ("wuchang forum").
/// </summary>
public static class GlossaryReader
{
    public const string File = "glossary.csv";

    public static readonly string[] Columns = ["zh", "en", "en_later"];

    public static IReadOnlyList<GlossaryTerm> Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var terms = new List<GlossaryTerm>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in LocatedCsv.Read(text, file, diagnostics, ["zh", "en"], LocatedCsv.OnlyColumns(Columns, "GLO001", file, diagnostics), comments: true))
        {
            var zh = row.Text("zh");
            var en = row.Text("en");
            var later = row.Text("en_later");
            if (zh.Length == 0 || en.Length == 0)
            {
                var missing = zh.Length == 0 ? "zh" : "en";
                diagnostics.Error("GLO002", file, row.Line, row.Column(missing), Msg.Of("GLO002." + missing, zh.Length == 0 ? en : zh));
                continue;
            }
            if (lines.TryGetValue(zh, out var first))
            {
                diagnostics.Error("GLO003", file, row.Line, row.Column("zh"), Msg.Of("GLO003", zh, first));
                continue;
            }
            lines[zh] = row.Line;
            terms.Add(new GlossaryTerm(zh, en, later.Length > 0 ? later : null, new SourceLocation(file, row.Line, row.Column("en"))));
        }
        return terms;
    }
}

/// <summary>
/// Holds the English to the glossary: wherever a paragraph's Chinese uses a glossary term, its English must use the
/// term's English, exactly as written there (capitals included), in full the first time and in full or in its
/// shorter form after. Warnings, located at the English.
/// </summary>
public static class GlossaryCheck
{
    public static void Check(IReadOnlyList<GlossaryTerm> terms, Outline outline, DiagnosticBag diagnostics)
    {
        if (terms.Count == 0) return;
        var introduced = new HashSet<GlossaryTerm>();
        var blocks = (outline.Intro?.Blocks ?? []).Concat(outline.Sections.SelectMany(s => s.Numbers.Concat(s.Review))).Concat(outline.Closing?.Blocks ?? []);
        foreach (var pair in blocks.OfType<ParagraphPair>())
        {
            var zh = string.Concat(pair.Zh.Parts.OfType<LiteralText>().Select(l => l.Text));
            var english = pair.En.Parts.OfType<LiteralText>().ToList();
            foreach (var term in terms.Where(t => zh.Contains(t.Zh, StringComparison.Ordinal)))
            {
                bool first = introduced.Add(term);
                string[] forms = first || term.Later is null ? [term.En] : [term.En, term.Later];
                if (english.Any(l => forms.Any(f => l.Text.Contains(f, StringComparison.Ordinal)))) continue;
                // Written otherwise: with other capitals, or (the first time) only in the short form.
                var (literal, index, found) = Find(english, forms.Append(term.Later ?? term.En).Distinct());
                var at = literal?.Location ?? pair.En.Location;
                int column = at.Column + Math.Max(0, index);
                if (found is not null && found.Equals(term.En, StringComparison.OrdinalIgnoreCase))
                    diagnostics.Warning("GLO011", at.File, at.Line, column, Msg.Of("GLO011", found, term.En));
                else if (found is not null && term.Later is not null && found.Equals(term.Later, StringComparison.Ordinal) && first)
                    diagnostics.Warning("GLO012", at.File, at.Line, column, Msg.Of("GLO012", term.Zh, term.En, term.Later));
                else if (found is not null)
                    diagnostics.Warning("GLO011", at.File, at.Line, column, Msg.Of("GLO011", found, term.Later ?? term.En));
                else
                    diagnostics.Warning("GLO010", at.File, at.Line, at.Column, Msg.Of("GLO010", term.Zh, term.En));
            }
        }
    }

    /// <summary>The first English literal holding one of <paramref name="forms"/> in any capitals: where, and as written.</summary>
    private static (LiteralText? Literal, int Index, string? Found) Find(IEnumerable<LiteralText> english, IEnumerable<string> forms)
    {
        foreach (var literal in english)
            foreach (var form in forms)
            {
                int i = literal.Text.IndexOf(form, StringComparison.OrdinalIgnoreCase);
                if (i >= 0) return (literal, i, literal.Text.Substring(i, form.Length));
            }
        return (null, -1, null);
    }
}
