using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Preflight;

/// <summary>Walks the page tree from the catalog, in page order, resolving inherited attributes; survives cycles.</summary>
internal static class PageTree
{
    private const int MaxPages = 100_000;

    public static List<PageNode> Walk(PdfObjects pdf)
    {
        var pages = new List<PageNode>();
        var catalog = pdf.Document.Structure.Catalog.CatalogDictionary;
        if (!catalog.Data.TryGetValue("Pages", out var root)) return pages;
        var seen = new HashSet<IndirectReference>();
        // Depth-first, kids in order: a stack of (token, inherited resources, mediabox, cropbox).
        var stack = new Stack<(IToken Token, DictionaryToken? Res, PdfRectangle? Media, PdfRectangle? Crop)>();
        stack.Push((root, null, null, null));
        while (stack.Count > 0 && pages.Count < MaxPages)
        {
            var (token, res, media, crop) = stack.Pop();
            IndirectReference? reference = token is IndirectReferenceToken r ? r.Data : null;
            if (reference is { } rf && !seen.Add(rf)) continue;
            if (pdf.Resolve(token) is not DictionaryToken node) continue;
            res = pdf.Dict(node, "Resources") ?? res;
            media = pdf.Rect(node, "MediaBox") ?? media;
            crop = pdf.Rect(node, "CropBox") ?? crop;
            var kids = pdf.Array(node, "Kids");
            bool isPages = pdf.Name(node, "Type") == "Pages" || (kids is not null && pdf.Name(node, "Type") != "Page");
            if (isPages)
            {
                if (kids is null) continue;
                for (int i = kids.Data.Count - 1; i >= 0; i--) stack.Push((kids.Data[i], res, media, crop));
            }
            else
            {
                pages.Add(new PageNode(pages.Count + 1, node, reference, res, media, crop));
            }
        }
        return pages;
    }
}
