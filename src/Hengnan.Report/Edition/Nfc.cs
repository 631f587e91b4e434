using System.Text;
using HarfBuzzSharp;

namespace Hengnan.Report.Edition;

/// <summary>
/// Unicode normalisation form C (canonical decomposition, canonical ordering, canonical composition),
/// from HarfBuzz's Unicode data: the tool runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does nothing. HarfBuzz's composition leaves out the
/// composition exclusions, as NFC requires.
/// </summary>
internal static class Nfc
{
    private static readonly UnicodeFunctions Ucd = UnicodeFunctions.Default;

    /// <summary>True when no character of <paramref name="text"/> can change under NFC (checked cheaply).</summary>
    public static bool IsTriviallyNormalized(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!Stable(c)) return false;
        return true;
    }

    // ASCII, general punctuation (dashes, quotes, ellipsis), and the CJK ideographs and CJK punctuation of the brochure's text: no decomposition, combining class 0,
    // never the second part of a composition.
    private static bool Stable(char c) => c < 0x80 || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3000' and <= '\u3029' || c is >= '\uFF01' and <= '\uFF5E' || c is >= '\u2010' and <= '\u2027';

    /// <summary>The NFC form of a text without unpaired surrogates.</summary>
    public static string Normalize(string text)
    {
        if (IsTriviallyNormalized(text)) return text;
        var decomposed = new List<int>(text.Length + 4);
        foreach (var rune in text.EnumerateRunes()) Decompose(rune.Value, decomposed);
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < decomposed.Count; i++)
        {
            for (int j = i; j > 0; j--)
            {
                int a = Ccc(decomposed[j - 1]), b = Ccc(decomposed[j]);
                if (b == 0 || a <= b) break;
                (decomposed[j - 1], decomposed[j]) = (decomposed[j], decomposed[j - 1]);
            }
        }
        // Canonical composition: each character joins the last starter unless blocked.
        var composed = new List<int>(decomposed.Count);
        int starter = -1;
        foreach (var c in decomposed)
        {
            int ccc = Ccc(c);
            if (starter >= 0)
            {
                bool adjacent = composed.Count - 1 == starter;
                int last = Ccc(composed[^1]);
                if ((adjacent || (last != 0 && last < ccc)) && Ucd.TryCompose(composed[starter], c, out var both))
                {
                    composed[starter] = both;
                    continue;
                }
            }
            if (ccc == 0) starter = composed.Count;
            composed.Add(c);
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in composed) sb.Append(new Rune(c).ToString());
        return sb.ToString();
    }

    private static int Ccc(int c) => c < 0x300 ? 0 : (int)Ucd.GetCombiningClass(c);

    private static void Decompose(int c, List<int> into)
    {
        if (c < 0xC0 || !Ucd.TryDecompose(c, out var a, out var b) || a == 0)
        {
            into.Add(c);
            return;
        }
        Decompose(a, into);
        if (b != 0) Decompose(b, into);
    }
}
