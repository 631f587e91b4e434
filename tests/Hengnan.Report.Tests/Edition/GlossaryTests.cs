using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Edition;

/// <summary>The edition's glossary holds the English to its terms, every time validate or build reads the edition.</summary>
public sealed class GlossaryTests
{
    private const string Glossary = "zh,en,en_later\n四区一花园,Four Zones and One Garden,\n屋场恳谈会,wuchang (hamlet) forum,wuchang forum\n";

    /// <summary>The warnings of a small outline (test-only text) against the glossary.</summary>
    private static List<Diagnostic> Check(string outlineBody, string glossary = Glossary)
    {
        var bag = new DiagnosticBag();
        var outline = OutlineReader.Parse("[intro]\ntitle: 序言 | Foreword\n\n" + outlineBody + "\n[section a]\ntitle: 甲 | A\n\n[review]\nzh: 乙。\nen: B.\n", "outline.txt", bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        GlossaryCheck.Check(GlossaryReader.Parse(glossary, "glossary.csv", bag), outline, bag);
        return bag.Items.ToList();
    }

    [Fact]
    public void TheTermAsTheGlossaryWritesItPasses() =>
        Assert.Empty(Check("zh: 加快建成“四区一花园”。\nen: Building the “Four Zones and One Garden” faster.\n"));

    [Fact]
    public void OtherCapitalsAreAWarningAtTheWordsPlace()
    {
        var d = Assert.Single(Check("zh: 加快建成“四区一花园”。\nen: Building the “four zones and one garden” faster.\n"));
        Assert.Equal(("GLO011", 5, 19), (d.Code, d.Line, d.Column));
        Assert.Contains("'four zones and one garden' is written 'Four Zones and One Garden'", d.Message);
        Assert.Contains("在术语表中写作", d.ToString(UiLanguage.Zh));
    }

    [Fact]
    public void AnotherWordingIsAWarningOnTheEnglishLine()
    {
        var d = Assert.Single(Check("zh: 加快建成“四区一花园”。\nen: Building the four new zones faster.\n"));
        Assert.Equal(("GLO010", 5), (d.Code, d.Line));
        Assert.Contains("Four Zones and One Garden", d.Message);
    }

    [Fact]
    public void APinyinTermIsGlossedAtItsFirstUseAndMayBeShortAfter()
    {
        Assert.Empty(Check("zh: 屋场恳谈会。\nen: The wuchang (hamlet) forum.\n\nzh: 屋场恳谈会再次召开。\nen: The wuchang forum met again.\n"));
        var d = Assert.Single(Check("zh: 屋场恳谈会。\nen: The wuchang forum.\n"));
        Assert.Equal(("GLO012", 5, 9), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void ATermTwiceAndAnEmptyTranslationAreLocatedErrors()
    {
        var bag = new DiagnosticBag();
        GlossaryReader.Parse("zh,en\n河长制,river chief system\n河长制,river chiefs\n乡村振兴,\n", "glossary.csv", bag);
        Assert.Equal([("GLO003", 3, 1), ("GLO002", 4, 6)], bag.Items.Select(d => (d.Code, d.Line, d.Column)).ToList());
    }

    [Fact]
    public void TheSampleEditionUsesItsGlossaryThroughout()
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(EditionLoader.Load(RepositoryPaths.SampleEdition, bag));
        Assert.DoesNotContain(bag.Items, d => d.Code.StartsWith("GLO", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.SampleEdition, GlossaryReader.File)));
    }
}
