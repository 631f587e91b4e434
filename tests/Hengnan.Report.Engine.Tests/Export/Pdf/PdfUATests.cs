using System.Text.RegularExpressions;
using System.Xml.Linq;
using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfUATests
{
    private static readonly XNamespace PdfUAId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static PdfDocumentRequest UA(params PdfPage[] pages) => Request(pages) with { PdfUA = true };

    [Fact]
    public void Xmp_claims_pdf_ua_1_with_the_title_and_viewers_show_the_title()
    {
        using var zh = SansSC();
        var (pdf, report) = WriteWithReport(UA(Page(Run(zh, "标题", 20, 40, 80, new StructureNode(StructureRole.H1)))));
        using var doc = Open(pdf);
        Assert.True(doc.TryGetXmpMetadata(out var xmp));
        var x = XDocument.Load(new MemoryStream(xmp!.GetXmlBytes().ToArray()));
        Assert.Equal("1", x.Descendants(PdfUAId + "part").Single().Value);
        Assert.Equal("测试文档 Test", x.Descendants(Dc + "title").Single().Value);
        var catalog = Catalog(doc);
        Assert.Equal(BooleanToken.True, Get(doc, Dict(doc, catalog, "ViewerPreferences"), "DisplayDocTitle"));
        Assert.Equal("zh-CN", ((StringToken)Get(doc, catalog, "Lang")!).Data);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void Links_carry_their_description_as_contents_and_alt()
    {
        using var zh = SansSC();
        var toc = new StructureNode(StructureRole.P);
        var entry = new StructureNode(StructureRole.Link);
        var pdf = PdfExporter.Write(UA(
            Page(Run(zh, "目录", 16, 40, 40, new StructureNode(StructureRole.H1)),
                Run(zh, "第一节", 12, 40, 60, toc), new DisplayItem(40, 48, new LinkVisual(100, 14, "s1", "第一节"), toc),
                Run(zh, "第二节", 12, 40, 80, entry), new DisplayItem(40, 68, new LinkVisual(100, 14, "s1", "到第二节"), entry)),
            Page(new DisplayItem(0, 0, new AnchorVisual("s1"), null))));
        using var doc = Open(pdf);
        Assert.Equal("Document[H1[1:0] P[1:1 Link'第一节'[objr]] Link'到第二节'[1:2 objr]]", StructureView.Of(doc));
        var contents = doc.GetPage(1).GetAnnotations().Select(a => a.Content ?? "").ToArray();
        Assert.Equal(["第一节", "到第二节"], contents);
    }

    [Fact]
    public void A_link_without_a_description_cannot_be_pdf_ua()
    {
        using var zh = SansSC();
        var p = new StructureNode(StructureRole.P);
        var e = Assert.Throws<PdfConformanceException>(() => PdfExporter.Write(UA(
            Page(Run(zh, "标题", 20, 40, 80, new StructureNode(StructureRole.H1))),
            Page(Run(zh, "见下", 12, 40, 60, p), new DisplayItem(40, 48, new LinkVisual(100, 14, "s1"), p), new DisplayItem(0, 0, new AnchorVisual("s1"), null)))));
        Assert.Contains("page 2", e.Message);
        Assert.Contains("description", e.Message);
    }

    [Fact]
    public void A_figure_without_alternate_text_names_its_page()
    {
        using var zh = SansSC();
        var e = Assert.Throws<PdfConformanceException>(() => PdfExporter.Write(UA(
            Page(Run(zh, "标题", 20, 40, 80, new StructureNode(StructureRole.H1))),
            Page(new DisplayItem(40, 140, PathVisual.Rect(100, 60, Color.Black), new StructureNode(StructureRole.Figure))))));
        Assert.Contains("figure on page 2", e.Message);
        Assert.Contains("13-004", e.Message);
        // Without the claim the same document is written.
        PdfExporter.Write(Request(Page(new DisplayItem(40, 140, PathVisual.Rect(100, 60, Color.Black), new StructureNode(StructureRole.Figure)))));
    }

    [Fact]
    public void Header_cells_get_a_scope_column_in_the_first_row_row_elsewhere()
    {
        using var en = Sans();
        var table = new StructureNode(StructureRole.Table);
        var rows = new[] { new StructureNode(StructureRole.TR), new StructureNode(StructureRole.TR) };
        var cells = new[]
        {
            new StructureNode(StructureRole.TH), new StructureNode(StructureRole.TH),
            new StructureNode(StructureRole.TH), new StructureNode(StructureRole.TD),
        };
        var fragment = new Fragment(200, 40, [
            new Placed(0, 0, new FragmentVisual(new Fragment(200, 20, [
                new Placed(0, 0, new FragmentVisual(new Fragment(100, 20, [new Placed(0, 12, Run(en, "Year", 10, 0, 0, language: "en").Visual)]) { Node = cells[0] })),
                new Placed(100, 0, new FragmentVisual(new Fragment(100, 20, [new Placed(0, 12, Run(en, "GDP", 10, 0, 0, language: "en").Visual)]) { Node = cells[1] })),
            ]) { Node = rows[0] })),
            new Placed(0, 20, new FragmentVisual(new Fragment(200, 20, [
                new Placed(0, 0, new FragmentVisual(new Fragment(100, 20, [new Placed(0, 12, Run(en, "2021", 10, 0, 0, language: "en").Visual)]) { Node = cells[2] })),
                new Placed(100, 0, new FragmentVisual(new Fragment(100, 20, [new Placed(0, 12, Run(en, "42", 10, 0, 0, language: "en").Visual)]) { Node = cells[3] })),
            ]) { Node = rows[1] })),
        ]) { Node = table };
        var items = new List<DisplayItem> { Run(en, "Figures", 16, 40, 20, new StructureNode(StructureRole.H1), "en") };
        items.AddRange(fragment.Flatten(40, 40));
        var request = Request(Page([.. items])) with { Metadata = Metadata("en") };

        using var doc = Open(PdfExporter.Write(request with { PdfUA = true }));
        Assert.Equal("Document[H1[1:0] Table[TR[TH[1:1] TH[1:2]] TR[TH[1:3] TD[1:4]]]]", StructureView.Of(doc));
        Assert.Equal(["Column", "Column", "Row"], Scopes(doc));
        // Not asked for PDF/UA: no attributes (the output is what it always was).
        using var plain = Open(PdfExporter.Write(request));
        Assert.Empty(Scopes(plain));
    }

    [Fact]
    public void Headings_start_at_h1_and_skip_no_level()
    {
        using var zh = SansSC();
        var h1 = Run(zh, "一", 20, 40, 40, new StructureNode(StructureRole.H1));
        var h2 = Run(zh, "二", 16, 40, 80, new StructureNode(StructureRole.H2));
        var h3 = Run(zh, "三", 14, 40, 120, new StructureNode(StructureRole.H3));
        var again = Run(zh, "再一", 20, 40, 40, new StructureNode(StructureRole.H1));
        var body = Run(zh, "正文", 12, 40, 40, new StructureNode(StructureRole.P)); // shaped before the face is embedded
        PdfExporter.Write(UA(Page(h1, h2, h3), Page(again)));
        Assert.Contains("14-002", Assert.Throws<PdfConformanceException>(() => PdfExporter.Write(UA(Page(h2, h3)))).Message);
        var skip = Assert.Throws<PdfConformanceException>(() => PdfExporter.Write(UA(Page(h1), Page(h3))));
        Assert.Contains("H3 on page 2 follows H1", skip.Message);
        Assert.Contains("14-003", skip.Message);

        var (_, report) = WriteWithReport(UA(Page(body)));
        Assert.Contains(report.Notes, n => n.Contains("no headings", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_ua_needs_tags_a_title_and_a_language()
    {
        Assert.Contains("tagged", Assert.Throws<PdfConformanceException>(() => PdfExporter.Write(UA(Page()) with { Tagged = false })).Message);
        Assert.Contains("title", Assert.Throws<PdfConformanceException>(() => PdfExporter.Write(UA(Page()) with { Metadata = Metadata() with { Title = "" } })).Message);
        Assert.Contains("language", Assert.Throws<PdfConformanceException>(() => PdfExporter.Write(UA(Page()) with { Metadata = Metadata("") })).Message);
    }

    [Fact]
    public void The_sample_brochure_is_pdf_ua_all_content_marked_and_every_mcid_in_the_parent_tree()
    {
        using var sample = new SampleBrochure();
        var pdf = PdfExporter.Write(sample.Request with { PdfUA = true });
        using var doc = Open(pdf);
        var tree = Dict(doc, Dict(doc, Catalog(doc), "StructTreeRoot"), "ParentTree");
        var nums = ((ArrayToken)Get(doc, tree, "Nums")!).Data;
        for (int p = 1; p <= doc.NumberOfPages; p++)
        {
            var content = Content(doc, p);
            Assert.Empty(PaintingOutsideMarkedContent(content));
            int key = ((NumericToken)doc.GetPage(p).Dictionary.Data["StructParents"]).Int;
            int at = Enumerable.Range(0, nums.Count / 2).First(i => ((NumericToken)nums[2 * i]).Int == key);
            var owners = (ArrayToken)Resolve(doc, nums[2 * at + 1]);
            var mcids = Regex.Matches(content, @"/MCID (\d+)>> BDC").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(Enumerable.Range(0, mcids.Length), mcids);
            Assert.Equal(mcids.Length, owners.Data.Count);
            Assert.All(owners.Data, o => Assert.IsType<IndirectReferenceToken>(o));
        }
    }

    [Fact]
    public void Painting_outside_marked_content_is_found_by_the_scanner()
    {
        Assert.Equal(["f"], PaintingOutsideMarkedContent("0 0 1 1 re f\n/P <</MCID 0>> BDC\n0 0 1 1 re f\nEMC\n"));
        Assert.Empty(PaintingOutsideMarkedContent("/Artifact BMC\nq 0 0 1 1 re W n\n[<0001> 20 <0002>] TJ\nQ\nEMC\n"));
    }

    /// <summary>Painting operators (text, paths, images) found outside any BDC/BMC … EMC (Matterhorn 01-005).</summary>
    private static List<string> PaintingOutsideMarkedContent(string content)
    {
        string[] painting = ["TJ", "Tj", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh"];
        var outside = new List<string>();
        // Strings (literal and hex) and arrays cannot hold operators; drop them first.
        var text = Regex.Replace(content, @"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>", " ");
        int depth = 0;
        foreach (var token in text.Split([' ', '\n', '\r', '\t', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "BDC" or "BMC") depth++;
            else if (token == "EMC") depth--;
            else if (depth == 0 && painting.Contains(token)) outside.Add(token);
        }
        return outside;
    }

    private static List<string> Scopes(UglyToad.PdfPig.PdfDocument doc)
    {
        var scopes = new List<string>();
        foreach (var (_, token) in Objects(doc))
            if (token is DictionaryToken d && Name(doc, d, "S") == "TH" && Get(doc, d, "A") is DictionaryToken a)
            {
                Assert.Equal("Table", Name(doc, a, "O"));
                scopes.Add(Name(doc, a, "Scope")!);
            }
        return scopes;
    }

    private static (byte[] Pdf, PdfReport Report) WriteWithReport(PdfDocumentRequest request)
    {
        var pdf = PdfExporter.Write(request, out var report);
        return (pdf, report);
    }
}
