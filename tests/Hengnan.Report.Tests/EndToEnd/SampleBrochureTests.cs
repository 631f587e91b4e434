using Hengnan.Report.Cli;
using Hengnan.Report.Edition;
using Hengnan.Report.Compose;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>The sample edition built end to end and read back from the real PDF with PdfPig.</summary>
public sealed class SampleBrochureTests(SampleBrochureFixture sample) : IClassFixture<SampleBrochureFixture>
{
    [Fact]
    public void HasTheExpectedPages()
    {
        // Cover, contents, foreword, five sections (at least a page each), closing, colophon, back cover.
        Assert.InRange(sample.Pdf.PageCount, 11, 40);
        Assert.Equal(sample.Result.Pages.Count, sample.Pdf.PageCount);
    }

    [Fact]
    public void PrintsBothLanguages()
    {
        var text = sample.Pdf.AllText;
        Assert.Contains("打造经济硬实力", text);
        Assert.Contains("数字力量", text);
        Assert.Contains("By the Numbers", text);
        Assert.Contains("Review", text);
        Assert.Matches("[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}", text);
    }

    [Theory]
    [InlineData("244.83")]
    [InlineData("356.01")]
    [InlineData("94.7")]
    [InlineData("54227")]
    [InlineData("54,227")]
    [InlineData("CNY 35.60 billion")]
    public void PrintsTheKeyFigures(string figure) => Assert.Contains(figure, sample.Pdf.AllText);

    [Fact]
    public void EmbedsEveryFontAsSubsetCidTrueTypeAndNoType3()
    {
        Assert.NotEmpty(sample.Pdf.FontsUsed);
        foreach (var font in sample.Pdf.FontsUsed)
        {
            Assert.NotEqual("Type3", font.Subtype);
            Assert.Equal("Type0", font.Subtype);
            Assert.Equal("CIDFontType2", font.DescendantSubtype);
            Assert.True(font.Embedded, $"{font.BaseFont} is not embedded");
            Assert.True(font.HasToUnicode, $"{font.BaseFont} has no ToUnicode map");
            Assert.Matches("^[A-Z]{6}\\+", font.BaseFont);
        }
    }

    [Fact]
    public void ChineseExtractsAsUnifiedIdeographsNotKangxiRadicals()
    {
        var text = sample.Pdf.AllText;
        Assert.Contains("\u751F\u4EA7", text); // 生产
        Assert.DoesNotContain(text, c => c is >= '\u2F00' and <= '\u2FDF');
    }

    [Fact]
    public void CarriesDocumentMetadata()
    {
        Assert.Contains("奋进新征程", sample.Pdf.Title);
        Assert.False(string.IsNullOrWhiteSpace(sample.Pdf.Author));
        Assert.False(string.IsNullOrWhiteSpace(sample.Pdf.Subject));
        Assert.False(string.IsNullOrWhiteSpace(sample.Pdf.Keywords));
        Assert.Equal("zh-CN", sample.Pdf.Language);
    }

    [Fact]
    public void ChartsAreVectorsNotImages()
    {
        // The sample has no photo files (placeholders are vector frames), so no page may hold an image.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(sample.Result.PdfPath!);
        Assert.All(pdf.GetPages(), page => Assert.Empty(page.GetImages()));
        // Charts are captured as the engine's own vectors: figures (with alternate text) holding paths.
        Assert.Contains(sample.Result.Pages.SelectMany(p => p.DisplayList()), v => v.Visual is PathVisual && v.Node is { Role: StructureRole.Figure, Alt: not null });
    }

    [Fact]
    public void PhotosThatExistArePrintedInTheirFrames()
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            // A synthetic photo: a plain 800×600 JPEG where the outline expects the wetland picture.
            Directory.CreateDirectory(Path.Combine(edition, "photos"));
            using (var bitmap = new SkiaSharp.SKBitmap(800, 600))
            {
                bitmap.Erase(new SkiaSharp.SKColor(90, 140, 110));
                using var data = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 85);
                File.WriteAllBytes(Path.Combine(edition, "photos", "lianhu-wetland.jpg"), data.ToArray());
            }
            var result = BrochureBuilder.Build(new BuildRequest(edition, output));
            Assert.True(result.Succeeded);
            // 800 px across a 160 mm frame is about 127 ppi: printed, but reported as too coarse for offset.
            var low = Assert.Single(result.Diagnostics, d => d.Message.Contains("lianhu-wetland"));
            Assert.Equal(("IMG003", Severity.Warning), (low.Code, low.Severity));
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.PdfPath!);
            var images = pdf.GetPages().SelectMany(p => p.GetImages()).ToList();
            var photo = Assert.Single(images);
            Assert.Equal(800, photo.WidthInSamples);
            // In the structure tree the photo is a figure (a placeholder frame is an artifact) whose alternate text is
            // its Chinese caption, beside the five charts' figures; its letters are not part of it: it has none.
            var figures = new StructureInspection(result.PdfPath!).All.Where(e => e.Role == "Figure").ToList();
            Assert.Equal(6, figures.Count);
            Assert.Single(figures, f => f.Alt == "莲湖湾国家湿地公园一景。");
            Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.Alt)));
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void StaysUnderThreeMegabytes() => Assert.True(new FileInfo(sample.Result.PdfPath!).Length < 3 * 1024 * 1024);

    [Fact]
    public void IsNoLargerThanTheOldExportersFile()
    {
        // Issue #8: the sample PDF written by Skia and patched by PDFsharp was 485 KB; our own exporter's may not be larger.
        long bytes = new FileInfo(sample.Result.PdfPath!).Length;
        Assert.True(bytes <= 485_000, $"the sample PDF is {bytes:N0} bytes, more than the 485 KB of the old exporter");
    }

    [Fact]
    public void SameInputsGiveByteIdenticalPdf()
    {
        var again = RepositoryPaths.NewTempFolder();
        try
        {
            var second = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, again));
            Assert.True(second.Succeeded);
            Assert.Equal(File.ReadAllBytes(sample.Result.PdfPath!), File.ReadAllBytes(second.PdfPath!));
        }
        finally { Directory.Delete(again, true); }
    }

    [Theory]
    [InlineData(LanguageMode.Zh)]
    [InlineData(LanguageMode.En)]
    public void SingleLanguageEditionsHoldOnlyThatLanguage(LanguageMode mode)
    {
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, folder, mode));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var pdf = new PdfInspection(result.PdfPath!);
            var text = pdf.AllText;
            if (mode == LanguageMode.Zh)
            {
                Assert.Contains("打造经济硬实力", text);
                Assert.DoesNotContain("By the Numbers", text);
                Assert.DoesNotContain("Building Economic Strength", text);
            }
            else
            {
                Assert.Contains("By the Numbers", text);
                Assert.DoesNotContain("数字力量", text);
                Assert.DoesNotContain("打造经济硬实力", text);
                Assert.Equal("en", pdf.Language);
            }
            Assert.True(pdf.PageCount <= sample.Pdf.PageCount);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Theory]
    [InlineData("A5", 148, 210)]
    [InlineData("16K", 185, 260)]
    [InlineData("BIG16K", 210, 285)]
    public void OtherPaperSizesBuildAtTheirSize(string paper, double widthMm, double heightMm)
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var settings = Path.Combine(edition, "edition.txt");
            File.WriteAllLines(settings, File.ReadAllLines(settings).Select(l => l.StartsWith("paper:") ? "paper: " + paper : l));
            var result = BrochureBuilder.Build(new BuildRequest(edition, output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.PdfPath!);
            var page = pdf.GetPage(3);
            Assert.Equal(widthMm * 72 / 25.4, page.Width, 0.5);
            Assert.Equal(heightMm * 72 / 25.4, page.Height, 0.5);
            Assert.Equal(0, pdf.NumberOfPages % 2);
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void BleedAndCropMarksEnlargeTheSheetAroundTheTrim()
    {
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, folder) { BleedMm = 3, CropMarks = true });
            Assert.True(result.Succeeded);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.PdfPath!);
            const double mm = 72 / 25.4;
            foreach (var page in pdf.GetPages())
            {
                double[] Box(string name) => ((UglyToad.PdfPig.Tokens.ArrayToken)page.Dictionary.Data[name]).Data
                    .Select(t => ((UglyToad.PdfPig.Tokens.NumericToken)t).Double).ToArray();
                var trim = Box("TrimBox");
                var bleed = Box("BleedBox");
                Assert.Equal(210 * mm, trim[2] - trim[0], 0.5);
                Assert.Equal(297 * mm, trim[3] - trim[1], 0.5);
                Assert.Equal(3 * mm, trim[0] - bleed[0], 0.1);
                Assert.True(page.Width > bleed[2] + 5 * mm, "crop marks need room outside the bleed");
            }
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void PrinterSpreadsForSaddleStitching()
    {
        // typography.md §3: 16 pp → 16|1, 2|15, 14|3, 4|13, …
        Assert.Equal([(16, 1), (2, 15), (14, 3), (4, 13)], SaddleStitchImposition.Sides(16).Take(4));
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, folder) { Impose = true });
            var spreads = Path.ChangeExtension(result.PdfPath!, ".spreads.pdf");
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(spreads);
            // The spreads hold the booklet padded to a multiple of four with the blank pages the build reports
            // (where the layout cannot absorb them by running the credits on after the closing).
            int booklet = new PdfInspection(result.PdfPath!).PageCount;
            Assert.Equal(0, (booklet + result.PaddingPages) % 4);
            Assert.InRange(result.PaddingPages, 0, 3);
            Assert.Equal((booklet + result.PaddingPages) / 2, pdf.NumberOfPages);
            var first = pdf.GetPage(1);
            // The trimmed spread is two A4 pages wide; the sheet has bleed and crop marks around it.
            var trim = (UglyToad.PdfPig.Tokens.ArrayToken)first.Dictionary.Data["TrimBox"];
            double Number(int i) => ((UglyToad.PdfPig.Tokens.NumericToken)trim.Data[i]).Double;
            Assert.Equal(2 * 210 * 72 / 25.4, Number(2) - Number(0), 0.5);
            Assert.Equal(first.Width / 2, (Number(0) + Number(2)) / 2, 0.5);
            // The outside of the first sheet: back cover on the left, front cover on the right.
            var left = string.Concat(first.Letters.Where(l => l.StartBaseLine.X < first.Width / 2).Select(l => l.Value));
            var right = string.Concat(first.Letters.Where(l => l.StartBaseLine.X >= first.Width / 2).Select(l => l.Value));
            Assert.Equal(sample.Pdf.PageTexts[^1], left);
            Assert.Equal(sample.Pdf.PageTexts[0], right);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void AnEnglishBookletRunsTheCreditsOnToAbsorbItsPaddingAndTheBilingualOneSaysWhatItAdds()
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            // English alone: on their own page the credits make the booklet two pages over a multiple of four; for the
            // spreads (--impose) they run on after the closing instead, and no blank page is added.
            var plain = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, output, LanguageMode.En) { WriteFiles = false });
            var imposed = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, output, LanguageMode.En) { Impose = true, WriteFiles = false });
            Assert.True(plain.Succeeded && imposed.Succeeded);
            Assert.NotEqual(0, plain.Pages.Count % 4);
            Assert.Equal(0, imposed.PaddingPages);
            Assert.True(imposed.Pages.Count < plain.Pages.Count, $"{imposed.Pages.Count} pages imposed, {plain.Pages.Count} without");
            Assert.Equal(0, imposed.Pages.Count % 4);
            Assert.True(imposed.CreditsRunOn);
            Assert.False(plain.CreditsRunOn);
            // The build says so, in the staff's language.
            var stderr = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["build", RepositoryPaths.SampleEdition, "--out", output, "--lang", "en", "--impose", "--ui", "zh"], new StringWriter(), stderr));
            Assert.Contains("拼版：出版说明接排在结束语之后", stderr.ToString());
            Assert.Contains("没有加空白页", stderr.ToString());
            var booklet = new PdfInspection(Path.Combine(output, "hengnan-13th-congress-2021.en.pdf")).PageCount;
            using (var spreads = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(output, "hengnan-13th-congress-2021.en.spreads.pdf")))
                Assert.Equal(booklet, 2 * spreads.NumberOfPages);

            // Bilingual: the credits cannot save a sheet's side, so blank pages are added, and the build says how many:
            // as many as the spreads hold beyond the booklet.
            stderr = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["build", RepositoryPaths.SampleEdition, "--out", output, "--impose", "--ui", "en"], new StringWriter(), stderr));
            var said = System.Text.RegularExpressions.Regex.Match(stderr.ToString(), @"spreads: (\d+) blank page\(s\) added before the back cover to make a multiple of four");
            Assert.True(said.Success, stderr.ToString());
            Assert.DoesNotContain("credits were run on", stderr.ToString());
            booklet = new PdfInspection(Path.Combine(output, "hengnan-13th-congress-2021.pdf")).PageCount;
            using (var spreads = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(output, "hengnan-13th-congress-2021.spreads.pdf")))
                Assert.Equal(2 * spreads.NumberOfPages - booklet, int.Parse(said.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(int.Parse(said.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 3);
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void NoPageOverflowsItsBody()
    {
        foreach (var page in sample.Result.Pages)
            Assert.True(page.Body.Height <= page.BodyRect.Height + 0.5f, $"page {page.Number} body is {page.Body.Height} pt in {page.BodyRect.Height} pt");
    }
}
