using System.Globalization;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The checks behind <see cref="PdfDocumentRequest.PdfX"/> and <see cref="PdfDocumentRequest.PdfUA"/>:
/// what a document must be to carry the claim. A document that cannot conform throws
/// <see cref="PdfConformanceException"/> naming the rule and the page (1-based); what is merely worth
/// knowing becomes a note in the <see cref="PdfReport"/>.
/// </summary>
/// <remarks>
/// PDF/UA-1 checks, with their Matterhorn protocol failure conditions where one applies: the document
/// is tagged and its title is set (06-003: dc:title; 07-001 asks viewers to show it, which the catalog
/// always does); its natural language is set (the catalog's /Lang); every Figure has alternate text
/// (13-004); every marked-content sequence of every page is reachable from the parent tree; every link
/// annotation sits in a Link element (28-011) and has a description (ISO 14289-1 7.18.5: /Contents);
/// numbered headings start at H1 (14-002) and skip no level (14-003); header cells get a /Scope
/// (15-003, written by the tree). A document without headings only gets a note.
/// Content outside marked content or artifacts (01-005) cannot occur: the content builder wraps every
/// painting operator, which the tests check by parsing the streams.
/// </remarks>
internal static class PdfConformance
{
    /// <summary>PDF/X requirements on the request itself: a title and, on every page, TrimBox ⊆ BleedBox ⊆ MediaBox.</summary>
    public static void CheckPdfX(PdfDocumentRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Metadata.Title))
            throw new PdfConformanceException("PDF/X: the document needs a title (Info /Title and dc:title)");
        var pages = request.Pages;
        for (int p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            string where = Page(p);
            if (page.TrimBox is not { } trim) throw new PdfConformanceException($"PDF/X: {where} has no TrimBox (the finished page size)");
            if (page.BleedBox is not { } bleed) throw new PdfConformanceException($"PDF/X: {where} has no BleedBox");
            const float tolerance = 0.01f;
            if (trim.Left < bleed.Left - tolerance || trim.Top < bleed.Top - tolerance || trim.Right > bleed.Right + tolerance || trim.Bottom > bleed.Bottom + tolerance)
                throw new PdfConformanceException($"PDF/X: {where}'s TrimBox {trim} extends beyond its BleedBox {bleed}");
            if (bleed.Left < -tolerance || bleed.Top < -tolerance || bleed.Right > page.Width + tolerance || bleed.Bottom > page.Height + tolerance)
                throw new PdfConformanceException($"PDF/X: {where}'s BleedBox {bleed} extends beyond its MediaBox (0 0 {Num(page.Width)} {Num(page.Height)})");
        }
    }

    /// <summary>PDF/UA requirements that do not need the pages built: tagged, titled, language.</summary>
    public static void CheckPdfUARequest(PdfDocumentRequest request)
    {
        if (!request.Tagged) throw new PdfConformanceException("PDF/UA: the document must be tagged (Tagged = true)");
        if (string.IsNullOrWhiteSpace(request.Metadata.Title))
            throw new PdfConformanceException("PDF/UA: the document needs a title (dc:title; Matterhorn 06-003)");
        if (string.IsNullOrWhiteSpace(request.Metadata.Language))
            throw new PdfConformanceException("PDF/UA: the document needs a natural language (catalog /Lang)");
    }

    /// <summary>PDF/UA requirements on the built structure; returns notes (such as a document without headings).</summary>
    public static List<string> CheckPdfUAStructure(PdfStructureTree tree, IReadOnlyList<PdfPageContent> contents, PdfLinks links)
    {
        var notes = new List<string>();
        for (int p = 0; p < contents.Count; p++)
            if (tree.PageMcids[p].Count != contents[p].McidCount)
                throw new PdfConformanceException($"PDF/UA: {Page(p)} has marked content that the parent tree does not reach");

        for (int a = 0; a < links.Count; a++)
        {
            var (page, area, _) = links.Annotation(a);
            if (tree.Annotations[a] is null)
                throw new PdfConformanceException($"PDF/UA: a link annotation on {Page(page)} is not in a Link structure element (Matterhorn 28-011)");
            if (string.IsNullOrWhiteSpace(area.Contents))
                throw new PdfConformanceException($"PDF/UA: a link on {Page(page)} leading to '{area.Anchor}' has no description (LinkVisual.Contents; ISO 14289-1 7.18.5)");
        }

        int previous = 0;
        bool any = false;
        foreach (var e in InOrder(tree.Document))
        {
            if (e.Role == "Figure" && string.IsNullOrWhiteSpace(e.Alt))
                throw new PdfConformanceException($"PDF/UA: the figure on {Page(PageOf(e))} has no alternate text (Matterhorn 13-004)");
            if (HeadingLevel(e.Role) is int level and > 0)
            {
                if (!any && level != 1)
                    throw new PdfConformanceException($"PDF/UA: the first heading, on {Page(PageOf(e))}, is {e.Role}, not H1 (Matterhorn 14-002)");
                if (any && level > previous + 1)
                    throw new PdfConformanceException($"PDF/UA: {e.Role} on {Page(PageOf(e))} follows H{previous}, skipping a level (Matterhorn 14-003)");
                any = true;
                previous = level;
            }
        }
        if (!any) notes.Add("PDF/UA: the document has no headings (H1–H3); readers cannot navigate it by heading");
        return notes;
    }

    private static IEnumerable<PdfStructElement> InOrder(PdfStructElement root)
    {
        foreach (var kid in root.Kids)
        {
            if (kid.Child is not { } child) continue;
            yield return child;
            foreach (var d in InOrder(child)) yield return d;
        }
    }

    private static int HeadingLevel(string role) =>
        role.Length == 2 && role[0] == 'H' && role[1] is >= '1' and <= '6' ? role[1] - '0' : 0;

    /// <summary>The page of an element's first content: its own, else its first descendant's (0 when it has none).</summary>
    private static int PageOf(PdfStructElement e)
    {
        if (e.Page >= 0) return e.Page;
        foreach (var kid in e.Kids)
        {
            if (kid.Child is { } child) { int p = PageOf(child); if (p >= 0) return p; }
            else if (kid.Page >= 0) return kid.Page;
        }
        return -1;
    }

    private static string Page(int index) => index >= 0 ? "page " + (index + 1).ToString(CultureInfo.InvariantCulture) : "an unplaced element";

    private static string Num(float v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
