using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using UglyToad.PdfPig.Graphics.Operations.General;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfContentTests
{
    private static readonly StructureNode Figure = new(StructureRole.Figure, "shapes");

    private static string ContentOf(params DisplayItem[] items)
    {
        using var doc = Open(Write(items));
        return Content(doc, 1);
    }

    [Fact]
    public void Paths_are_converted_to_pdf_coordinates_with_their_operators()
    {
        var path = new PathBuilder().MoveTo(0, 0).LineTo(10, 0).CubicTo(10, 5, 5, 10, 0, 10).Close().Build();
        var content = ContentOf(new DisplayItem(100, 200, new PathVisual(path, Color.Rgb(255, 0, 0)), Figure));
        // y' = 842 − (200 + y)
        Assert.Contains("1 0 0 rg\n100 642 m\n110 642 l\n110 637 105 632 100 632 c\nh\nf\n", content);
    }

    [Fact]
    public void Fill_stroke_and_both_use_f_S_and_B_with_line_style()
    {
        var rect = PathData.Rectangle(0, 0, 10, 10);
        var content = ContentOf(
            new DisplayItem(0, 0, new PathVisual(rect, Color.Black), Figure),
            new DisplayItem(0, 0, new PathVisual(rect, null, new Stroke(Color.Black, 0.5f, [3, 1.5f], LineCap.Round, LineJoin.Bevel)), Figure),
            new DisplayItem(0, 0, new PathVisual(rect, Color.White, new Stroke(Color.Black, 0.5f, [3, 1.5f], LineCap.Round, LineJoin.Bevel)), Figure),
            new DisplayItem(0, 0, new PathVisual(rect, null, new Stroke(Color.Black, 2)), Figure));
        Assert.Contains("h\nf\n", content);
        Assert.Contains("0 0 0 RG\n0.5 w\n[3 1.5] 0 d\n1 J\n2 j\n", content);
        Assert.Contains("h\nS\n", content);
        Assert.Contains("1 1 1 rg\n", content);
        Assert.Contains("h\nB\n", content);
        // The third path has the same line style: nothing is set again; the fourth resets it.
        Assert.Equal(1, Count(content, "1 J\n"));
        Assert.Contains("2 w\n[] 0 d\n0 J\n0 j\n", content);
    }

    [Fact]
    public void Cmyk_is_written_with_k_and_K()
    {
        var content = ContentOf(new DisplayItem(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5),
            Color.Cmyk(0.1f, 0.2f, 0.3f, 0.4f), new Stroke(Color.Cmyk(1, 0, 0, 0), 1)), Figure));
        Assert.Contains("0.1 0.2 0.3 0.4 k\n", content);
        Assert.Contains("1 0 0 0 K\n", content);
    }

    [Fact]
    public void Spot_colours_are_separation_colour_spaces_with_a_cmyk_alternate()
    {
        var red = Color.Spot("PANTONE 186 C", Color.Cmyk(0, 0.9f, 0.8f, 0.05f));
        var pdf = Write(
            new DisplayItem(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5), red, new Stroke(red.Tinted(0.5f), 1)), Figure),
            new DisplayItem(0, 10, new PathVisual(PathData.Rectangle(0, 0, 5, 5), red.Tinted(0.3f)), Figure));
        using var doc = Open(pdf);
        var content = Content(doc, 1);
        Assert.Contains("/CS1 cs 1 scn\n", content);
        Assert.Contains("/CS1 CS 0.5 SCN\n", content);
        Assert.Contains("0.3 scn\n", content);
        Assert.Equal(1, Count(content, " cs "));   // the colour space stays selected for the tint
        var spaces = Dict(doc, Dict(doc, doc.GetPage(1).Dictionary, "Resources"), "ColorSpace");
        var cs = (ArrayToken)Resolve(doc, spaces.Data["CS1"]);
        Assert.Equal("Separation", ((NameToken)cs[0]).Data);
        Assert.Equal("PANTONE 186 C", ((NameToken)cs[1]).Data);
        Assert.Equal("DeviceCMYK", ((NameToken)cs[2]).Data);
        var function = Dict(doc, cs[3]);
        Assert.Equal(2, ((NumericToken)Get(doc, function, "FunctionType")!).Int);
        Assert.Equal([0, 0, 0, 0], ((ArrayToken)Get(doc, function, "C0")!).Data.Select(t => ((NumericToken)t).Double));
        Assert.Equal([0, 0.9, 0.8, 0.05], ((ArrayToken)Get(doc, function, "C1")!).Data.Select(t => Math.Round(((NumericToken)t).Double, 3)));
    }

    [Fact]
    public void Transparency_uses_deduplicated_ext_g_states()
    {
        var half = Color.Rgb(0, 0, 255, 128);
        var pdf = Write(
            new DisplayItem(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5), half), Figure),
            new DisplayItem(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5), Color.Black), Figure),
            new DisplayItem(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5), half, new Stroke(half, 1)), Figure));
        using var doc = Open(pdf);
        var content = Content(doc, 1);
        Assert.Contains("/GSf502 gs\n", content);
        Assert.Contains("/GSf1000 gs\n", content);
        Assert.Contains("/GSs502 gs\n", content);
        var states = Dict(doc, Dict(doc, doc.GetPage(1).Dictionary, "Resources"), "ExtGState");
        Assert.Equal(["GSf1000", "GSf502", "GSs502"], states.Data.Keys.Order());
        Assert.Equal(0.502, ((NumericToken)Get(doc, Dict(doc, states.Data["GSf502"]), "ca")!).Double, 3);
        Assert.Equal(0.502, ((NumericToken)Get(doc, Dict(doc, states.Data["GSs502"]), "CA")!).Double, 3);
    }

    [Fact]
    public void Ext_g_states_are_shared_by_all_pages()
    {
        var half = Color.Cmyk(1, 0, 0, 0, 0.5f);
        DisplayItem Item() => new(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5), half), Figure);
        using var doc = Open(PdfExporter.Write(Request(Page(Item()), Page(Item()))));
        IndirectReferenceToken StateOn(int page) =>
            (IndirectReferenceToken)Dict(doc, Dict(doc, doc.GetPage(page).Dictionary, "Resources"), "ExtGState").Data["GSf500"];
        Assert.Equal(StateOn(1).Data, StateOn(2).Data);
    }

    [Fact]
    public void Panels_translate_and_clip_their_items()
    {
        var items = new[] { new DisplayItem(5, 6, new PathVisual(PathData.Rectangle(0, 0, 1, 1), Color.Black), Figure) };
        var page = new PdfPage(200, 100, [new PdfPanel(10, 20, new Rect(0, 0, 50, 40), items)]);
        using var doc = Open(Write(Request(page)));
        var content = Content(doc, 1);
        // clip: x 10, y 100 − (20 + 40) = 40; item at (15, 26) → y' = 74.
        Assert.StartsWith("q 10 40 50 40 re W n\n", content);
        Assert.Contains("15 74 m\n", content);
        Assert.EndsWith("Q\n", content);
    }

    [Fact]
    public void Operators_parse_back()
    {
        using var face = Sans();
        var pdf = Write(Run(face, "Hi", 12, 10, 20, Figure, "en"),
            new DisplayItem(0, 0, new PathVisual(PathData.Circle(50, 50, 10), Color.Cmyk(0, 0, 0, 1)), Figure));
        using var doc = Open(pdf);
        var ops = doc.GetPage(1).Operations.Select(o => o.Operator).ToList();
        Assert.Contains("TJ", ops);
        Assert.Contains("Tm", ops);
        Assert.Contains("k", ops);
        Assert.Contains("c", ops);
        Assert.Contains("BDC", ops);
        Assert.Equal(ops.Count(o => o == "BDC"), ops.Count(o => o == "EMC"));
        Assert.DoesNotContain(doc.GetPage(1).Operations, o => o is SetLineWidth);
    }

    [Fact]
    public void Items_that_draw_nothing_write_nothing()
    {
        var content = ContentOf(
            new DisplayItem(0, 0, new PathVisual(PathData.Rectangle(0, 0, 5, 5), null), Figure),
            new DisplayItem(0, 0, new AnchorVisual("a"), Figure));
        Assert.Equal("", content);
    }

    private static int Count(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
