using Hengnan.Report.Charts;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Units;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>The sample's structure tree (tagged PDF), read back from the real file.</summary>
public sealed class StructureTests(SampleBrochureFixture sample) : IClassFixture<SampleBrochureFixture>
{
    private readonly StructureInspection _tree = new(sample.Result.PdfPath!);
    private static readonly EditionContent Content = EditionLoader.Load(RepositoryPaths.SampleEdition, new DiagnosticBag())!;

    private static string Normal(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '\u00AD').ToArray());

    [Fact]
    public void IsTaggedWithOneDocumentElement()
    {
        Assert.True(_tree.Marked);
        var root = Assert.Single(_tree.Roots);
        Assert.Equal("Document", root.Role);
        Assert.Contains(_tree.All, e => e.Role == "P");
    }

    [Fact]
    public void EverySectionHasExactlyOneH1()
    {
        var h1 = _tree.All.Where(e => e.Role == "H1").ToList();
        foreach (var section in Content.Outline.Sections)
        {
            var matching = h1.Where(h => Normal(h.Text).Contains(Normal(section.Title.Zh))).ToList();
            var heading = Assert.Single(matching);
            Assert.Contains(Normal(section.Title.En), Normal(heading.Text));
        }
        // No heading level is skipped: every H2 comes after an H1.
        Assert.True(_tree.All.ToList().FindIndex(e => e.Role == "H1") < _tree.All.ToList().FindIndex(e => e.Role == "H2"));
    }

    [Fact]
    public void EveryChartAndPhotoIsAFigureWithAlternateText()
    {
        var figures = _tree.All.Where(e => e.Role == "Figure").ToList();
        var blocks = Content.Outline.Sections.SelectMany(s => s.Numbers.Concat(s.Review))
            .Concat(Content.Outline.Intro?.Blocks ?? []).Concat(Content.Outline.Closing?.Blocks ?? []).ToList();
        int charts = blocks.OfType<ChartBlock>().Count();
        Assert.True(charts > 0);
        // Photos still to come print as placeholders (artifacts); photos that exist are figures.
        Assert.Equal(charts, figures.Count);
        Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.Alt), "a figure without alternate text"));
    }

    [Fact]
    public void EveryChartLabelIsExtractedExactlyOnce()
    {
        var figures = _tree.All.Where(e => e.Role == "Figure").ToList();
        var charts = Content.Outline.Sections.SelectMany(s => s.Numbers).OfType<ChartBlock>().ToList();
        Assert.Equal(charts.Count, figures.Count);
        for (int i = 0; i < charts.Count; i++)
        {
            var text = figures[i].Text;
            // Every figure of the chart is printed (in the bilingual edition, as the Chinese text gives it).
            var values = charts[i].IndicatorIds.SelectMany(id => charts[i].Years.Select(y => Content.Indicators.Get(id, y))).ToList();
            var numbers = ChartNumbers.For(values[0].Unit, values.Select(v => v.Value).ToList(), Language.Zh);
            foreach (var v in values)
                Assert.True(text.Contains(numbers.Text(v.Value), StringComparison.Ordinal), $"chart {i + 1}: figure \"{numbers.Text(v.Value)}\" is missing from \"{text}\"");
            // Drawn once: no letter of the chart is drawn twice at the same place (the old route drew every label twice).
            var twice = figures[i].Letters().GroupBy(l => (l.Value, Math.Round(l.StartBaseLine.X, 1), Math.Round(l.StartBaseLine.Y, 1)))
                .Where(g => g.Count() > 1).Select(g => g.Key.Value).ToList();
            Assert.True(twice.Count == 0, $"chart {i + 1}: letters drawn twice over themselves: {string.Concat(twice)}");
            // Each category a chart names (bars, columns, slices, series) is extracted once in each language.
            if (charts[i].Kind is not (ChartKind.Compare or ChartKind.Line))
                foreach (var label in charts[i].IndicatorIds.Select(id => Content.Indicators.Get(id, charts[i].Years[^1]).Label).SelectMany(l => new[] { l.Zh, l.En }))
                {
                    int times = CountOf(Normal(text), Normal(label));
                    Assert.True(times == 1, $"chart {i + 1}: label \"{label}\" is extracted {times} times from \"{text}\"");
                }
            // Drawn once: no label's characters come out doubled ("335566..0011").
            Assert.DoesNotMatch(@"(\d)\1(\d)\2(\d)\3", text);
        }
    }

    [Fact]
    public void BilingualChartsCarryTheirUnitAndLegendInBothLanguages()
    {
        var figures = _tree.All.Where(e => e.Role == "Figure").ToList();
        var gdp = Assert.Single(figures, f => f.Text.Contains("244.83"));
        Assert.Contains("单位：亿元", gdp.Text);
        Assert.Contains("Unit: CNY 100 million", gdp.Text);
        var structure = Assert.Single(figures, f => f.Text.Contains("第一产业比重"));
        var english = Content.Indicators.Get("industry_primary", 2020).Label.En;
        Assert.Contains(english, structure.Text);
        Assert.Contains(structure.Descendants(), e => e.Lang == "en" && e.Text.Contains(english));
    }

    [Fact]
    public void EnglishIsTaggedEnglish()
    {
        var english = _tree.All.Where(e => e.Lang == "en").ToList();
        Assert.NotEmpty(english);
        // A Chinese title quoted in English text is a Chinese span of it; the English itself holds no Han character.
        Assert.All(english, e => Assert.DoesNotContain(string.Concat(e.OwnTexts), c => c is >= '\u4E00' and <= '\u9FFF'));
        Assert.Contains(_tree.All, e => e.Lang == "en" && e.Children.Any(c => c.Lang == "zh-CN" && c.Text.Contains("奋进新征程")));
        // The English of the bilingual headings is an English span inside the Chinese heading.
        Assert.Contains(_tree.All.Where(e => e.Role is "H2"), h => h.Children.Any(c => c.Lang == "en" && c.Text.Contains("By the Numbers")));
        // Every English paragraph of the outline is read as English.
        var englishText = string.Concat(english.Select(e => Normal(e.Text)));
        foreach (var pair in Paragraphs())
            Assert.Contains(Normal(Resolve(pair.En, Language.En))[..20], englishText);
    }

    [Fact]
    public void RunningHeadsAndFoliosAreArtifacts()
    {
        // The running head carries the section's number as the opener prints it; it is not read as content.
        var head = "01" + Content.Outline.Sections[0].Title.Zh + Content.Outline.Sections[0].Title.En;
        Assert.Contains(_tree.ArtifactTexts, t => Normal(t).Contains(Normal(head)));
        Assert.DoesNotContain(_tree.All, e => Normal(string.Concat(e.OwnTexts)).Contains(Normal(head)));
    }

    [Fact]
    public void ParagraphsAreReadInTheOrderTheyWereWritten()
    {
        // The structure's paragraphs, in tree order, hold the outline's paragraphs in outline order.
        var ps = _tree.All.Where(e => e.Role == "P").Select(e => Normal(e.Text)).ToList();
        int at = 0;
        foreach (var pair in Paragraphs())
        {
            foreach (var (text, language) in new[] { (pair.Zh, Language.Zh), (pair.En, Language.En) })
            {
                var expected = Normal(Resolve(text, language));
                int found = ps.FindIndex(at, p => p == expected);
                Assert.True(found >= 0, $"paragraph not found in order after P #{at}: {expected[..Math.Min(40, expected.Length)]}");
                at = found + 1;
            }
        }
    }

    [Fact]
    public void EveryBlockIsReadInTheOrderItWasWritten()
    {
        // Walking the structure tree in order meets every block of the outline in the order it was written: each
        // section's heading, its cards, charts and tables, then its narrative, its photos' captions and paragraphs.
        var tree = _tree.All.ToList();
        int at = 0, met = 0;
        void Next(string what, Func<StructureInspection.Element, bool> match)
        {
            int found = tree.FindIndex(at, e => match(e));
            Assert.True(found >= 0, $"{what} not found in reading order after element #{at} ({tree[Math.Max(0, at - 1)].Role})");
            at = found + 1;
            met++;
        }
        bool Holds(StructureInspection.Element e, string text) => text.Length > 0 && Normal(e.Text).Contains(Normal(text), StringComparison.Ordinal);
        void Blocks(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
                switch (block)
                {
                    case KpiCard k:
                        var label = Content.Indicators.Get(k.IndicatorId, k.Year).Label;
                        Next($"card {k.IndicatorId}", e => e.Role != "Document" && e.Children.Count == 0 && Holds(e, label.Zh));
                        break;
                    case ChartBlock c:
                        Next($"chart at line {c.Location.Line}", e => e.Role == "Figure");
                        break;
                    case TableBlock t:
                        Next($"table at line {t.Location.Line}", e => e.Role == "Table");
                        break;
                    case PhotoBlock p:
                        Next($"caption of {p.File}", e => e.Role == "Caption" && Holds(e, Resolve(p.CaptionZh, Language.Zh)));
                        Next($"English caption of {p.File}", e => e.Role == "Caption" && Holds(e, Resolve(p.CaptionEn, Language.En)));
                        break;
                    case ParagraphPair pair when !pair.Zh.Parts.OfType<PageReference>().Any():
                        Next($"paragraph at line {pair.Location.Line}", e => e.Role == "P" && Normal(e.Text) == Normal(Resolve(pair.Zh, Language.Zh)));
                        Next($"English paragraph at line {pair.Location.Line}", e => e.Role == "P" && Normal(e.Text) == Normal(Resolve(pair.En, Language.En)));
                        break;
                }
        }
        if (Content.Outline.Intro is { } intro) Blocks(intro.Blocks);
        foreach (var section in Content.Outline.Sections)
        {
            Next($"heading of {section.Id}", e => e.Role == "H1" && Holds(e, section.Title.Zh) && Holds(e, section.Title.En));
            Blocks(section.Numbers);
            Blocks(section.Review);
        }
        if (Content.Outline.Closing is { } closing)
        {
            Next("closing heading", e => e.Role is "H1" or "H2" && Holds(e, closing.Title.Zh));
            Blocks(closing.Blocks);
        }
        Assert.True(met > 60, $"only {met} blocks met");
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static IEnumerable<ParagraphPair> Paragraphs()
    {
        var blocks = (Content.Outline.Intro?.Blocks ?? []).Concat(Content.Outline.Sections.SelectMany(s => s.Numbers.Concat(s.Review)))
            .Concat(Content.Outline.Closing?.Blocks ?? []);
        return blocks.OfType<ParagraphPair>().Where(p => !p.Zh.Parts.OfType<PageReference>().Any());
    }

    private static string Resolve(RichText text, Language language) => string.Concat(text.Parts.Select(p => p switch
    {
        LiteralText l => l.Text,
        FigureBinding b => FigureFormatter.InProse(b, Content.Indicators, language),
        _ => "",
    }));
}
