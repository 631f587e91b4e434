namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Link annotations: each link area whose anchor exists becomes a /Link annotation leading to the
/// page and position of the first anchor with that id (/Dest [page /XYZ x y 0]), without a border,
/// described by its /Contents, printable (/F 4). Areas leading to a missing anchor are left out.
/// Numbered in page order. For PDF/X the print flag is left off: a link has no appearance, and a
/// non-printing annotation is no part of the printed page, whatever box it lies in.
/// </summary>
internal sealed class PdfLinks
{
    private readonly List<(int Page, PdfLinkArea Link, PdfAnchor Target)> _annotations = new();

    /// <summary>Per page and link area, the index of its annotation, or −1 when it has none.</summary>
    public int[][] AnnotationOf { get; }
    public int Count => _annotations.Count;
    /// <summary>Annotation <paramref name="index"/>: its page, link area and target.</summary>
    public (int Page, PdfLinkArea Link, PdfAnchor Target) Annotation(int index) => _annotations[index];
    public int[] Objects { get; private set; } = [];

    public PdfLinks(IReadOnlyList<PdfPageContent> contents, IReadOnlyDictionary<string, PdfAnchor> anchors)
    {
        AnnotationOf = new int[contents.Count][];
        for (int p = 0; p < contents.Count; p++)
        {
            var links = contents[p].Links;
            AnnotationOf[p] = new int[links.Count];
            for (int l = 0; l < links.Count; l++)
            {
                if (anchors.TryGetValue(links[l].Anchor, out var target))
                {
                    AnnotationOf[p][l] = _annotations.Count;
                    _annotations.Add((p, links[l], target));
                }
                else AnnotationOf[p][l] = -1;
            }
        }
    }

    public void Allocate(PdfObjectWriter w)
    {
        Objects = new int[_annotations.Count];
        for (int a = 0; a < Objects.Length; a++) Objects[a] = w.Allocate();
    }

    /// <summary>The annotation objects of a page, as its /Annots entry (nothing when it has none).</summary>
    public void WriteAnnots(PdfBuffer b, int page)
    {
        bool any = false;
        foreach (int a in AnnotationOf[page])
        {
            if (a < 0) continue;
            b.Raw(any ? " "u8 : " /Annots ["u8).Ref(Objects[a]);
            any = true;
        }
        if (any) b.Byte((byte)']');
    }

    /// <param name="structParentBase">The parent tree key of annotation 0 (the page count), or −1 when untagged.</param>
    /// <param name="printable">Set the Print flag (off for PDF/X).</param>
    public void Write(PdfObjectWriter w, int[] pageObjects, PdfStructureTree? tree, int structParentBase, bool printable = true)
    {
        for (int a = 0; a < _annotations.Count; a++)
        {
            var (page, link, target) = _annotations[a];
            var b = w.Begin(Objects[a]);
            b.Raw("<< /Type /Annot /Subtype /Link /Rect ["u8).Num(link.X1).Space().Num(link.Y1).Space().Num(link.X2).Space().Num(link.Y2)
             .Raw(printable ? "] /Border [0 0 0] /F 4 /P "u8 : "] /Border [0 0 0] /P "u8).Ref(pageObjects[page])
             .Raw(" /Dest ["u8).Ref(pageObjects[target.PageIndex]).Raw(" /XYZ "u8).Num(target.X).Space().Num(target.Y).Raw(" 0]"u8);
            if (link.Contents is not null) b.Raw(" /Contents "u8).TextString(link.Contents);
            if (tree?.Annotations[a] is not null) b.Raw(" /StructParent "u8).Int(structParentBase + a);
            b.Raw(" >>"u8);
            w.End();
        }
    }
}
