using Hengnan.Report.Drawing;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The logical structure (ISO 32000 §14.7): one /Document element holding the structure nodes in
/// reading order (the order they first appear, page by page, item by item), nested as their
/// <see cref="StructureNode.Parent"/>s say. A node's marked content on several pages stays one element.
/// Text in another language than its node becomes a /Span with /Lang; link areas become /Link
/// elements with an OBJR to their annotation, inside the node they were placed in. The parent tree
/// maps each page's MCIDs (key = page index) and each annotation (key = page count + annotation index) back.
/// For PDF/UA the tree also carries what ISO 14289-1 asks of it: a Link node that receives an annotation
/// takes the link's description as /Alt when it has none, and table header cells get a /Scope attribute
/// (Column in a table's first row, Row elsewhere).
/// </summary>
internal sealed class PdfStructureTree
{
    private readonly Dictionary<StructureNode, PdfStructElement> _byNode = new(ReferenceEqualityComparer.Instance);
    private readonly string _language;
    private readonly bool _pdfUA;
    private int _rootNumber, _parentTreeNumber;

    private PdfStructureTree(string language, int pages, bool pdfUA)
    {
        _language = language;
        _pdfUA = pdfUA;
        Document = new PdfStructElement("Document", null, null);
        PageMcids = new List<PdfStructElement>[pages];
        for (int i = 0; i < pages; i++) PageMcids[i] = new();
    }

    public PdfStructElement Document { get; }
    /// <summary>Every element but the document, in order of creation.</summary>
    public List<PdfStructElement> Elements { get; } = new();
    /// <summary>Per page, the element owning each MCID.</summary>
    public List<PdfStructElement>[] PageMcids { get; }
    /// <summary>Per annotation index, its /Link element (null: the annotation is not in the tree).</summary>
    public List<PdfStructElement?> Annotations { get; } = new();

    /// <param name="annotationOf">Per page and link area, the index of its annotation, or −1 when it has none.</param>
    /// <param name="annotationCount">How many annotations the document has.</param>
    /// <param name="pdfUA">Add what PDF/UA needs (link descriptions as /Alt, header cell scopes).</param>
    public static PdfStructureTree Build(IReadOnlyList<PdfPageContent> pages, int[][] annotationOf, int annotationCount, string language, bool pdfUA = false)
    {
        var tree = new PdfStructureTree(language, pages.Count, pdfUA);
        for (int i = 0; i < annotationCount; i++) tree.Annotations.Add(null);
        for (int p = 0; p < pages.Count; p++)
        {
            var content = pages[p];
            foreach (var e in content.Events)
            {
                if (e.LinkIndex >= 0)
                {
                    int annotation = annotationOf[p][e.LinkIndex];
                    if (annotation < 0) continue;
                    var owner = e.Node is null ? tree.Document : tree.ElementOf(e.Node);
                    if (owner.Role == "Link")
                    {
                        // The area lies in a Link node already (a contents entry): the annotation joins it.
                        owner.Kids.Add(PdfStructKid.Object(p, annotation));
                        tree.Annotations[annotation] = owner;
                        if (pdfUA && string.IsNullOrEmpty(owner.Alt)) owner.Alt = content.Links[e.LinkIndex].Contents;
                        continue;
                    }
                    var link = new PdfStructElement("Link", owner, null) { Alt = content.Links[e.LinkIndex].Contents };
                    owner.Kids.Add(PdfStructKid.Element(link));
                    link.Kids.Add(PdfStructKid.Object(p, annotation));
                    link.Page = p;
                    tree.Elements.Add(link);
                    tree.Annotations[annotation] = link;
                    continue;
                }
                var target = tree.ElementOf(e.Node!);
                if (e.SpanLanguage is not null)
                {
                    var span = new PdfStructElement("Span", target, null) { Language = e.SpanLanguage };
                    target.Kids.Add(PdfStructKid.Element(span));
                    tree.Elements.Add(span);
                    target = span;
                }
                if (e.Mcid != tree.PageMcids[p].Count) throw new InvalidOperationException("MCIDs out of order");
                tree.PageMcids[p].Add(target);
                target.Kids.Add(PdfStructKid.Content(p, e.Mcid));
                if (target.Page < 0) target.Page = p;
            }
        }
        return tree;
    }

    private PdfStructElement ElementOf(StructureNode node)
    {
        if (node.Role == StructureRole.Document) return Document;
        if (_byNode.TryGetValue(node, out var element)) return element;
        var parent = node.Parent is { IsArtifact: false } p ? ElementOf(p) : Document;
        string inherited = PdfLanguage.Effective(parent.Node, _language);
        string? language = !string.IsNullOrEmpty(node.Language) && !PdfLanguage.Same(node.Language, inherited) ? node.Language : null;
        element = new PdfStructElement(node.Role.ToString(), parent, node) { Alt = node.Alt, Language = language };
        parent.Kids.Add(PdfStructKid.Element(element));
        _byNode.Add(node, element);
        Elements.Add(element);
        return element;
    }

    /// <summary>Numbers the tree's objects: root, parent tree, document, then the elements in order.</summary>
    public int Allocate(PdfObjectWriter w)
    {
        _rootNumber = w.Allocate();
        _parentTreeNumber = w.Allocate();
        Document.Number = w.Allocate();
        foreach (var e in Elements) e.Number = w.Allocate();
        return _rootNumber;
    }

    public void Write(PdfObjectWriter w, int[] pageObjects, int[] annotationObjects)
    {
        var b = w.Begin(_rootNumber);
        b.Raw("<< /Type /StructTreeRoot /K "u8).Ref(Document.Number).Raw(" /ParentTree "u8).Ref(_parentTreeNumber)
         .Raw(" /ParentTreeNextKey "u8).Int(PageMcids.Length + Annotations.Count).Raw(" >>"u8);
        w.End();

        b = w.Begin(_parentTreeNumber);
        b.Raw("<< /Nums ["u8);
        for (int p = 0; p < PageMcids.Length; p++)
        {
            b.Line().Int(p).Raw(" ["u8);
            var owners = PageMcids[p];
            for (int i = 0; i < owners.Count; i++)
            {
                if (i > 0) b.Space();
                b.Ref(owners[i].Number);
            }
            b.Byte((byte)']');
        }
        for (int a = 0; a < Annotations.Count; a++)
            if (Annotations[a] is { } link) b.Line().Int(PageMcids.Length + a).Space().Ref(link.Number);
        b.Raw("\n] >>"u8);
        w.End();

        WriteElement(w, Document, _rootNumber, pageObjects, annotationObjects, false);
        foreach (var e in Elements) WriteElement(w, e, e.Parent!.Number, pageObjects, annotationObjects, _pdfUA);
    }

    /// <summary>The scope of a header cell: Column in the first row of its table (or row group), Row elsewhere.</summary>
    public static string ScopeOf(PdfStructElement th)
    {
        if (th.Parent is not { Role: "TR" } row || row.Parent is not { } group) return "Column";
        foreach (var kid in group.Kids)
            if (kid.Child is { Role: "TR" } first) return ReferenceEquals(first, row) ? "Column" : "Row";
        return "Column";
    }

    private static void WriteElement(PdfObjectWriter w, PdfStructElement e, int parent, int[] pageObjects, int[] annotationObjects, bool pdfUA)
    {
        var b = w.Begin(e.Number);
        b.Raw("<< /Type /StructElem /S "u8).Name(e.Role).Raw(" /P "u8).Ref(parent);
        if (e.Page >= 0) b.Raw(" /Pg "u8).Ref(pageObjects[e.Page]);
        if (e.Alt is not null) b.Raw(" /Alt "u8).TextString(e.Alt);
        if (e.Language is not null) b.Raw(" /Lang "u8).TextString(e.Language);
        if (pdfUA && e.Role == "TH") b.Raw(" /A << /O /Table /Scope /"u8).Ascii(ScopeOf(e)).Raw(" >>"u8);
        b.Raw(" /K ["u8);
        for (int i = 0; i < e.Kids.Count; i++)
        {
            if (i > 0) b.Space();
            var kid = e.Kids[i];
            if (kid.Child is not null) b.Ref(kid.Child.Number);
            else if (kid.Annotation >= 0)
                b.Raw("<< /Type /OBJR /Obj "u8).Ref(annotationObjects[kid.Annotation]).Raw(" /Pg "u8).Ref(pageObjects[kid.Page]).Raw(" >>"u8);
            else if (kid.Page == e.Page) b.Int(kid.Mcid);
            else b.Raw("<< /Type /MCR /Pg "u8).Ref(pageObjects[kid.Page]).Raw(" /MCID "u8).Int(kid.Mcid).Raw(" >>"u8);
        }
        b.Raw("] >>"u8);
        w.End();
    }
}
