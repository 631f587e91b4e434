using Hengnan.Report.Layout.Text.Hyphenation;

namespace Hengnan.Report.Tests.Layout.Hyphenation;

/// <summary>
/// A deliberately naive, independent Liang matcher for cross-checking <see cref="Hyphenator"/>:
/// it scans ".word." for every pattern with <see cref="string.IndexOf(string, int, StringComparison)"/>
/// instead of looking substrings up, and knows nothing of exceptions or apostrophes.
/// </summary>
internal sealed class LiangReference
{
    private readonly List<(string Letters, int[] Values)> patterns = [];

    private LiangReference(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var token = line.Trim();
            if (token.Length == 0)
            {
                continue;
            }

            var letters = new string(token.Where(c => !char.IsAsciiDigit(c)).ToArray());
            var values = new int[letters.Length + 1];
            var k = 0;
            foreach (var c in token)
            {
                if (char.IsAsciiDigit(c))
                {
                    values[k] = c - '0';
                }
                else
                {
                    k++;
                }
            }

            patterns.Add((letters, values));
        }
    }

    public static LiangReference EnglishUS { get; } = new(ResourceLines("hyph-en-us.pat.txt"));

    public int PatternCount => patterns.Count;

    public static string[] ResourceLines(string name)
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Offsets allowed by the patterns alone, honouring the given minimums.</summary>
    public int[] Points(string word, int leftMin = 2, int rightMin = 3)
    {
        var dotted = "." + word.ToLowerInvariant() + ".";
        var values = new int[dotted.Length + 1];
        foreach (var (letters, patternValues) in patterns)
        {
            for (var at = dotted.IndexOf(letters, 0, StringComparison.Ordinal); at >= 0; at = dotted.IndexOf(letters, at + 1, StringComparison.Ordinal))
            {
                for (var k = 0; k < patternValues.Length; k++)
                {
                    values[at + k] = Math.Max(values[at + k], patternValues[k]);
                }
            }
        }

        return Enumerable.Range(leftMin, Math.Max(0, word.Length - leftMin - rightMin + 1))
            .Where(p => values[p + 1] % 2 == 1)
            .ToArray();
    }

    public static string Mark(string word, IEnumerable<int> points)
    {
        var result = word;
        foreach (var p in points.OrderByDescending(p => p))
        {
            result = result.Insert(p, "-");
        }

        return result;
    }
}
