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

    /// <summary>
    /// A synthetic CMYK JPEG, made here (no real photo): SkiaSharp, which these tests use, cannot encode CMYK, so the
    /// file is written by hand — baseline, four components (C, M, Y, K) with an Adobe marker saying they are not
    /// transformed, one quantisation table, and a Huffman code of one bit for a DC difference of 0 and one for the end of
    /// a block. Every 8 × 8 block is flat, so each MCU (four blocks, two bits each) is one zero byte: an even tint.
    /// </summary>
    internal static byte[] SyntheticCmykJpeg(int width, int height)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        void Segment(byte marker, params byte[] body)
        {
            jpeg.AddRange([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
            jpeg.AddRange(body);
        }
        Segment(0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 0]);                      // APP14: version 100, no transform (CMYK)
        Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);                     // DQT 0: all ones
        Segment(0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 4,
            1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0]);                       // SOF0: 8 bits, four components, no subsampling
        byte[] oneCode = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];        // one code of one bit, for symbol 0
        Segment(0xC4, [0x00, .. oneCode]);                                          // DHT DC 0: difference 0
        Segment(0xC4, [0x10, .. oneCode]);                                          // DHT AC 0: end of block
        Segment(0xDA, [4, 1, 0, 2, 0, 3, 0, 4, 0, 0, 63, 0]);                        // SOS: all four, tables 0
        jpeg.AddRange(new byte[(width + 7) / 8 * ((height + 7) / 8)]);
        jpeg.AddRange([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    [Fact]
    public void ACmykJpegOverTheLimitIsKeptAsItIsAndThePrintBuildSaysSoAtThePhoto()
    {
        // A print file holds photos at no more than 450 ppi; a CMYK JPEG cannot be resampled without losing its inks, so
        // it is kept as it is, and the build says so where the outline names the photo (about 550 ppi here).
        var edition = RepositoryPaths.CopySampleEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(edition, "photos"));
            var jpeg = SyntheticCmykJpeg(3600, 2700);
            Assert.Equal(4, ImageAsset.Decode(jpeg, "check").Components);
            File.WriteAllBytes(Path.Combine(edition, "photos", "lianhu-wetland.jpg"), jpeg);
            var result = BrochureBuilder.Build(new BuildRequest(edition, output) { PdfX = true });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var d = Assert.Single(result.Diagnostics, x => x.Code == "IMG008");
            Assert.Equal(Severity.Warning, d.Severity);
            var outline = Path.Combine(edition, EditionLoader.OutlineFile);
            Assert.Equal(Path.GetFullPath(outline), Path.GetFullPath(d.File));
            Assert.Equal(Array.FindIndex(File.ReadAllLines(outline), l => l.StartsWith("[photo photos/lianhu-wetland.jpg]", StringComparison.Ordinal)) + 1, d.Line);
            Assert.Matches(@"photo 'photos/lianhu-wetland\.jpg' is a CMYK JPEG printed at \d+ pixels per inch, more than the 450", d.Message);
            Assert.Contains("CMYK 的 JPEG", d.ToString(UiLanguage.Zh));
            // Kept as it is: the print file holds the JPEG's own bytes.
            using var pdf = PdfDocument.Open(result.PdfPath!);
            var images = pdf.GetPages().SelectMany(p => p.GetImages()).ToList();
            Assert.Contains(images, i => i.WidthInSamples == 3600 && i.RawBytes.SequenceEqual(jpeg));
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
