using Hengnan.Report.Compose;
using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;
using UglyToad.PdfPig;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>The sample built in each language mode, read back page by page.</summary>
public sealed class ThreeModesFixture : IDisposable
{
    public ThreeModesFixture()
    {
        Output = RepositoryPaths.NewTempFolder();
        foreach (var mode in new[] { LanguageMode.Bilingual, LanguageMode.Zh, LanguageMode.En })
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, Path.Combine(Output, mode.ToString()), mode));
            if (!result.Succeeded) throw new InvalidOperationException($"{mode} build failed:\n" + string.Join("\n", result.Diagnostics));
            Builds[mode] = result;
        }
    }

    public string Output { get; }
    public Dictionary<LanguageMode, BuildResult> Builds { get; } = new();

    public void Dispose()
    {
        try { Directory.Delete(Output, true); } catch (IOException) { }
    }
}

/// <summary>
/// Balanced pages in every language mode, read from the PDF: a heading keeps at least two lines of its text
/// below it on its page, and no page carries a spill of three lines or fewer.
/// </summary>
public sealed class PageBalanceTests(ThreeModesFixture modes) : IClassFixture<ThreeModesFixture>
{
    /// <summary>Body text and headings are set at 9 pt or more; running heads, folios, notes and chart labels smaller.</summary>
    private const double BodySize = 8.9;

    /// <summary>The text lines of a page set at body size or larger, top to bottom: (baseline, text).</summary>
    private static List<(double Baseline, string Text)> Lines(UglyToad.PdfPig.Content.Page page) =>
        page.Letters.Where(l => l.PointSize >= BodySize && !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key, string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))))
            .ToList();

    public static TheoryData<LanguageMode> Modes => [LanguageMode.Bilingual, LanguageMode.Zh, LanguageMode.En];

    [Theory]
    [MemberData(nameof(Modes))]
    public void EveryHeadingHasAtLeastTwoLinesOfItsTextBelowItOnItsPage(LanguageMode mode)
    {
        using var document = PdfDocument.Open(modes.Builds[mode].PdfPath!);
        // Letters are read without the spaces between words.
        string[] headings = ["数字力量", "权威回顾", "ByTheNumbers", "Review"];
        int seen = 0;
        foreach (var page in document.GetPages())
        {
            var lines = Lines(page);
            for (int i = 0; i < lines.Count; i++)
            {
                // A panel heading is a line of its own (in the bilingual edition, "权威回顾  Review").
                var text = lines[i].Text.Replace("the", "The", StringComparison.Ordinal);
                if (!headings.Any(h => text == h || text.StartsWith(h, StringComparison.Ordinal) && text.Length <= h.Length + 16 && !text.Contains('。') && !text.Contains('.'))) continue;
                seen++;
                Assert.True(lines.Count - i - 1 >= 2,
                    $"{mode}, page {page.Number}: the heading \"{text}\" has {lines.Count - i - 1} line(s) below it:\n" + string.Join("\n", lines.Select(l => l.Text)));
            }
        }
        Assert.True(seen >= 9, $"{mode}: only {seen} panel headings found");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void NoPageCarriesASpillOfThreeLinesOrFewer(LanguageMode mode)
    {
        using var document = PdfDocument.Open(modes.Builds[mode].PdfPath!);
        foreach (var page in document.GetPages().Skip(1).SkipLast(1))   // the covers are art, not flow
        {
            var lines = Lines(page);
            bool onlyText = !page.GetImages().Any() && page.Letters.All(l => l.PointSize >= BodySize || page.Height - l.StartBaseLine.Y < 60 || l.StartBaseLine.Y < 60);
            if (lines.Count == 0 || !onlyText) continue;
            Assert.True(lines.Count > 3, $"{mode}, page {page.Number} carries only {lines.Count} line(s):\n" + string.Join("\n", lines.Select(l => l.Text)));
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void NoPageInTheMiddleOfASectionIsLessThanFortyPercentFull(LanguageMode mode)
    {
        var build = modes.Builds[mode];
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == "LAY020");
        foreach (var page in build.Pages.Where(p => !p.IsBlank && !p.EndsFlow))
            Assert.True(page.Body.Height / page.BodyRect.Height >= BrochureBuilder.LeastFill, $"{mode}, page {page.Number}");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void EnglishBodyLinesHoldSixtyToSeventyFiveCharacters(LanguageMode mode)
    {
        if (mode == LanguageMode.Zh) return;
        using var document = PdfDocument.Open(modes.Builds[mode].PdfPath!);
        var lengths = new List<int>();
        foreach (var page in document.GetPages())
        {
            // English body text: the Latin serif at the body size of the mode (9.5 pt under Chinese, 10.5 pt alone).
            var words = page.GetWords().Where(w => w.Letters.All(l => (l.FontName ?? "").Contains("NotoSerif-Regular", StringComparison.Ordinal)
                && Math.Abs(l.PointSize - (mode == LanguageMode.En ? 10.5 : 9.5)) < 0.05)).ToList();
            foreach (var line in words.GroupBy(w => Math.Round(w.BoundingBox.Bottom)))
                lengths.Add(line.Sum(w => w.Text.Length) + line.Count() - 1);
        }
        Assert.True(lengths.Count > 150, $"{mode}: only {lengths.Count} English lines found");
        // A paragraph's last line may be short; no line runs past 75, and a typical line holds 60–75.
        Assert.True(lengths.Max() <= 75, $"{mode}: an English line of {lengths.Max()} characters");
        lengths.Sort();
        int median = lengths[lengths.Count / 2];
        Assert.InRange(median, 60, 75);
    }
}

/// <summary>A word split over two lines extracts and searches whole: the ActualText of its parts, read back from the PDF.</summary>
public sealed class SplitWordTests(ThreeModesFixture modes) : IClassFixture<ThreeModesFixture>
{
    [Fact]
    public void EachSplitWordIsGivenWholeOnceAndItsSecondPartIsSilent()
    {
        using var document = PdfDocument.Open(modes.Builds[LanguageMode.En].PdfPath!);
        var whole = new List<string>();
        int silent = 0;
        foreach (var page in document.GetPages())
            foreach (var content in page.GetMarkedContents().SelectMany(Flatten))
            {
                if (content.ActualText is null) continue;
                if (content.ActualText.Length == 0) silent++;
                else whole.Add(content.ActualText);
            }
        Assert.True(whole.Count >= 10, $"only {whole.Count} split words");
        Assert.Equal(whole.Count, silent);
        // A hyphen the break added is not part of the word; a word's own hyphens are.
        Assert.All(whole, w => Assert.DoesNotMatch(@"-\W*$", w));
        Assert.All(whole, w => Assert.DoesNotContain(" ", w));
        Assert.Contains(whole, w => w.Contains('-', StringComparison.Ordinal));
        Assert.Contains(whole, w => !w.Contains('-', StringComparison.Ordinal));
    }

    private static IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> Flatten(UglyToad.PdfPig.Content.MarkedContentElement e) =>
        e.Children.SelectMany(Flatten).Prepend(e);
}

/// <summary>
/// Cover art, bands and marks never overlap text, on every page template and in every mode: each glyph's box is
/// checked against the outline of every piece of page art (the template's grounds and bands, and every stroke drawn
/// as decoration), from the display lists the PDF is written from.
/// </summary>
public sealed class ArtCollisionTests(ThreeModesFixture modes) : IClassFixture<ThreeModesFixture>
{
    public static TheoryData<LanguageMode> Modes => [LanguageMode.Bilingual, LanguageMode.Zh, LanguageMode.En];

    private readonly record struct Box(float Left, float Top, float Right, float Bottom)
    {
        public bool Contains(float x, float y, float margin) => x >= Left - margin && x <= Right + margin && y >= Top - margin && y <= Bottom + margin;
        public bool Overlaps(Box o) => Left < o.Right && o.Left < Right && Top < o.Bottom && o.Top < Bottom;
        public bool Inside(Box o) => Left >= o.Left && Right <= o.Right && Top >= o.Top && Bottom <= o.Bottom;
    }

    /// <summary>Points along a path (curves sampled), in page coordinates.</summary>
    private static IEnumerable<(float X, float Y)> Outline(PathData path, float dx, float dy)
    {
        var p = path.Points;
        int at = 0;
        float x = 0, y = 0;
        foreach (var verb in path.Verbs)
        {
            switch (verb)
            {
                case PathVerb.MoveTo:
                    (x, y) = (p[at], p[at + 1]); at += 2;
                    yield return (dx + x, dy + y);
                    break;
                case PathVerb.LineTo:
                    for (int s = 1; s <= 16; s++) yield return (dx + x + (p[at] - x) * s / 16f, dy + y + (p[at + 1] - y) * s / 16f);
                    (x, y) = (p[at], p[at + 1]); at += 2;
                    break;
                case PathVerb.CubicTo:
                    for (int s = 1; s <= 32; s++)
                    {
                        float t = s / 32f, u = 1 - t;
                        float bx = u * u * u * x + 3 * u * u * t * p[at] + 3 * u * t * t * p[at + 2] + t * t * t * p[at + 4];
                        float by = u * u * u * y + 3 * u * u * t * p[at + 1] + 3 * u * t * t * p[at + 3] + t * t * t * p[at + 5];
                        yield return (dx + bx, dy + by);
                    }
                    (x, y) = (p[at + 4], p[at + 5]); at += 6;
                    break;
                default: break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void NoTextBoxIntersectsPageArt(LanguageMode mode)
    {
        var build = modes.Builds[mode];
        int strokes = 0, bands = 0;
        foreach (var page in build.Pages)
        {
            float pageWidth = page.BodyRect.Right + page.BodyRect.Left, pageArea = pageWidth * (page.BodyRect.Bottom + 60);
            var items = page.DisplayList();
            var glyphs = new List<Box>();
            foreach (var item in items)
                if (item.Visual is GlyphRunVisual run)
                    for (int i = 0; i < run.Glyphs.Length; i++)
                    {
                        float gx = item.X + run.X[i], baseline = item.Y + run.Y[i];
                        float advance = i + 1 < run.Glyphs.Length && run.Y[i + 1] == run.Y[i] ? run.X[i + 1] - run.X[i] : 0.5f * run.Size;
                        glyphs.Add(new Box(gx, baseline - 0.8f * run.Size, gx + Math.Max(advance, 0.2f * run.Size), baseline + 0.2f * run.Size));
                    }
            // The template's art: every ground and band short of the whole page. Text may stand on a ground (the
            // cover's shaded foot) but not across its edge, and no glyph fits inside a band or a mark.
            foreach (var art in page.Background)
            {
                if (art.Visual is not PathVisual path) continue;
                var (l, t, r, b) = path.Path.Bounds();
                var box = new Box(art.X + l, art.Y + t, art.X + r, art.Y + b);
                if ((box.Right - box.Left) * (box.Bottom - box.Top) > 0.5f * pageArea) continue;
                bands++;
                var hit = glyphs.FirstOrDefault(g => g.Overlaps(box) && !g.Inside(box));
                Assert.True(hit == default, $"{mode}, page {page.Number}: text at {hit} runs across page art at {box}");
            }
            // Decorative strokes anywhere on the page (the cover's arcs, rules drawn as lines).
            foreach (var item in items.Where(i => i.Node is { IsArtifact: true } && i.Visual is PathVisual { Stroke: not null, Fill: null }))
            {
                strokes++;
                var path = (PathVisual)item.Visual;
                float margin = path.Stroke!.Width / 2;
                foreach (var (x, y) in Outline(path.Path, item.X, item.Y))
                {
                    var hit = glyphs.FirstOrDefault(g => g.Contains(x, y, margin));
                    Assert.True(hit == default, $"{mode}, page {page.Number}: a decorative stroke passes through text at {hit}");
                }
            }
        }
        Assert.True(strokes >= 3 && bands >= 2, $"{mode}: only {strokes} strokes and {bands} bands checked");
    }
}
