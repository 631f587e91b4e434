using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Fonts;
using Hengnan.Report.Export.Png;
using Hengnan.Report.Layout;
using SkiaSharp;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

/// <summary>Content shared by pages (<see cref="SharedVisual"/>): written once as a form XObject, drawn on every page.</summary>
public sealed class PdfSharedContentTests
{
    /// <summary>A 100 × 50 pt mark: a red square at (10, 10) and the word "DRAFT" with its baseline at (20, 40).</summary>
    private static SharedVisual Mark(FontFace face) => new(new Fragment(100, 50,
    [
        new Placed(10, 10, new PathVisual(PathData.Rectangle(0, 0, 20, 20), Color.Rgb(200, 0, 0))),
        new Placed(20, 40, Run(face, "DRAFT", 12, 0, 0, language: "en").Visual),
    ]));

    private static IEnumerable<StreamToken> Forms(UglyToad.PdfPig.PdfDocument doc) => Forms(Objects(doc).Select(o => o.Token).OfType<StreamToken>());

    private static IEnumerable<StreamToken> Forms(IEnumerable<StreamToken> streams) =>
        streams.Where(s => s.StreamDictionary.Data.TryGetValue("Subtype", out var subtype) && subtype is NameToken { Data: "Form" });

    [Fact]
    public void Content_shared_by_pages_is_written_once_and_drawn_on_each()
    {
        var face = Sans();
        var mark = Mark(face);
        var pages = Enumerable.Range(0, 3)
            .Select(i => Page(new DisplayItem(50 + i, 100, mark, StructureNode.Watermark), Run(face, $"page {i + 1}", 10, 40, 300, new StructureNode(StructureRole.P), "en")))
            .ToArray();
        using var doc = Open(Write(Request(pages)));
        var form = Assert.Single(Objects(doc), o => o.Token is StreamToken s && Forms([s]).Any()).Reference;
        for (int p = 1; p <= 3; p++)
        {
            var xobjects = Dict(doc, Dict(doc, doc.GetPage(p).Dictionary, "Resources"), "XObject");
            Assert.Equal(form, ((IndirectReferenceToken)xobjects.Data["Fm1"]).Data);
            Assert.Contains("/Fm1 Do", Content(doc, p));
            // Its text reads on every page, where the page put it: x = 50 + (p − 1) + 20, baseline 842 − (100 + 40).
            var letters = doc.GetPage(p).Letters.Where(l => "DRAFT".Contains(l.Value)).ToList();
            Assert.Equal("DRAFT", string.Concat(letters.Select(l => l.Value)));
            Assert.Equal(50 + (p - 1) + 20, letters[0].StartBaseLine.X, 1);
            Assert.Equal(842 - 140, letters[0].StartBaseLine.Y, 1);
        }
    }

    [Fact]
    public void A_form_sets_its_own_graphics_state_and_carries_its_resources()
    {
        var face = Sans();
        // The page has filled black at full opacity before the form is drawn: the form may not count on it.
        var mark = new SharedVisual(new Fragment(40, 40, [new Placed(0, 0, new PathVisual(PathData.Rectangle(0, 0, 10, 10), Color.Black))]));
        using var doc = Open(Write(Request(Page(
            new DisplayItem(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5), Color.Black), StructureNode.Artifact),
            new DisplayItem(10, 10, mark, StructureNode.Watermark),
            Run(face, "text", 10, 40, 300, new StructureNode(StructureRole.P), "en")))));
        var form = Assert.Single(Forms(doc));
        var content = System.Text.Encoding.Latin1.GetString(Decode(doc, form));
        int fill = content.IndexOf("\nf\n", StringComparison.Ordinal);
        Assert.True(fill > 0, content);
        Assert.Contains(" rg", content[..fill]);
        Assert.Contains("/GSf1000 gs", content[..fill]);
        var resources = Dict(doc, form.StreamDictionary, "Resources");
        Assert.NotNull(Get(doc, Dict(doc, resources, "ExtGState"), "GSf1000"));
        // Its box is the fragment's, in its own y-up space.
        var box = (ArrayToken)Resolve(doc, form.StreamDictionary.Data["BBox"]);
        Assert.Equal([0, -40, 40, 0], box.Data.Select(t => ((NumericToken)t).Double).ToArray());
    }

    [Fact]
    public void A_watermark_drawn_as_a_form_is_one_artifact()
    {
        var face = Sans();
        using var doc = Open(Write(Request(Page(new DisplayItem(0, 0, Mark(face), StructureNode.Watermark),
            Run(face, "text", 10, 40, 300, new StructureNode(StructureRole.P), "en")))));
        Assert.Contains("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\nq 1 0 0 1 0 842 cm /Fm1 Do Q\nEMC", Content(doc, 1));
        var form = System.Text.Encoding.Latin1.GetString(Decode(doc, Assert.Single(Forms(doc))));
        Assert.DoesNotContain("BDC", form);
        Assert.DoesNotContain("BMC", form);
    }

    [Fact]
    public void Previews_draw_shared_content_in_place()
    {
        using var renderer = new PngRenderer();
        var png = renderer.Render([new DisplayItem(30, 30, Mark(Sans()), StructureNode.Watermark)], 200, 200, 72);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(new SKColor(200, 0, 0), bitmap.GetPixel(50, 50)); // the square at (30 + 10, 30 + 10), 20 pt wide
        Assert.Equal(SKColors.White, bitmap.GetPixel(35, 35));
    }
}
