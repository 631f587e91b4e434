using Hengnan.Report.Compose;
using Hengnan.Report.Edition;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using CMYKColor = UglyToad.PdfPig.Graphics.Colors.CMYKColor;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>Colour in print terms: CMYK and spot colours from edition.txt, K-only black and grey, tints instead of transparency, registration marks.</summary>
public sealed class PrintColourTests(SampleBrochureFixture sample) : IClassFixture<SampleBrochureFixture>
{
    [Theory]
    [InlineData("0 84 84 35", ColorSpace.Cmyk, 0f, 0.84f, 0.84f, 0.35f)]
    [InlineData("0%, 25%, 77%, 22%", ColorSpace.Cmyk, 0f, 0.25f, 0.77f, 0.22f)]
    [InlineData("衡南红 (0 84 84 35)", ColorSpace.Spot, 0f, 0.84f, 0.84f, 0.35f)]
    [InlineData("PANTONE 186 C（0 100 81 4）", ColorSpace.Spot, 0f, 1f, 0.81f, 0.04f)]
    [InlineData("#1F1F1F", ColorSpace.Cmyk, 0f, 0f, 0f, 0.878f)]
    [InlineData("#A61B1B", ColorSpace.Rgb, 0.651f, 0.106f, 0.106f, 0f)]
    public void EditionColoursAreReadInPrintTerms(string text, ColorSpace space, float a, float b, float c, float d)
    {
        Assert.True(EditionColor.TryParse(text, out var color));
        Assert.Equal(space, color.Space);
        Assert.Equal([a, b, c, d], new[] { color.C0, color.C1, color.C2, color.C3 }, (x, y) => Math.Abs(x - y) < 0.002f);
        if (space == ColorSpace.Spot) Assert.False(string.IsNullOrWhiteSpace(color.SpotName));
    }

    [Theory]
    [InlineData("0 84 84")]
    [InlineData("0 120 0 0")]
    [InlineData("red")]
    [InlineData("衡南红 0 84 84 35)")]
    [InlineData("#12345")]
    [InlineData("0 25 77 １22")]   // a full-width digit (found by the property tests: it once crashed the reader)
    public void NonColoursAreRefused(string text) => Assert.False(EditionColor.TryParse(text, out _));

    private static IEnumerable<(int Page, IGraphicsStateOperation Op)> Operations(string path)
    {
        using var pdf = PdfDocument.Open(path);
        foreach (var page in pdf.GetPages())
            foreach (var op in page.Operations) yield return (page.Number, op);
    }

    [Fact]
    public void BlackAndGreyTextIsBlackInkOnlyAndNothingIsRgb()
    {
        double[]? fill = null;
        int texts = 0;
        foreach (var (page, op) in Operations(sample.Result.PdfPath!))
        {
            Assert.False(op.Operator is "rg" or "RG", $"page {page}: an RGB colour ({op.Operator}) in a CMYK edition");
            if (op is SetNonStrokeColorDeviceCmyk k) fill = [k.C, k.M, k.Y, k.K];
            if (op.Operator is "TJ" or "Tj" && fill is { } f)
            {
                texts++;
                // Dark text (more than half black) carries no cyan, magenta or yellow: no four-colour black.
                if (f[3] > 0.5) Assert.True(f[0] == 0 && f[1] == 0 && f[2] == 0, $"page {page}: text in {string.Join(" ", f)}");
            }
        }
        Assert.True(texts > 100);
    }

    /// <summary>A neutral made of cyan, magenta and yellow: all three inked, in (nearly) equal parts — a grey or black that should be K alone.</summary>
    private static bool FourColourNeutral(CMYKColor c) =>
        c.C > 0.001 && c.M > 0.001 && c.Y > 0.001 && Math.Max(c.C, Math.Max(c.M, c.Y)) - Math.Min(c.C, Math.Min(c.M, c.Y)) < 0.02;

    /// <summary>A stroked path of straight segments only (rules, table lines, leaders, chart baselines), not curved page art.</summary>
    private static bool IsStraight(PdfPath path) =>
        path.All(sub => sub.Commands.All(c => c is PdfSubpath.Move or PdfSubpath.Line or PdfSubpath.Close));

    [Fact]
    public void NoColourIsAGreyOfCyanMagentaAndYellowAndRulesAreBlackInkTints()
    {
        // Every fill and stroke on every page, including what pages share through forms (PdfPig follows them),
        // and every letter: text, rules, table lines, chart marks and page art (the draft mark, the cover's arcs).
        using var pdf = PdfDocument.Open(sample.Result.PdfPath!);
        int colours = 0, rules = 0;
        foreach (var page in pdf.GetPages())
        {
            var drawn = page.Paths.Where(p => p.IsFilled).Select(p => ("fill", p.FillColor))
                .Concat(page.Paths.Where(p => p.IsStroked).Select(p => ("stroke", p.StrokeColor)))
                .Concat(page.Letters.Select(l => ("text", (UglyToad.PdfPig.Graphics.Colors.IColor?)l.FillColor)));
            foreach (var (what, color) in drawn)
            {
                colours++;
                Assert.True(color is CMYKColor, $"page {page.Number}: a {what} in {color}, not CMYK");
                Assert.False(FourColourNeutral((CMYKColor)color), $"page {page.Number}: a {what} in {color}, a grey of cyan, magenta and yellow (write it as black ink only)");
            }
            // Rules and hairlines are tints of black ink alone: a line of several inks shows every misregistration.
            foreach (var path in page.Paths.Where(p => p.IsStroked && (IsStraight(p) || p.LineWidth < 0.5)))
            {
                rules++;
                Assert.True(path.StrokeColor is CMYKColor { C: 0, M: 0, Y: 0 },
                    $"page {page.Number}: a rule {path.LineWidth:0.##} pt wide in {path.StrokeColor}, not black ink only");
            }
        }
        Assert.True(colours > 1000, $"only {colours} colours read back");
        Assert.True(rules >= 20, $"only {rules} rules read back (running-head rules, contents leaders, table lines, chart baselines)");
    }

    /// <summary>The CMYK an edition colour prints as (a spot colour: its alternate at its tint).</summary>
    private static double[] Process(Color c) => c.Space switch
    {
        ColorSpace.Cmyk => [c.C0, c.C1, c.C2, c.C3],
        ColorSpace.Spot => [c.C0 * c.Tint, c.C1 * c.Tint, c.C2 * c.Tint, c.C3 * c.Tint],
        _ => throw new InvalidOperationException($"the sample's colours are print colours, not {c}"),
    };

    /// <summary>The share of <paramref name="ink"/> that <paramref name="c"/> is a tint of (the ink mixed with paper white), or null.</summary>
    private static double? TintOf(CMYKColor c, double[] ink)
    {
        double[] v = [c.C, c.M, c.Y, c.K];
        int most = Array.IndexOf(ink, ink.Max());
        double t = v[most] / ink[most];
        if (t is <= 0 or > 1.002) return null;
        for (int i = 0; i < 4; i++) if (Math.Abs(v[i] - t * ink[i]) > 0.003) return null;
        return t;
    }

    [Fact]
    public void ChartsAreDrawnInTheEditionsColoursAndTheirTints()
    {
        // The edition's colours as the build reads them: edition.txt through the settings reader and the palette.
        var file = Path.Combine(RepositoryPaths.SampleEdition, EditionLoader.EditionFile);
        var settings = EditionFileReader.Parse(File.ReadAllText(file), file, new DiagnosticBag())!;
        var palette = Palette.From(settings.Colors);
        var inks = new (string Name, double[] Cmyk)[]
        {
            ("primary", Process(palette.Primary)), ("accent", Process(palette.Accent)), ("muted", Process(palette.Muted)), ("text", Process(palette.Text)),
        };
        var solid = new HashSet<string>();
        int charts = 0;
        using var pdf = PdfDocument.Open(sample.Result.PdfPath!);
        foreach (var page in pdf.GetPages())
            foreach (var figure in Flatten(page.GetMarkedContents()).Where(m => m.Tag == "Figure" && !m.Images.Any()))
            {
                // A chart's marks (bars, slices, the line's area and points) are filled paths in its Figure.
                var marks = figure.Paths.Where(p => p.IsFilled).ToList();
                if (marks.Count == 0) continue;
                charts++;
                foreach (var path in marks.Select(p => ("fill", p.FillColor)).Concat(figure.Paths.Where(p => p.IsStroked).Select(p => ("stroke", p.StrokeColor))))
                {
                    var (what, color) = path;
                    Assert.True(color is CMYKColor, $"page {page.Number}: a chart {what} in {color}, not CMYK");
                    var c = (CMYKColor)color;
                    bool paper = c.C == 0 && c.M == 0 && c.Y == 0 && c.K == 0;
                    var match = inks.Select(i => (i.Name, Tint: TintOf(c, i.Cmyk))).FirstOrDefault(i => i.Tint is not null);
                    Assert.True(paper || match.Name is not null,
                        $"page {page.Number}: a chart {what} in {c}, neither one of edition.txt's colours ({string.Join("; ", inks.Select(i => $"{i.Name} {string.Join(" ", i.Cmyk.Select(v => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)))}"))}), a tint of one, nor paper");
                    if (what == "fill" && match.Tint is > 0.998) solid.Add(match.Name!);
                }
            }
        int chartLines = File.ReadLines(Path.Combine(RepositoryPaths.SampleEdition, EditionLoader.OutlineFile)).Count(l => l.StartsWith("chart:", StringComparison.Ordinal));
        Assert.True(charts >= chartLines, $"{charts} charts with marks read back, {chartLines} in the outline");
        // Bars in the primary colour, a donut's second slice in the accent: the edition's own colours, solid.
        Assert.Contains("primary", solid);
        Assert.Contains("accent", solid);
    }

    private static IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> Flatten(IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var child in Flatten(item.Children)) yield return child;
        }
    }

    [Fact]
    public void TintsAreSolidColoursNotTransparency()
    {
        using var pdf = PdfDocument.Open(sample.Result.PdfPath!);
        foreach (var page in pdf.GetPages())
        {
            if (Resolve(pdf, page.Dictionary.Data.GetValueOrDefault("Resources")) is not DictionaryToken resources) continue;
            if (Resolve(pdf, resources.Data.GetValueOrDefault("ExtGState")) is not DictionaryToken states) continue;
            foreach (var state in states.Data.Values.Select(v => Resolve(pdf, v)).OfType<DictionaryToken>())
                foreach (var key in new[] { "ca", "CA" })
                    if (Resolve(pdf, state.Data.GetValueOrDefault(key)) is NumericToken n)
                        Assert.True(n.Double >= 0.999, $"page {page.Number}: transparency {key} {n.Double}");
        }
    }

    [Fact]
    public void CropMarksAreInRegistrationColour()
    {
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, folder) { BleedMm = 3, CropMarks = true });
            using var pdf = PdfDocument.Open(result.PdfPath!);
            foreach (var page in pdf.GetPages())
            {
                var resources = (DictionaryToken)Resolve(pdf, page.Dictionary.Data["Resources"])!;
                var spaces = (DictionaryToken)Resolve(pdf, resources.Data["ColorSpace"])!;
                Assert.Contains(spaces.Data.Values.Select(v => Resolve(pdf, v)).OfType<ArrayToken>(),
                    a => a.Data[0] is NameToken { Data: "Separation" } && a.Data[1] is NameToken { Data: "All" });
            }
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void RegistrationMarksLieOutsideTheBleedAndTheSpreadsCarryFoldMarksOutsideTheTrim()
    {
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, folder) { BleedMm = 3, CropMarks = true, Impose = true, PdfX = true });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            foreach (var file in new[] { result.PdfPath!, Path.ChangeExtension(result.PdfPath!, ".spreads.pdf") })
            {
                using var pdf = PdfDocument.Open(file);
                foreach (var page in pdf.GetPages())
                {
                    var where = $"{Path.GetFileName(file)} page {page.Number}";
                    double[] Box(string name) => ((ArrayToken)Resolve(pdf, page.Dictionary.Data[name])!).Data.Select(t => ((NumericToken)t).Double).ToArray();
                    var (bleed, trim) = (Box("BleedBox"), Box("TrimBox"));
                    var segments = RegistrationSegments(pdf, page);
                    Assert.True(segments.Count >= 8, $"{where}: {segments.Count} registration strokes, fewer than the crop marks");
                    // No registration ink (all four plates) may fall inside the bleed, where it would print on the job.
                    const double e = 0.01;
                    foreach (var (x0, y0, x1, y1) in segments)
                        Assert.True(Math.Max(x0, x1) <= bleed[0] + e || Math.Min(x0, x1) >= bleed[2] - e || Math.Max(y0, y1) <= bleed[1] + e || Math.Min(y0, y1) >= bleed[3] - e,
                            $"{where}: a registration stroke ({x0:0.##} {y0:0.##})–({x1:0.##} {y1:0.##}) inside the BleedBox [{string.Join(" ", bleed.Select(v => v.ToString("0.##")))}]");
                    if (file.EndsWith(".spreads.pdf", StringComparison.Ordinal))
                    {
                        // The fold: registration strokes on the spread's centre line, above and below the sheet's trim.
                        double fold = (trim[0] + trim[2]) / 2;
                        var folds = segments.Where(s => Math.Abs(s.X0 - fold) < e && Math.Abs(s.X1 - fold) < e).ToList();
                        Assert.True(folds.Count >= 2, $"{where}: no fold marks at x = {fold:0.##}");
                        Assert.Contains(folds, s => Math.Min(s.Y0, s.Y1) >= trim[3] - e);
                        Assert.Contains(folds, s => Math.Max(s.Y0, s.Y1) <= trim[1] + e);
                    }
                }
            }
        }
        finally { Directory.Delete(folder, true); }
    }

    /// <summary>The straight segments a page strokes in the registration colour (Separation All), in page space.</summary>
    private static List<(double X0, double Y0, double X1, double Y1)> RegistrationSegments(PdfDocument pdf, UglyToad.PdfPig.Content.Page page)
    {
        var resources = (DictionaryToken)Resolve(pdf, page.Dictionary.Data["Resources"])!;
        var registration = Resolve(pdf, resources.Data.GetValueOrDefault("ColorSpace")) is DictionaryToken spaces
            ? spaces.Data.Where(kv => Resolve(pdf, kv.Value) is ArrayToken a && a.Data.Count > 1 && a.Data[0] is NameToken { Data: "Separation" } && a.Data[1] is NameToken { Data: "All" })
                .Select(kv => kv.Key).ToHashSet()
            : [];
        var segments = new List<(double, double, double, double)>();
        var stack = new Stack<(double[] Ctm, bool Registration)>();
        double[] ctm = [1, 0, 0, 1, 0, 0];
        bool inRegistration = false;
        (double, double) At(double x, double y) => (ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]);
        (double X, double Y) current = default;
        foreach (var op in page.Operations)
        {
            switch (op)
            {
                case UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState.Push: stack.Push((ctm, inRegistration)); break;
                case UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState.Pop: (ctm, inRegistration) = stack.Pop(); break;
                case UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState.ModifyCurrentTransformationMatrix cm:
                    var m = cm.Value.Select(v => Convert.ToDouble(v)).ToArray();
                    ctm = [m[0] * ctm[0] + m[1] * ctm[2], m[0] * ctm[1] + m[1] * ctm[3], m[2] * ctm[0] + m[3] * ctm[2], m[2] * ctm[1] + m[3] * ctm[3],
                        m[4] * ctm[0] + m[5] * ctm[2] + ctm[4], m[4] * ctm[1] + m[5] * ctm[3] + ctm[5]];
                    break;
                case SetStrokeColorSpace cs: inRegistration = registration.Contains(cs.Name.Data); break;
                case { Operator: "K" or "RG" or "G" }: inRegistration = false; break;
                case UglyToad.PdfPig.Graphics.Operations.PathConstruction.BeginNewSubpath mv: current = At(Convert.ToDouble(mv.X), Convert.ToDouble(mv.Y)); break;
                case UglyToad.PdfPig.Graphics.Operations.PathConstruction.AppendStraightLineSegment l:
                    var to = At(Convert.ToDouble(l.X), Convert.ToDouble(l.Y));
                    if (inRegistration) segments.Add((current.X, current.Y, to.Item1, to.Item2));
                    current = to;
                    break;
            }
        }
        return segments;
    }

    private static IToken? Resolve(PdfDocument pdf, IToken? token) =>
        token is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : token;
}
