using System.Diagnostics;
using Hengnan.Report.Layout.Text.Hyphenation;
using Xunit.Abstractions;

namespace Hengnan.Report.Tests.Layout.Hyphenation;

public sealed class HyphenatorTests(ITestOutputHelper output)
{
    private static Hyphenator English => Hyphenator.EnglishUS;

    // Expected splits for the hyph-utf8 en-us patterns with TeX's English minimums (2, 3).
    // Each was also produced by an independent JavaScript Liang implementation (npm "hyphen" 1.14.1,
    // its own copy of the en-us patterns) once hyphens closer than 2/3 letters to the edges were
    // dropped, and each is re-derived below by LiangReference from our pattern file itself.
    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("development", "de-vel-op-ment")]
    [InlineData("infrastructure", "in-fra-struc-ture")]
    [InlineData("administration", "ad-min-is-tra-tion")]
    [InlineData("environmental", "en-vi-ron-men-tal")]
    [InlineData("representatives", "rep-re-sen-ta-tives")]
    [InlineData("transformation", "trans-for-ma-tion")]
    [InlineData("comprehensive", "com-pre-hen-sive")]
    [InlineData("agricultural", "agri-cul-tural")]
    [InlineData("children", "chil-dren")]
    [InlineData("typesetting", "type-set-ting")]
    [InlineData("algorithm", "al-go-rithm")]
    [InlineData("university", "uni-ver-sity")]
    [InlineData("international", "in-ter-na-tional")]
    [InlineData("paragraph", "para-graph")]
    public void KnownWordsSplitAsTeXDoes(string word, string expected)
    {
        Assert.Equal(expected, English.Hyphenate(word));
        Assert.Equal(expected, LiangReference.Mark(word, LiangReference.EnglishUS.Points(word)));
    }

    [Fact]
    public void AgreesWithBruteForceMatcherOnVocabulary()
    {
        var exceptions = ExceptionWords().ToHashSet();
        var mismatches = new List<string>();
        var hyphenated = 0;
        foreach (var word in Vocabulary.Where(w => !exceptions.Contains(w)))
        {
            var expected = LiangReference.EnglishUS.Points(word);
            var actual = English.Points(word);
            hyphenated += actual.Count > 0 ? 1 : 0;
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add($"{word}: expected {LiangReference.Mark(word, expected)}, got {English.Hyphenate(word)}");
            }
        }

        Assert.Empty(mismatches);
        Assert.True(hyphenated > Vocabulary.Length / 2, $"only {hyphenated} of {Vocabulary.Length} words hyphenated");
    }

    [Fact]
    public void LoadsEveryPatternAndException()
    {
        Assert.Equal(LiangReference.EnglishUS.PatternCount, English.PatternCount);
        Assert.Equal(ExceptionWords().Count(), English.ExceptionCount);
        Assert.Equal(2, English.LeftHyphenMin);
        Assert.Equal(3, English.RightHyphenMin);
    }

    [Theory]
    [InlineData("table", "ta-ble")]
    [InlineData("associate", "as-so-ciate")]
    [InlineData("associates", "as-so-ciates")]
    [InlineData("reciprocity", "reci-procity")]
    [InlineData("obligatory", "oblig-a-tory")]
    [InlineData("present", "present")]
    [InlineData("project", "project")]
    [InlineData("Projects", "Projects")]
    public void ExceptionsOverridePatterns(string word, string expected)
    {
        Assert.Equal(expected, English.Hyphenate(word));
    }

    [Fact]
    public void PatternsAloneDisagreeWithTheExceptionsThatMatter()
    {
        // Guards the test above: if the exceptions were ignored these words would come out differently.
        Assert.Equal("as-so-ci-ate", LiangReference.Mark("associate", LiangReference.EnglishUS.Points("associate")));
        Assert.NotEmpty(LiangReference.EnglishUS.Points("projects"));
    }

    [Fact]
    public void EveryExceptionInTheFileIsReproduced()
    {
        foreach (var line in LiangReference.ResourceLines("hyph-en-us.hyp.txt"))
        {
            var word = line.Replace("-", string.Empty, StringComparison.Ordinal);
            // All entries in the file keep 2 letters before and 3 after each hyphen, so the
            // minimums do not remove any of them.
            Assert.Equal(line, English.Hyphenate(word));
        }
    }

    [Theory]
    [InlineData("Hyphenation")]
    [InlineData("HYPHENATION")]
    [InlineData("hYpHeNaTiOn")]
    public void IgnoresCase(string word)
    {
        Assert.Equal([2, 6], English.Points(word));
        Assert.Equal(word[..2] + "-" + word[2..6] + "-" + word[6..], English.Hyphenate(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("the")]
    [InlineData("into")]
    [InlineData("able")]
    [InlineData("Asia")]
    public void ShortWordsGetNoPoints(string word)
    {
        Assert.Empty(English.Points(word));
    }

    [Fact]
    public void MinimumsLimitPointsNearTheEdges()
    {
        // The patterns allow agricultur-al, but "al" is shorter than the right minimum of 3.
        Assert.Contains(10, LiangReference.EnglishUS.Points("agricultural", 2, 2));
        Assert.DoesNotContain(10, English.Points("agricultural"));

        var relaxed = new Hyphenator(LiangReference.ResourceLines("hyph-en-us.pat.txt"), [], leftHyphenMin: 2, rightHyphenMin: 2);
        Assert.Equal("agri-cul-tur-al", relaxed.Hyphenate("agricultural"));

        // Synthetic patterns: "a1" allows a break after every a; minimums trim the edges.
        var afterA = new Hyphenator(["a1"], [], leftHyphenMin: 1, rightHyphenMin: 1);
        Assert.Equal("ba-na-na", afterA.Hyphenate("banana"));
        Assert.Equal("a-ba-ca", afterA.Hyphenate("abaca"));
        var afterAStrict = new Hyphenator(["a1"], [], leftHyphenMin: 2, rightHyphenMin: 3);
        Assert.Equal("ba-nana", afterAStrict.Hyphenate("banana"));
        Assert.Equal("abaca", afterAStrict.Hyphenate("abaca"));
    }

    [Fact]
    public void EvenValuesInhibitAndLaterMaximaWin()
    {
        // "a1" allows a break after every a; "a2n" forbids the one between a and n.
        var hyphenator = new Hyphenator(["a1", "a2n"], [], 1, 1);
        Assert.Equal("ba-a-b", hyphenator.Hyphenate("baab"));
        Assert.Equal("bana-b", hyphenator.Hyphenate("banab"));
        // ...and a higher odd value overrides the even one again.
        var reallowed = new Hyphenator(["a1", "a2n", "3n"], [], 1, 1);
        Assert.Equal("ba-na-b", reallowed.Hyphenate("banab"));
        // Word-edge patterns only match at the edges.
        var edges = new Hyphenator([".b1", "1b."], [], 1, 1);
        Assert.Equal("b-abab-b", edges.Hyphenate("bababb"));
    }

    [Theory]
    [InlineData("mp3player")]
    [InlineData("hyphenation2")]
    [InlineData("2hyphenation")]
    [InlineData("well-known")]
    [InlineData("hyphen.ation")]
    [InlineData("hyphenation!")]
    public void WordsWithNonLettersGetNoPoints(string word)
    {
        Assert.Empty(English.Points(word));
    }

    [Theory]
    [InlineData("children's", "chil-dren's")]
    [InlineData("Children\u2019s", "Chil-dren\u2019s")]
    [InlineData("isn't", "isn't")]
    [InlineData("'hyphenation'", "'hy-phen-ation'")]
    [InlineData("government's", "gov-ern-ment's")]
    public void ApostrophesSplitTheWordIntoIndependentRuns(string word, string expected)
    {
        Assert.Equal(expected, English.Hyphenate(word));
    }

    [Fact]
    public void PointsAreUtf16OffsetsIntoTheOriginalWord()
    {
        var word = "'children's";
        Assert.Equal([5], English.Points(word));
        Assert.Equal("'chil\u00ADdren's", English.Hyphenate(word, '\u00AD'));
    }

    [Fact]
    public void NonAsciiLettersDoNotBreakMatching()
    {
        // The en-us patterns know only a-z; other letters match nothing but do not stop the rest.
        Assert.Equal("naïve", English.Hyphenate("naïve"));
        Assert.Empty(English.Points("排版系统测试"));
        Assert.Equal(English.Points("hyphenation"), English.Points("hyphenation"));
    }

    [Fact]
    public void VeryLongWordsUseHeapBuffers()
    {
        var word = string.Concat(Enumerable.Repeat("hyphenation", 10));
        var expected = LiangReference.EnglishUS.Points(word);
        Assert.Equal(expected, English.Points(word));
        Assert.True(expected.Length > 10);
    }

    [Fact]
    public void EnglishUSIsOneInstanceAcrossThreads()
    {
        var seen = new Hyphenator[8];
        Parallel.For(0, seen.Length, i => seen[i] = Hyphenator.EnglishUS);
        Assert.All(seen, h => Assert.Same(Hyphenator.EnglishUS, h));
        Parallel.For(0, 64, _ => Assert.Equal("hy-phen-ation", Hyphenator.EnglishUS.Hyphenate("hyphenation")));
    }

    [Fact]
    public void LoadingTakesOnlyAFewMilliseconds()
    {
        var patterns = LiangReference.ResourceLines("hyph-en-us.pat.txt");
        var exceptions = LiangReference.ResourceLines("hyph-en-us.hyp.txt");
        _ = new Hyphenator(patterns, exceptions); // warm up the JIT

        var stopwatch = Stopwatch.StartNew();
        const int Rounds = 10;
        for (var i = 0; i < Rounds; i++)
        {
            _ = new Hyphenator(patterns, exceptions);
        }

        var perLoad = stopwatch.Elapsed.TotalMilliseconds / Rounds;
        output.WriteLine($"Building the en-us hyphenator from {patterns.Length} patterns: {perLoad:F2} ms");

        stopwatch.Restart();
        var words = 0;
        for (var i = 0; i < 20; i++)
        {
            foreach (var word in Vocabulary)
            {
                _ = English.Points(word);
                words++;
            }
        }

        output.WriteLine($"Points(): {stopwatch.Elapsed.TotalMicroseconds / words:F2} µs per word");

        // Generous bound so a busy CI machine does not fail it; the measured time is printed above.
        Assert.True(perLoad < 100, $"loading took {perLoad:F1} ms");
    }

    private static IEnumerable<string> ExceptionWords() =>
        LiangReference.ResourceLines("hyph-en-us.hyp.txt").Select(l => l.Replace("-", string.Empty, StringComparison.Ordinal));

    private static readonly string[] Vocabulary =
    [
        "hyphenation", "development", "infrastructure", "administration", "environmental",
        "representatives", "transformation", "comprehensive", "agricultural", "brochure",
        "provincial", "government", "investment", "opportunity", "opportunities", "manufacturing",
        "industrial", "technology", "technological", "innovation", "sustainable", "sustainability",
        "population", "economic", "economy", "transportation", "logistics", "international",
        "cooperation", "partnership", "education", "university", "universities", "research",
        "laboratory", "construction", "residential", "commercial", "tourism", "cultural", "heritage",
        "landscape", "mountain", "reservoir", "electricity", "renewable", "photovoltaic",
        "agriculture", "processing", "pharmaceutical", "biotechnology", "semiconductor",
        "electronics", "automotive", "equipment", "machinery", "materials", "chemical",
        "statistics", "statistical", "percentage", "indicators", "quarterly", "annually",
        "population", "urbanization", "modernization", "characteristics", "characteristic",
        "responsibility", "responsibilities", "accommodation", "communication", "communications",
        "telecommunications", "information", "informational", "organization", "organizational",
        "approximately", "significantly", "considerable", "considerably", "representation",
        "implementation", "establishment", "demonstration", "municipality", "municipal",
        "jurisdiction", "registration", "certification", "qualification", "manufacturer",
        "distribution", "competitiveness", "entrepreneurship", "headquarters", "subsidiary",
        "availability", "accessibility", "environment", "everything", "understanding",
        "nevertheless", "notwithstanding", "unquestionably", "encyclopedia", "extraordinary",
        "typesetting", "typography", "paragraph", "algorithm", "algorithms", "computer",
        "mathematics", "mathematical", "probability", "philosophy", "philosophical",
        "psychology", "democracy", "democratic", "bureaucracy", "authority", "authorities",
        "traditional", "tradition", "historical", "history", "geography", "geographical",
        "beautiful", "wonderful", "comfortable", "incomprehensibilities", "supercalifragilistic",
        "pneumonoultramicroscopic", "antidisestablishmentarianism", "floccinaucinihilipilification",
        "children", "women", "people", "river", "valley", "harbour", "airport", "railway",
        "highway", "expressway", "downtown", "district", "county", "village", "villages",
        "leadership", "management", "managerial", "performance", "productivity", "efficiency",
        "efficient", "quality", "qualities", "standard", "standards", "standardization",
    ];
}
