using System.Buffers;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Hengnan.Report.Layout.Text.Hyphenation;

/// <summary>
/// Finds hyphenation points in a single word with Frank Liang's pattern algorithm
/// (F. M. Liang, "Word Hy-phen-a-tion by Com-put-er", Stanford PhD thesis, 1983), which is
/// the algorithm TeX uses (The TeXbook, appendix H; tex.web §919–§965).
/// </summary>
/// <remarks>
/// <para>
/// A pattern such as <c>.hy3ph</c> is a letter string with an inter-letter value (0–9) between
/// every pair of letters; <c>.</c> marks a word edge. For a word, every pattern that occurs in
/// <c>.word.</c> contributes its values and, at every inter-letter position, the maximum value
/// wins. Odd values permit a hyphen, even values forbid one (Liang 1983, ch. 2), so later,
/// more specific patterns can override earlier general ones.
/// </para>
/// <para>
/// On top of the patterns we apply, like TeX: an exception dictionary that replaces the
/// patterns for listed words (TeX's <c>\hyphenation</c>, tex.web §934), and the minimum number
/// of letters before the first and after the last hyphen (<c>\lefthyphenmin</c> and
/// <c>\righthyphenmin</c>, tex.web §923; these apply to exceptions too).
/// </para>
/// <para>
/// Instances are immutable and safe to use from several threads at once.
/// </para>
/// </remarks>
public sealed class Hyphenator
{
    private static readonly Lazy<Hyphenator> EnglishUSInstance =
        new(LoadEnglishUS, LazyThreadSafetyMode.ExecutionAndPublication);

    // The patterns as a trie over their letters (dots included), as Liang (1983, ch. 3) and TeX
    // store them. It is built from the sorted patterns in one breadth-first pass, so loading stays
    // at a few milliseconds, and matching a word is a walk from each letter that allocates nothing.
    // Node n's children are the edges [childStart[n], childStart[n] + childCount[n]), sorted by
    // edgeLetter; nodeValues[n] is the index in patternNumbers of the pattern ending at n, or -1.
    // patternNumbers[v][k] is the number in front of letter k of pattern v, [^1] the one after its last.
    private readonly int[] childStart;
    private readonly int[] childCount;
    private readonly int[] nodeValues;
    private readonly char[] edgeLetter;
    private readonly int[] edgeTarget;
    private readonly byte[][] patternNumbers;

    // Exceptions keyed by the lower-case word without hyphens; the value lists the offsets at
    // which the exception marks a hyphen.
    private readonly Dictionary<string, int[]> exceptions;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> exceptionLookup;

    /// <summary>Creates a hyphenator from TeX patterns and exceptions.</summary>
    /// <param name="patterns">
    /// Patterns in TeX notation, e.g. <c>.ach4</c> or <c>4b1ly</c>; blank lines and anything after a
    /// <c>%</c> are ignored. Letters are compared after lower-casing.
    /// </param>
    /// <param name="exceptions">
    /// Whole words with every permitted hyphen written as <c>-</c>, e.g. <c>ta-ble</c>. A word listed
    /// without hyphens (e.g. <c>present</c>) is never hyphenated.
    /// </param>
    /// <param name="leftHyphenMin">Fewest letters before the first hyphen (TeX's <c>\lefthyphenmin</c>).</param>
    /// <param name="rightHyphenMin">Fewest letters after the last hyphen (TeX's <c>\righthyphenmin</c>).</param>
    public Hyphenator(IEnumerable<string> patterns, IEnumerable<string> exceptions, int leftHyphenMin = 2, int rightHyphenMin = 3)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(exceptions);
        ArgumentOutOfRangeException.ThrowIfLessThan(leftHyphenMin, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rightHyphenMin, 1);

        LeftHyphenMin = leftHyphenMin;
        RightHyphenMin = rightHyphenMin;

        var keys = new List<string>(5000);
        var valueList = new List<byte[]>(5000);
        Span<char> letterBuffer = stackalloc char[128];
        Span<byte> valueBuffer = stackalloc byte[129];
        foreach (var line in patterns)
        {
            var rest = StripComment(line);
            while (NextToken(ref rest) is { IsEmpty: false } token)
            {
                if (token.Length >= letterBuffer.Length)
                {
                    throw new ArgumentException($"Pattern '{token}' is too long.", nameof(patterns));
                }

                var letterCount = ParsePattern(token, letterBuffer, valueBuffer);
                if (letterCount > 0)
                {
                    keys.Add(new string(letterBuffer[..letterCount]));
                    valueList.Add(valueBuffer[..(letterCount + 1)].ToArray());
                }
            }
        }

        (childStart, childCount, nodeValues, edgeLetter, edgeTarget, patternNumbers) = BuildTrie(keys, valueList);

        this.exceptions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var line in exceptions)
        {
            var rest = StripComment(line);
            while (NextToken(ref rest) is { IsEmpty: false } token)
            {
                var word = new StringBuilder(token.Length);
                var points = new List<int>();
                foreach (var c in token)
                {
                    if (c == '-')
                    {
                        points.Add(word.Length);
                    }
                    else
                    {
                        word.Append(char.ToLowerInvariant(c));
                    }
                }

                // A later entry replaces an earlier one, as a later \hyphenation does in TeX.
                this.exceptions[word.ToString()] = points.Where(p => p > 0 && p < word.Length).Distinct().ToArray();
            }
        }

        exceptionLookup = this.exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The hyph-utf8 American English patterns (Knuth's plain TeX patterns with Gerard Kuiken's
    /// additions, "ushyphmax"), with TeX's English minimums of 2 letters before and 3 after a hyphen.
    /// Loaded once, on first use, from resources embedded in this assembly.
    /// </summary>
    public static Hyphenator EnglishUS => EnglishUSInstance.Value;

    /// <summary>Fewest letters before the first hyphen of a word.</summary>
    public int LeftHyphenMin { get; }

    /// <summary>Fewest letters after the last hyphen of a word.</summary>
    public int RightHyphenMin { get; }

    /// <summary>Number of distinct patterns loaded.</summary>
    public int PatternCount => patternNumbers.Length;

    /// <summary>Number of exception words loaded.</summary>
    public int ExceptionCount => exceptions.Count;

    /// <summary>
    /// The UTF-16 offsets inside <paramref name="word"/> at which a hyphen may be inserted, in
    /// increasing order. Offset <c>k</c> means "between <c>word[k - 1]</c> and <c>word[k]</c>".
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Matching ignores case.</item>
    /// <item>
    /// A word containing anything other than letters and apostrophes (<c>'</c> or <c>’</c>) gets no
    /// points: digits, hyphens, other punctuation and surrogate pairs all mean "not a plain word"
    /// (TeX likewise only hyphenates runs of letters, tex.web §896–§899). An explicit hyphen already
    /// is a break opportunity, so compounds such as "well-known" are left to the caller.
    /// </item>
    /// <item>
    /// Apostrophes split the word into letter runs that are hyphenated independently, each with its
    /// own minimums, so "children's" gives chil-dren's and "isn't" gives nothing.
    /// The en-us patterns only know a–z; other letters never match a pattern.
    /// </item>
    /// </list>
    /// </remarks>
    public IReadOnlyList<int> Points(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < LeftHyphenMin + RightHyphenMin)
        {
            return [];
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && !IsApostrophe(c))
            {
                return [];
            }
        }

        List<int>? result = null;
        var start = 0;
        while (start < word.Length)
        {
            while (start < word.Length && IsApostrophe(word[start]))
            {
                start++;
            }

            var end = start;
            while (end < word.Length && !IsApostrophe(word[end]))
            {
                end++;
            }

            if (end - start >= LeftHyphenMin + RightHyphenMin)
            {
                AddRunPoints(word.AsSpan(start, end - start), start, ref result);
            }

            start = end;
        }

        return (IReadOnlyList<int>?)result ?? Array.Empty<int>();
    }

    /// <summary>
    /// Returns <paramref name="word"/> with <paramref name="mark"/> inserted at every hyphenation
    /// point, e.g. <c>hy-phen-ation</c>. Meant for tests and diagnostics.
    /// </summary>
    public string Hyphenate(string word, char mark = '-')
    {
        var points = Points(word);
        if (points.Count == 0)
        {
            return word;
        }

        var builder = new StringBuilder(word.Length + points.Count);
        var last = 0;
        foreach (var point in points)
        {
            builder.Append(word, last, point - last).Append(mark);
            last = point;
        }

        return builder.Append(word, last, word.Length - last).ToString();
    }

    private void AddRunPoints(ReadOnlySpan<char> run, int offset, ref List<int>? result)
    {
        var length = run.Length;

        // Lower-case once; char.ToLowerInvariant maps one UTF-16 unit to one, so offsets are kept.
        Span<char> lower = length <= 64 ? stackalloc char[64] : new char[length];
        lower = lower[..length];
        for (var i = 0; i < length; i++)
        {
            lower[i] = char.ToLowerInvariant(run[i]);
        }

        // Exceptions replace the patterns entirely (tex.web §930–§934).
        if (exceptions.Count > 0 && exceptionLookup.TryGetValue(lower, out var listed))
        {
            foreach (var point in listed)
            {
                if (point >= LeftHyphenMin && length - point >= RightHyphenMin)
                {
                    (result ??= []).Add(offset + point);
                }
            }

            return;
        }

        // Liang's algorithm: values[j] is the running maximum for the gap in front of dotted[j],
        // where dotted = "." + word + "." (the dots let patterns anchor at the word edges).
        var dottedLength = length + 2;
        char[]? rentedChars = null;
        byte[]? rentedValues = null;
        Span<char> dotted = dottedLength <= 66 ? stackalloc char[66] : (rentedChars = ArrayPool<char>.Shared.Rent(dottedLength));
        Span<byte> values = dottedLength + 1 <= 67 ? stackalloc byte[67] : (rentedValues = ArrayPool<byte>.Shared.Rent(dottedLength + 1));
        dotted = dotted[..dottedLength];
        values = values[..(dottedLength + 1)];
        values.Clear();
        dotted[0] = '.';
        lower.CopyTo(dotted[1..]);
        dotted[^1] = '.';

        for (var i = 0; i < dottedLength; i++)
        {
            var node = 0;
            for (var j = i; j < dottedLength; j++)
            {
                var first = childStart[node];
                var edge = edgeLetter.AsSpan(first, childCount[node]).BinarySearch(dotted[j]);
                if (edge < 0)
                {
                    break;
                }

                node = edgeTarget[first + edge];
                var v = nodeValues[node];
                if (v >= 0)
                {
                    // Liang: at every gap the highest number of any matching pattern wins.
                    var patternValues = patternNumbers[v];
                    for (var k = 0; k < patternValues.Length; k++)
                    {
                        if (patternValues[k] > values[i + k])
                        {
                            values[i + k] = patternValues[k];
                        }
                    }
                }
            }
        }

        // The gap in front of word letter p is the gap in front of dotted[p + 1]. Odd values allow
        // a hyphen (Liang 1983); the minimums keep at least LeftHyphenMin letters before it and
        // RightHyphenMin letters after it (TeX's defaults for English are 2 and 3, The TeXbook ch. 19).
        for (var p = LeftHyphenMin; p <= length - RightHyphenMin; p++)
        {
            if ((values[p + 1] & 1) == 1)
            {
                (result ??= []).Add(offset + p);
            }
        }

        if (rentedChars is not null)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
        }

        if (rentedValues is not null)
        {
            ArrayPool<byte>.Shared.Return(rentedValues);
        }
    }

    // Splits a TeX pattern such as "4b1ly" into its letters ("bly") and the numbers in the gaps
    // ([4, 0, 1, 0]); a gap without a digit is 0. Returns the number of letters.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ParsePattern(ReadOnlySpan<char> token, Span<char> letters, Span<byte> values)
    {
        var count = 0;
        values[0] = 0;
        foreach (var c in token)
        {
            if (c is >= '0' and <= '9')
            {
                values[count] = (byte)(c - '0');
            }
            else
            {
                letters[count++] = char.ToLowerInvariant(c);
                values[count] = 0;
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] ChildStart, int[] ChildCount, int[] NodeValues, char[] EdgeLetter, int[] EdgeTarget, byte[][] Values)
        BuildTrie(List<string> keyList, List<byte[]> valueList)
    {
        var keys = keyList.ToArray();
        var patternValues = valueList.ToArray();
        Array.Sort(keys, patternValues, StringComparer.Ordinal);

        // TeX rejects a pattern given twice ("Duplicate pattern", tex.web §963); for a library it
        // is friendlier to merge them, keeping the larger number in every gap.
        var distinct = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (distinct > 0 && keys[distinct - 1] == keys[i])
            {
                var kept = patternValues[distinct - 1];
                for (var k = 0; k < kept.Length; k++)
                {
                    kept[k] = Math.Max(kept[k], patternValues[i][k]);
                }
            }
            else
            {
                keys[distinct] = keys[i];
                patternValues[distinct] = patternValues[i];
                distinct++;
            }
        }

        var capacity = 1;
        for (var i = 0; i < distinct; i++)
        {
            capacity += keys[i].Length;
        }

        var childStart = new int[capacity];
        var childCount = new int[capacity];
        var nodeValues = new int[capacity];
        var edgeLetter = new char[capacity];
        var edgeTarget = new int[capacity];
        nodeValues.AsSpan().Fill(-1);

        // Breadth-first over ranges of the sorted keys: every key in [lo, hi) shares the node's
        // prefix of length depth, so its children are the runs of equal keys[i][depth], already
        // in letter order, and children of one node get contiguous edges. Nodes are numbered in
        // the order they are queued, so the queue is simply the node arrays read in order.
        var rangeLo = new int[capacity];
        var rangeHi = new int[capacity];
        var depthOf = new int[capacity];
        rangeHi[0] = distinct;
        var nodeCount = 1;
        var edgeCount = 0;
        for (var node = 0; node < nodeCount; node++)
        {
            var lo = rangeLo[node];
            var hi = rangeHi[node];
            var depth = depthOf[node];
            if (lo < hi && keys[lo].Length == depth)
            {
                nodeValues[node] = lo;
                lo++;
            }

            childStart[node] = edgeCount;
            while (lo < hi)
            {
                var letter = keys[lo][depth];
                var groupEnd = lo + 1;
                while (groupEnd < hi && keys[groupEnd][depth] == letter)
                {
                    groupEnd++;
                }

                var child = nodeCount++;
                edgeLetter[edgeCount] = letter;
                edgeTarget[edgeCount] = child;
                edgeCount++;
                childCount[node]++;
                rangeLo[child] = lo;
                rangeHi[child] = groupEnd;
                depthOf[child] = depth + 1;
                lo = groupEnd;
            }
        }

        return (childStart, childCount, nodeValues, edgeLetter, edgeTarget, patternValues[..distinct]);
    }

    private static ReadOnlySpan<char> StripComment(string line)
    {
        var percent = line.IndexOf('%');
        return percent < 0 ? line : line.AsSpan(0, percent);
    }

    // The next whitespace-separated token of `rest` (empty when there is none); advances `rest`.
    private static ReadOnlySpan<char> NextToken(ref ReadOnlySpan<char> rest)
    {
        var start = 0;
        while (start < rest.Length && char.IsWhiteSpace(rest[start]))
        {
            start++;
        }

        var end = start;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        var token = rest[start..end];
        rest = rest[end..];
        return token;
    }

    // U+2019 is the typographic apostrophe that smart quoting produces for "don't".
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static Hyphenator LoadEnglishUS()
    {
        var assembly = typeof(Hyphenator).Assembly;
        return new Hyphenator(
            ReadResourceLines(assembly, "hyph-en-us.pat.txt"),
            ReadResourceLines(assembly, "hyph-en-us.hyp.txt"),
            leftHyphenMin: 2,
            rightHyphenMin: 3);
    }

    private static List<string> ReadResourceLines(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>(5000);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
