using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfStructureTests
{
    [Fact]
    public void Tagged_pdf_has_mark_info_and_a_document_element_with_nodes_in_reading_order()
    {
        using var zh = SansSC();
        using var en = Sans();
        var h1 = new StructureNode(StructureRole.H1);
        var p = new StructureNode(StructureRole.P);
        var figure = new StructureNode(StructureRole.Figure, "地区生产总值柱状图");
        var pdf = Write(
            Run(zh, "页眉", 9, 40, 20, StructureNode.Artifact),
            Run(zh, "数字力量", 24, 40, 80, h1),
            Run(en, "By the Numbers", 24, 150, 80, h1, "en"),
            Run(zh, "衡南县持续发展。", 12, 40, 120, p),
            new DisplayItem(40, 140, PathVisual.Rect(100, 60, Color.Black), figure),
            new DisplayItem(40, 800, PathVisual.Line(500, 0, Color.Black, 0.5f), null),
            Run(zh, "第二句。", 12, 40, 220, p));
        using var doc = Open(pdf);
        var catalog = Catalog(doc);
        Assert.Equal(BooleanToken.True, Get(doc, Dict(doc, catalog, "MarkInfo"), "Marked"));
        var root = Dict(doc, catalog, "StructTreeRoot");
        Assert.Equal("StructTreeRoot", Name(doc, root, "Type"));
        Assert.Equal(1, ((NumericToken)Get(doc, root, "ParentTreeNextKey")!).Int);
        Assert.Equal("Document[H1[1:0 Span{en}[1:1]] P[1:2 1:4] Figure'地区生产总值柱状图'[1:3]]", StructureView.Of(doc));

        var content = Content(doc, 1);
        Assert.StartsWith("/Artifact BMC\n", content);
        Assert.Contains("/H1 <</MCID 0>> BDC", content);
        Assert.Contains("/Span <</Lang (en) /MCID 1>> BDC", content);
        Assert.Equal(2, content.Split("/Artifact BMC").Length - 1);
        var page = doc.GetPage(1).Dictionary;
        Assert.Equal(0, ((NumericToken)page.Data["StructParents"]).Int);
        Assert.Equal("S", ((NameToken)page.Data["Tabs"]).Data);
    }

    [Fact]
    public void Parent_tree_maps_each_mcid_to_its_element()
    {
        using var zh = SansSC();
        var h1 = new StructureNode(StructureRole.H1);
        var p = new StructureNode(StructureRole.P);
        using var doc = Open(Write(Run(zh, "标题", 20, 40, 80, h1), Run(zh, "正文", 12, 40, 120, p)));
        var tree = Dict(doc, Dict(doc, Catalog(doc), "StructTreeRoot"), "ParentTree");
        var nums = (ArrayToken)Get(doc, tree, "Nums")!;
        Assert.Equal(0, ((NumericToken)nums[0]).Int);
        var owners = (ArrayToken)Resolve(doc, nums[1]);
        Assert.Equal(["H1", "P"], owners.Data.Select(o => Name(doc, Dict(doc, o), "S")));
        var marked = doc.GetPage(1).GetMarkedContents();
        Assert.Equal([0, 1], marked.Select(m => m.MarkedContentIdentifier));
        Assert.Equal(["标题", "正文"], marked.Select(m => string.Concat(m.Letters.Select(l => l.Value))));
    }

    [Fact]
    public void Nodes_nest_by_parent_and_carry_language_where_it_changes()
    {
        using var zh = SansSC();
        using var en = Sans();
        var figure = new StructureNode(StructureRole.Figure, "chart");
        var caption = new StructureNode(StructureRole.Caption);
        var english = new StructureNode(StructureRole.P, language: "en");
        var chinese = new StructureNode(StructureRole.P, language: "zh-CN");
        // Parents are set when fragments are flattened: caption inside the figure.
        var fragment = new Fragment(200, 100, [
            new Placed(0, 0, new FragmentVisual(new Fragment(200, 80, [new Placed(0, 0, PathVisual.Rect(200, 80, Color.Black))]))),
            new Placed(0, 90, new FragmentVisual(new Fragment(200, 10, [new Placed(0, 0, Run(zh, "图1", 9, 0, 0).Visual)]) { Node = caption })),
        ]) { Node = figure };
        var items = fragment.Flatten(40, 40).ToList();
        items.Add(Run(en, "In English.", 12, 40, 200, english, "en"));
        items.Add(Run(zh, "中文。", 12, 40, 220, chinese));
        using var doc = Open(Write(items.ToArray()));
        Assert.Equal("Document[Figure'chart'[1:0 Caption[1:1]] P{en}[1:2] P[1:3]]", StructureView.Of(doc));
    }

    [Fact]
    public void A_paragraph_over_two_pages_is_one_element_with_content_on_both()
    {
        using var zh = SansSC();
        var p = new StructureNode(StructureRole.P);
        var h2 = new StructureNode(StructureRole.H2);
        var pdf = PdfExporter.Write(Request(
            Page(Run(zh, "上一页的段落", 12, 40, 800, p)),
            Page(Run(zh, "下一页继续。", 12, 40, 60, p), Run(zh, "小标题", 16, 40, 100, h2))));
        using var doc = Open(pdf);
        Assert.Equal("Document[P[1:0 2:0] H2[2:1]]", StructureView.Of(doc));
        Assert.Equal(1, ((NumericToken)doc.GetPage(2).Dictionary.Data["StructParents"]).Int);
    }

    [Fact]
    public void Link_areas_are_link_elements_inside_their_node_with_an_objr()
    {
        using var zh = SansSC();
        var toc = new StructureNode(StructureRole.P);
        var pdf = PdfExporter.Write(Request(
            Page(Run(zh, "目录", 12, 40, 60, toc), new DisplayItem(40, 48, new LinkVisual(100, 14, "s1", "第一节"), toc)),
            Page(new DisplayItem(0, 0, new AnchorVisual("s1"), null))));
        using var doc = Open(pdf);
        Assert.Equal("Document[P[1:0 Link'第一节'[objr]]]", StructureView.Of(doc));
        var annotation = doc.GetPage(1).GetAnnotations().Single().AnnotationDictionary;
        int key = ((NumericToken)annotation.Data["StructParent"]).Int;
        Assert.Equal(2, key); // after the two pages' keys
        var root = Dict(doc, Catalog(doc), "StructTreeRoot");
        Assert.Equal(3, ((NumericToken)Get(doc, root, "ParentTreeNextKey")!).Int);
        var nums = (ArrayToken)Get(doc, Dict(doc, root, "ParentTree"), "Nums")!;
        int at = nums.Data.Select((t, i) => (t, i)).First(x => x.t is NumericToken n && n.Int == key && x.i % 2 == 0).i;
        Assert.Equal("Link", Name(doc, Dict(doc, nums[at + 1]), "S"));
    }

    [Fact]
    public void Artifacts_stay_out_of_the_tree()
    {
        using var zh = SansSC();
        using var doc = Open(Write(Run(zh, "页眉", 9, 40, 20, StructureNode.Artifact), new DisplayItem(0, 0, PathVisual.Rect(5, 5, Color.Black), null)));
        Assert.Equal("Document[]", StructureView.Of(doc));
        Assert.Equal("/Artifact BMC\n", Content(doc, 1)[..14]);
        Assert.DoesNotContain("MCID", Content(doc, 1));
    }

    [Fact]
    public void Consecutive_items_of_one_node_share_a_sequence()
    {
        using var zh = SansSC();
        var p = new StructureNode(StructureRole.P);
        using var doc = Open(Write(Run(zh, "第一行", 12, 40, 60, p), Run(zh, "第二行", 12, 40, 76, p)));
        Assert.Equal("Document[P[1:0]]", StructureView.Of(doc));
        Assert.Equal("第一行第二行", string.Concat(doc.GetPage(1).GetMarkedContents().Single().Letters.Select(l => l.Value)));
    }

    [Fact]
    public void Untagged_output_has_no_structure()
    {
        using var zh = SansSC();
        var p = new StructureNode(StructureRole.P);
        var request = Request(Page(Run(zh, "正文", 12, 40, 60, p))) with { Tagged = false };
        using var doc = Open(PdfExporter.Write(request));
        Assert.Null(Get(doc, Catalog(doc), "StructTreeRoot"));
        Assert.Null(Get(doc, Catalog(doc), "MarkInfo"));
        Assert.DoesNotContain("BDC", Content(doc, 1));
        Assert.False(doc.GetPage(1).Dictionary.ContainsKey(NameToken.Create("StructParents")));
        Assert.Equal("正文", Text(doc.GetPage(1)));
    }

    [Fact]
    public void Actual_text_replaces_a_runs_glyphs_for_readers()
    {
        using var en = Sans();
        var item = Run(en, "hyphen-", 12, 40, 60, new StructureNode(StructureRole.P), "en");
        item = item with { Visual = ((GlyphRunVisual)item.Visual) with { ActualText = "hyphen" } };
        using var doc = Open(Write(item));
        Assert.Contains("/Span <</ActualText (hyphen)>> BDC\n", Content(doc, 1));
    }
}
