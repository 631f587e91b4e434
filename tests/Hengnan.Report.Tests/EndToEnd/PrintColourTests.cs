using Hengnan.Report.Edition;
using UglyToad.PdfPig;
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

    private static IToken? Resolve(PdfDocument pdf, IToken? token) =>
        token is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : token;
}
