using Hengnan.Report.Cli;
using Hengnan.Report.Edition;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Preflight;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>The print file: PDF/X-4 with its output intent and boxes on every sheet, preflighted; photos held to 300 ppi; preflight of any PDF.</summary>
public sealed class PrintFileTests
{
    private static IToken? Resolve(PdfDocument pdf, IToken? token) =>
        token is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : token;

    [Fact]
    public void APrintBuildIsPdfXWithBoxesOnEveryPageOfBookletAndSpreadsAndPassesPreflight()
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, output) { PdfX = true, BleedMm = 3, CropMarks = true, Impose = true });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var booklet = result.PdfPath!;
            var spreads = Path.ChangeExtension(booklet, ".spreads.pdf");
            Assert.True(Preflighter.Check(booklet).Passed, PreflightFormatter.Format(Preflighter.Check(booklet), false));
            Assert.DoesNotContain(Preflighter.Check(spreads).Findings, f => f.Standard == PreflightStandard.PdfX4 && f.Severity == PreflightSeverity.Error);
            // The build preflighted both print files itself before writing them: the booklet against both standards,
            // the spreads (untagged, for the press) against PDF/X-4 alone, and both passed.
            Assert.Equal(new[] { booklet, spreads }.Order(), result.Preflights.Keys.Order());
            Assert.All(result.Preflights.Values, r => Assert.True(r.Passed, PreflightFormatter.Format(r, false)));
            Assert.Contains(Preflighter.Check(spreads).Findings, f => f.Standard == PreflightStandard.PdfUA1);
            Assert.DoesNotContain(result.Preflights[spreads].Findings, f => f.Standard == PreflightStandard.PdfUA1);
            // The spreads are held to the print standard on their own: preflight --only pdfx passes them and names only it.
            var stdout = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["preflight", spreads, "--only", "pdfx", "--ui", "en"], stdout, new StringWriter()));
            Assert.EndsWith("preflight passed (PDF/X-4)", stdout.ToString().TrimEnd());
            Assert.Equal(1, CommandLine.Run(["preflight", spreads, "--ui", "en"], new StringWriter(), new StringWriter()));
            foreach (var file in new[] { booklet, spreads })
            {
                using var pdf = PdfDocument.Open(file);
                var catalog = pdf.Structure.Catalog.CatalogDictionary;
                var intents = (ArrayToken)Resolve(pdf, catalog.Data["OutputIntents"])!;
                var intent = (DictionaryToken)Resolve(pdf, intents.Data[0])!;
                Assert.Equal("GTS_PDFX", ((NameToken)intent.Data["S"]).Data);
                Assert.Equal("FOGRA39", ((StringToken)Resolve(pdf, intent.Data["OutputConditionIdentifier"])!).Data);
                Assert.True(intent.Data.ContainsKey("DestOutputProfileRef"));
                foreach (var page in pdf.GetPages())
                {
                    Assert.True(page.Dictionary.Data.ContainsKey("TrimBox"), $"{Path.GetFileName(file)} page {page.Number}: no TrimBox");
                    Assert.True(page.Dictionary.Data.ContainsKey("BleedBox"), $"{Path.GetFileName(file)} page {page.Number}: no BleedBox");
                }
            }
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void TheEditionChoosesItsPrintingCondition()
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            File.AppendAllText(Path.Combine(edition, "edition.txt"), "\nprint: pdfx4\nprint.condition: JapanColor2001Coated\n");
            var result = BrochureBuilder.Build(new BuildRequest(edition, output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            using var pdf = PdfDocument.Open(result.PdfPath!);
            var intents = (ArrayToken)Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["OutputIntents"])!;
            var intent = (DictionaryToken)Resolve(pdf, intents.Data[0])!;
            Assert.Equal(PdfXOutputIntent.JapanColor2001Coated.OutputConditionIdentifier, ((StringToken)Resolve(pdf, intent.Data["OutputConditionIdentifier"])!).Data);
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    private static string EditionWithPhoto(int width, int height)
    {
        var edition = RepositoryPaths.CopySampleEdition();
        Directory.CreateDirectory(Path.Combine(edition, "photos"));
        // Synthetic photo of a given pixel size where the outline expects the wetland picture.
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        bitmap.Erase(new SkiaSharp.SKColor(90, 140, 110));
        using var data = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 85);
        File.WriteAllBytes(Path.Combine(edition, "photos", "lianhu-wetland.jpg"), data.ToArray());
        return edition;
    }

    [Theory]
    [InlineData(1600, 1200, "IMG003", Severity.Warning)]   // about 250 ppi: printed, with a warning
    [InlineData(800, 600, "IMG007", Severity.Error)]       // about 127 ppi: refused for print
    public void APrintBuildHoldsPhotosToOffsetResolution(int width, int height, string code, Severity severity)
    {
        var edition = EditionWithPhoto(width, height);
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(edition, output) { PdfX = true });
            var d = Assert.Single(result.Diagnostics, x => x.Message.Contains("lianhu-wetland"));
            Assert.Equal((code, severity), (d.Code, d.Severity));
            Assert.Matches(@"outline\.txt", d.File);
            Assert.Equal(severity == Severity.Warning, result.Succeeded);
            if (!result.Succeeded) Assert.Empty(Directory.GetFiles(output));
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void ValidateChecksThePrintBuildWhenAskedSoOkMeansItsBuildSucceeds()
    {
        // A photo fine for a proof but too coarse for print: validate and build agree in both modes.
        var edition = EditionWithPhoto(800, 600);
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            Assert.Equal(0, CommandLine.Run(["validate", edition], new StringWriter(), new StringWriter()));
            Assert.Equal(0, CommandLine.Run(["build", edition, "--out", output], new StringWriter(), new StringWriter()));
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", edition, "--pdfx"], new StringWriter(), stderr));
            Assert.Contains("error IMG007", stderr.ToString());
            Assert.Equal(1, CommandLine.Run(["build", edition, "--out", output, "--pdfx"], new StringWriter(), new StringWriter()));
            Assert.Equal(0, CommandLine.Run(["validate", edition, "--lang", "en"], new StringWriter(), new StringWriter()));
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void PreflightNamesEachProblemOfADeliberatelyBadPdf()
    {
        // Synthetic bad PDF made in the test: RGB text and an RGB image of 72 ppi, untagged, no output intent.
        using var fonts = new Hengnan.Report.Fonts.FontLibrary(Hengnan.Report.Fonts.FontLibrary.DefaultFolder, new Dictionary<string, string> { ["sans"] = "NotoSans_400Regular.ttf" });
        var face = fonts["sans"];
        var shaped = face.Shape("Bad");
        var x = new float[shaped.Glyphs.Length];
        for (int i = 1; i < x.Length; i++) x[i] = x[i - 1] + shaped.Advances[i - 1] * 12;
        var run = new GlyphRunVisual(face, 12, Color.Rgb(0, 0, 0), shaped.Glyphs, x, new float[x.Length], shaped.Clusters, "Bad", "en");
        using var bitmap = new SkiaSharp.SKBitmap(72, 72);
        bitmap.Erase(new SkiaSharp.SKColor(200, 30, 30));
        using var png = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        var image = new ImageVisual(72 * 3, 72 * 3, ImageAsset.Decode(png.ToArray(), "coarse.png"));
        var items = new List<DisplayItem> { new(50, 80, run, null), new(50, 120, image, null) };
        face.Seal();
        var bytes = PdfExporter.Write(new PdfDocumentRequest([new PdfPage(595, 842, [new PdfPanel(0, 0, null, items)])],
            new PdfMetadata("bad", "tests", "", "", "en", new DateTime(2026, 1, 1))) { Tagged = false });
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var path = Path.Combine(folder, "bad.pdf");
            File.WriteAllBytes(path, bytes);
            var stdout = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["preflight", path], stdout, new StringWriter()));
            var text = stdout.ToString();
            Assert.Contains("page 1: PF003", text);   // RGB without a profile
            Assert.Contains("page 1: PF004", text);   // an RGB image
            Assert.Contains("page 1: PF012", text);   // 72 ppi
            Assert.Contains("PF005", text);           // no output intent
            Assert.Contains("PF008", text);           // no TrimBox
            Assert.Contains("PF021", text);           // untagged
            var zh = new StringWriter();
            CommandLine.Run(["preflight", path, "--zh"], zh, new StringWriter());
            Assert.Contains("第 1 页", zh.ToString());
        }
        finally { Directory.Delete(folder, true); }
    }
}
