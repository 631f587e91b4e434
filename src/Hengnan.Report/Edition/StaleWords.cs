using System.Globalization;
using System.Text.RegularExpressions;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>
/// Words and numbers tied to an earlier edition, found in the printed text of outline.txt and edition.txt
/// (titles, keywords) every time an edition is checked — the figure references move on with <c>init</c>, the
/// prose does not:
/// <list type="bullet">
/// <item>STL001: a congress ordinal other than the edition's (第十三次代表大会, "13th Congress" in the 14th's edition);</item>
/// <item>STL002: a five-year plan that ended before the period the edition reviews (十三五, "13th Five-Year Plan"
/// when the period is 2021–2025); the plans covering the period and the current and later plans are fine;</item>
/// <item>STL003: a year before the period (its starting point, the year before its first, is fine: "from 2015 to
/// 2020"); later years are fine (targets such as 2035).</item>
/// </list>
/// The period is <c>period:</c> in edition.txt, by default the five years before <c>year:</c>. A mention that is
/// meant is confirmed by a comment line above it, <c># ok: 十三五</c>, and is then not reported.
/// </summary>
public static partial class StaleWords
{
    /// <summary>The settings whose values are printed or written into the PDF's properties and are checked.</summary>
    public static readonly IReadOnlySet<string> CheckedSettings =
        new HashSet<string> { "title.zh", "title.en", "subtitle.zh", "subtitle.en", "author.zh", "author.en", "keywords" };

    private static readonly string[] EnglishOrdinals =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private const string OrdinalEn = @"(?:(?<n>\d{1,3})(?:st|nd|rd|th)|(?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))";

    // 第十三次代表大会, 第十三次党代会, 第十三次党员代表大会 — the county's own congress (a national one says 全国 in between).
    [GeneratedRegex(@"第(?<n>[零一二三四五六七八九十百]+)次(?=(?:党员)?代表大会|党代会)")]
    private static partial Regex CongressZh();

    [GeneratedRegex(@"\b" + OrdinalEn + @"(?=\s+(?:Party\s+)?Congress\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CongressEn();

    // 十三五 (not inside a longer numeral), 第十三个五年规划.
    [GeneratedRegex(@"(?<![零一二三四五六七八九十百])十(?<d>[一二三四五六七八九])五(?![零一二三四五六七八九十百千万亿])|第(?<n>[一二三四五六七八九十]+)个五年(?:规划|计划)")]
    private static partial Regex PlanZh();

    [GeneratedRegex(@"\b" + OrdinalEn + @"\s+Five[-‐‑ ]Year\s+Plan\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanEn();

    // A year: four digits on their own (not part of a longer number, a decimal or a thousands group).
    [GeneratedRegex(@"(?<![\d.,])(?:1[89]\d\d|2[01]\d\d)(?!\d|[.,]\d)")]
    private static partial Regex Year();

    // What may follow a year in Chinese text: 年, or a range to another year (2019—2020年).
    [GeneratedRegex(@"^(?:年|\s*(?:-|–|—{1,2}|~|～|至|到)\s*\d{4})")]
    private static partial Regex ChineseYearFollows();

    [GeneratedRegex(@"第(?<n>[零一二三四五六七八九十百]+)次")]
    private static partial Regex AnyOrdinalZh();

    [GeneratedRegex(@"\b" + OrdinalEn + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnyOrdinalEn();

    /// <summary>The ordinal a congress's name gives: 13 for 中国共产党衡南县第十三次代表大会 or "The 13th Congress of …".</summary>
    public static int? CongressOrdinal(string name)
    {
        if (AnyOrdinalZh().Match(name) is { Success: true } zh)
        {
            try { return ChineseNumeral.Parse(zh.Groups["n"].Value); }
            catch (FormatException) { }
        }
        return AnyOrdinalEn().Match(name) is { Success: true } en ? OrdinalOf(en) : null;
    }

    /// <summary>The years of the <paramref name="n"/>th five-year plan (from the third, 1966–1970: the 13th is 2016–2020).</summary>
    public static (int First, int Last) PlanYears(int n) => (1966 + 5 * (n - 3), 1970 + 5 * (n - 3));

    /// <summary>Reports every stale word in the printed text of outline.txt and in the printed settings of edition.txt.</summary>
    /// <param name="outline">outline.txt's file name as reported and its text as read (prepared again here).</param>
    /// <param name="edition">edition.txt's, or null.</param>
    public static void Check(EditionSettings settings, (string File, string Text) outline, (string File, string Text)? edition, DiagnosticBag diagnostics) =>
        Check(settings, WrittenFiles.Of(outline, edition, diagnostics), diagnostics);

    /// <summary>Reports every stale word in the printed words of the edition's files.</summary>
    public static void Check(EditionSettings settings, WrittenFiles written, DiagnosticBag diagnostics)
    {
        // A long outline's texts are checked in a few runs on all cores (five expressions a text), each into a bag of
        // its own, joined in the outline's order.
        var texts = written.Outline;
        int runs = Math.Min(Environment.ProcessorCount * 2, texts.Count / 256 + 1);
        var found = new DiagnosticBag[runs];
        OrderedParallel.For(runs, Environment.ProcessorCount, r =>
        {
            var bag = found[r] = diagnostics.Fork();
            for (int i = r * texts.Count / runs; i < (r + 1) * texts.Count / runs; i++)
                Check(settings, texts[i], written.OutlineFile, bag);
        });
        foreach (var bag in found) diagnostics.Join(bag);
        if (written.EditionFile is { } file)
            foreach (var text in written.Settings)
                Check(settings, text, file, diagnostics);
    }

    /// <summary>
    /// A file's text prepared as its reader prepares it (same lines and columns). What is wrong with its characters is
    /// the reader's to report; only the column map is kept, for <paramref name="learner"/>.
    /// </summary>
    /// <param name="learner">A bag that learns the file's column map (the checks' own, on another thread than the reader's).</param>
    internal static string Prepared((string File, string Text) file, DiagnosticBag? learner = null)
    {
        var scratch = new DiagnosticBag();
        var text = InputText.Prepare(file.Text, file.File, scratch);
        learner?.LearnColumns(scratch);
        return text;
    }

    private static void Check(EditionSettings settings, WrittenText text, string file, DiagnosticBag diagnostics)
    {
        void Report(string code, Match m, Msg message)
        {
            if (!text.IsConfirmed(m.Value))
                diagnostics.Warning(code, file, text.Line, text.Column + m.Index, message);
        }
        var (first, last) = settings.Period;
        if (settings.CongressOrdinal is { } ours)
        {
            foreach (Match m in CongressZh().Matches(text.Text))
                if (Number(m.Groups["n"].Value) is { } n && n != ours)
                    Report("STL001", m, Msg.Of("STL001", m.Value, Ordinal(n), Ordinal(ours)));
            foreach (Match m in CongressEn().Matches(text.Text))
                if (OrdinalOf(m) is { } n && n != ours)
                    Report("STL001", m, Msg.Of("STL001", m.Value, Ordinal(n), Ordinal(ours)));
        }
        foreach (var m in PlanZh().Matches(text.Text).Concat(PlanEn().Matches(text.Text)))
        {
            int? n = m.Groups["d"].Success ? 10 + ChineseNumeral.Parse(m.Groups["d"].Value)
                : m.Groups["n"].Success && m.Value.StartsWith('第') ? Number(m.Groups["n"].Value)
                : OrdinalOf(m);
            if (n is not { } plan || plan < 3) continue;
            var years = PlanYears(plan);
            if (years.Last < first)
                Report("STL002", m, Msg.Of("STL002", m.Value, Plan(plan), years.First, years.Last, first, last));
        }
        foreach (Match m in Year().Matches(text.Text))
        {
            int year = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (year >= first - 1) continue;
            // In Chinese a four-digit number is a year when 年 follows (or a range ending in one): 1998个 is a count.
            var after = text.Text[(m.Index + m.Length)..];
            if (after.Length > 0 && IsHan(after[0]) && !ChineseYearFollows().IsMatch(after)) continue;
            Report("STL003", m, Msg.Of("STL003", m.Value, first, last, first - 1));
        }
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static int? Number(string chinese)
    {
        try { return ChineseNumeral.Parse(chinese); }
        catch (FormatException) { return null; }
    }

    private static int? OrdinalOf(Match m)
    {
        if (m.Groups["n"].Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        if (m.Groups["w"].Success) return Array.IndexOf(EnglishOrdinals, m.Groups["w"].Value.ToLowerInvariant());
        return null;
    }

    /// <summary>An ordinal in each language: 第十三次 / 13th.</summary>
    private static BilingualText Ordinal(int n) => new($"第{ChineseNumeral.Format(n)}次", English(n));

    /// <summary>A plan's name in each language: “十三五” / the 13th Five-Year Plan.</summary>
    private static BilingualText Plan(int n) => new(n is > 10 and < 20 ? $"“十{ChineseNumeral.Format(n - 10)}五”规划" : $"第{ChineseNumeral.Format(n)}个五年规划", $"the {English(n)} Five-Year Plan");

    public static string English(int n) =>
        n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
