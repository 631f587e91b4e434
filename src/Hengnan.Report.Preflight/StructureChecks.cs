using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Preflight;

/// <summary>Walks the structure tree: Figure elements (also through the role map) need /Alt or /ActualText.</summary>
internal static class StructureChecks
{
    private const int MaxElements = 500_000;

    private static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead",
        "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT",
        "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
    ];

    public static void Run(PdfObjects pdf, IReadOnlyDictionary<IndirectReference, int> pageNumbers, List<PreflightFinding> findings)
    {
        var catalog = pdf.Document.Structure.Catalog.CatalogDictionary;
        var root = pdf.Dict(catalog, "StructTreeRoot");
        if (root is null) return;
        var roleMap = pdf.Dict(root, "RoleMap");
        var seen = new HashSet<IndirectReference>();
        var stack = new Stack<(IToken Token, int? Page)>();
        PushKids(pdf, root, null, stack);
        int visited = 0;
        while (stack.Count > 0 && visited++ < MaxElements)
        {
            var (token, inheritedPage) = stack.Pop();
            if (token is IndirectReferenceToken r && !seen.Add(r.Data)) continue;
            if (pdf.Resolve(token) is not DictionaryToken element) continue;
            string? type = pdf.Name(element, "Type");
            if (type is "MCR" or "OBJR") continue;
            if (pdf.Name(element, "S") is not { } role) continue;
            int? page = element.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken pr && pageNumbers.TryGetValue(pr.Data, out var n)
                ? n : inheritedPage;
            string standard = StandardRole(pdf, roleMap, role);
            if (standard == "Figure"
                && string.IsNullOrWhiteSpace(pdf.Text(element, "Alt"))
                && string.IsNullOrWhiteSpace(pdf.Text(element, "ActualText")))
            {
                findings.Add(Rules.FigureWithoutAlt.At(page ?? FirstMarkedPage(pdf, element, pageNumbers), role == standard ? role : $"{role} (Figure)"));
            }
            PushKids(pdf, element, page, stack);
        }
    }

    private static void PushKids(PdfObjects pdf, DictionaryToken element, int? page, Stack<(IToken, int?)> stack)
    {
        if (!element.Data.TryGetValue("K", out var k)) return;
        var kids = pdf.Resolve(k) is ArrayToken a ? a.Data : [k];
        for (int i = kids.Count - 1; i >= 0; i--)
            if (kids[i] is not NumericToken) stack.Push((kids[i], page));
    }

    /// <summary>The standard structure type a role maps to (following the role map at most 16 steps).</summary>
    private static string StandardRole(PdfObjects pdf, DictionaryToken? roleMap, string role)
    {
        for (int i = 0; i < 16 && !StandardTypes.Contains(role); i++)
        {
            if (pdf.Name(roleMap, role) is not { } next || next == role) break;
            role = next;
        }
        return role;
    }

    /// <summary>The page of the first marked-content reference among an element's kids, if any says.</summary>
    private static int? FirstMarkedPage(PdfObjects pdf, DictionaryToken element, IReadOnlyDictionary<IndirectReference, int> pageNumbers)
    {
        if (!element.Data.TryGetValue("K", out var k)) return null;
        var kids = pdf.Resolve(k) is ArrayToken a ? a.Data : [k];
        foreach (var kid in kids)
            if (pdf.AsDict(kid) is { } d && d.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken r
                && pageNumbers.TryGetValue(r.Data, out var n))
                return n;
        return null;
    }
}
