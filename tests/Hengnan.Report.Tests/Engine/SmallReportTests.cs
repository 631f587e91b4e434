using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Fluent;
using Hengnan.Report.Fonts;
using Hengnan.Report.Tests.EndToEnd;

namespace Hengnan.Report.Tests.Engine;

/// <summary>
/// A second, different report built only through the engine's fluent API (no brochure code): a
/// two-language A5 memo with a running head, headings, a row of two cells, an image and a page
/// break. Its content is synthetic test text, not edition content.
/// </summary>
public sealed class SmallReportTests
{
    // Each build has its own faces: a face is sealed (subset) once its document is written.
    private static FontLibrary Fonts() => new(FontLibrary.DefaultFolder, new Dictionary<string, string>
    {
        ["sans-en"] = "NotoSans_400Regular.ttf",
        ["sans-en-bold"] = "NotoSans_700Bold.ttf",
        ["sans-zh"] = "NotoSansSC_400Regular.ttf",
        ["sans-zh-bold"] = "NotoSansSC_700Bold.ttf",
    });

    private static ImageAsset SyntheticImage()
    {
        using var bitmap = new SkiaSharp.SKBitmap(120, 60);
        bitmap.Erase(new SkiaSharp.SKColor(40, 120, 200, 200));
        using var data = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return ImageAsset.Decode(data.ToArray(), "synthetic.png");
    }

    private static (string Path, byte[] Bytes) Build()
    {
        using var fonts = Fonts();
        var body = new TextStyle(fonts["sans-en"], fonts["sans-zh"], 10, Color.Cmyk(0, 0, 0, 1));
        var bold = new TextStyle(fonts["sans-en-bold"], fonts["sans-zh-bold"], 16, Color.Spot("Brand Red", Color.Cmyk(0, 1, 0.8f, 0.1f)));
        var image = SyntheticImage();
        var report = ReportDocument.Create(PaperSize.A5, doc => doc.Page(page =>
        {
            page.Margin(42).Header("测试备忘 Test memo", body with { Size = 7 }, Language.Zh);
            page.Content().Column(col =>
            {
                col.Spacing(8);
                col.Item().Text("季度备忘", bold, Language.Zh).Span(" Quarterly memo", bold with { Size = 11 }, Language.En).Heading(1);
                col.Item().Text("这是一段测试用的中文正文，用于检验引擎的段落排版与结构标签。", body, Language.Zh).Indent(2);
                col.Item().Text("This is a paragraph of synthetic test text, set to check that the engine lays out and tags English.", body, Language.En);
                col.Item().Row(row =>
                {
                    row.Cell().Text("左栏 Left cell", body, Language.Zh);
                    row.Cell(2).Text("Right cell, twice as wide.", body, Language.En);
                });
                col.Item().KeepTogether(k => k.Image(image, "A blue test rectangle", 80));
                col.PageBreak();
                col.Item().Text("第二页 Second page", bold, Language.Zh).Heading(2);
                col.Item().Text("The end of the memo.", body, Language.En);
            });
        }));
        var pdf = report.ToPdf(new PdfMetadata("测试备忘", "Tests", "Fluent API", "test", "zh-CN", new DateTime(2026, 1, 1)), fonts.Faces);
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "memo.pdf");
        File.WriteAllBytes(path, pdf);
        return (path, pdf);
    }

    [Fact]
    public void ReportBuiltThroughTheApiReadsBackInOrderWithItsStructure()
    {
        var (path, _) = Build();
        var pdf = new PdfInspection(path);
        Assert.Equal(2, pdf.PageCount);
        var first = pdf.PageTexts[0];
        int Pos(string s) => first.IndexOf(s, StringComparison.Ordinal);
        Assert.True(Pos("季度备忘") >= 0 && Pos("季度备忘") < Pos("这是一段") && Pos("这是一段") < Pos("This"));
        Assert.Contains("Right cell", pdf.AllText);
        Assert.Contains("The end of the memo.", pdf.PageTexts[1].Replace("  ", " "));

        var tree = new StructureInspection(path);
        Assert.True(tree.Marked);
        var h1 = Assert.Single(tree.All, e => e.Role == "H1");
        Assert.Contains(h1.Children, c => c.Lang == "en" && c.Text.Contains("Quarterly"));
        Assert.Single(tree.All, e => e.Role == "H2");
        var figure = Assert.Single(tree.All, e => e.Role == "Figure");
        Assert.Equal("A blue test rectangle", figure.Alt);
        Assert.Contains(tree.All, e => e.Role == "P" && e.Lang == "en" && e.Text.Contains("synthetic"));
        // The running head is page furniture on both pages.
        Assert.All(tree.ArtifactTexts, t => Assert.Contains("Test memo", t));
        Assert.DoesNotContain(tree.All, e => e.Text.Contains("Test memo"));
    }

    [Fact]
    public void ReportBuildsToTheSameBytesTwice()
    {
        var (_, a) = Build();
        var (_, b) = Build();
        Assert.Equal(a, b);
    }
}
