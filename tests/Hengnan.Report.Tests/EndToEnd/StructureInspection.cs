using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>
/// Reads a tagged PDF's structure tree back with PdfPig: every structure element with its role,
/// alternate text, language and the text of its marked content (in the order of its kids), and the
/// text each page marks as an artifact.
/// </summary>
public sealed class StructureInspection
{
    public sealed record Element(string Role, string? Alt, string? Lang, IReadOnlyList<Element> Children, IReadOnlyList<string> OwnTexts, IReadOnlyList<int> Pages)
    {
        /// <summary>The element's own marked text and its children's, in kid order.</summary>
        public string Text { get; init; } = "";

        public IEnumerable<Element> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

        /// <summary>The letters of the element's own marked content, with their places on the page.</summary>
        public IReadOnlyList<UglyToad.PdfPig.Content.Letter> OwnLetters { get; init; } = [];

        /// <summary>The letters of the element and of every element under it.</summary>
        public IEnumerable<UglyToad.PdfPig.Content.Letter> Letters() => OwnLetters.Concat(Children.SelectMany(c => c.Letters()));
    }

    public StructureInspection(string path)
    {
        using var document = PdfDocument.Open(path);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Marked = Resolve(document, catalog.Data.GetValueOrDefault("MarkInfo")) is DictionaryToken markInfo
                 && Resolve(document, markInfo.Data.GetValueOrDefault("Marked")) is BooleanToken { Data: true };
        var pageNumbers = new Dictionary<IndirectReference, int>();
        var marked = new Dictionary<(int Page, int Mcid), string>();
        var letters = new Dictionary<(int Page, int Mcid), List<UglyToad.PdfPig.Content.Letter>>();
        var artifacts = new List<string>();
        for (int n = 1; n <= document.NumberOfPages; n++)
        {
            var page = document.GetPage(n);
            var order = new Dictionary<UglyToad.PdfPig.Content.Letter, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < page.Letters.Count; i++) order[page.Letters[i]] = i;
            var texts = new System.Text.StringBuilder();
            foreach (var mc in Flatten(page.GetMarkedContents()))
            {
                var text = ReadingText(mc, order);
                if (mc.IsArtifact || mc.Tag == "Artifact") texts.Append(text);
                else if (mc.MarkedContentIdentifier >= 0)
                {
                    marked[(n, mc.MarkedContentIdentifier)] = marked.GetValueOrDefault((n, mc.MarkedContentIdentifier)) + text;
                    if (!letters.TryGetValue((n, mc.MarkedContentIdentifier), out var list)) letters[(n, mc.MarkedContentIdentifier)] = list = new();
                    list.AddRange(mc.Letters);
                }
            }
            artifacts.Add(texts.ToString());
        }
        foreach (var (reference, number) in PageReferences(document)) pageNumbers[reference] = number;
        ArtifactTexts = artifacts;
        if (Resolve(document, catalog.Data.GetValueOrDefault("StructTreeRoot")) is DictionaryToken root)
        {
            var kids = Kids(document, root.Data.GetValueOrDefault("K"));
            var elements = kids.OfType<DictionaryToken>().Where(d => d.Data.ContainsKey("S"))
                .Select(d => Read(document, d, null, pageNumbers, marked, letters)).ToList();
            Roots = elements;
        }
    }

    public bool Marked { get; }
    /// <summary>The top elements of the tree (one Document element in our files).</summary>
    public IReadOnlyList<Element> Roots { get; } = [];
    public IReadOnlyList<string> ArtifactTexts { get; }

    public IEnumerable<Element> All => Roots.SelectMany(r => r.Descendants().Prepend(r));

    /// <summary>
    /// The text a reader gets from marked content: its letters and those of the content nested in it, in drawing
    /// order, with a nested span's ActualText in place of its letters (a word split over two lines reads whole).
    /// </summary>
    private static string ReadingText(UglyToad.PdfPig.Content.MarkedContentElement mc, IReadOnlyDictionary<UglyToad.PdfPig.Content.Letter, int> order)
    {
        var parts = new List<(int At, string Text)>();
        void Collect(UglyToad.PdfPig.Content.MarkedContentElement e, bool replaced)
        {
            if (!replaced && e.ActualText is { } actual && e != mc)
            {
                var first = e.Letters.Select(l => order.GetValueOrDefault(l, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min();
                parts.Add((first, actual));
                replaced = true;
            }
            if (!replaced) parts.AddRange(e.Letters.Select(l => (order.GetValueOrDefault(l, int.MaxValue), l.Value)));
            foreach (var child in e.Children) Collect(child, replaced);
        }
        Collect(mc, false);
        return string.Concat(parts.OrderBy(p => p.At).Select(p => p.Text));
    }

    private static IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> Flatten(IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var child in Flatten(item.Children)) yield return child;
        }
    }

    private static IEnumerable<(IndirectReference, int)> PageReferences(PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var pagesRef = catalog.Data["Pages"];
        int n = 0;
        var result = new List<(IndirectReference, int)>();
        void Walk(IToken token)
        {
            if (token is not IndirectReferenceToken r) return;
            var dict = (DictionaryToken)document.Structure.GetObject(r.Data).Data;
            var type = (dict.Data.GetValueOrDefault("Type") as NameToken)?.Data;
            if (type == "Page") result.Add((r.Data, ++n));
            else if (Resolve(document, dict.Data.GetValueOrDefault("Kids")) is ArrayToken kids)
                foreach (var kid in kids.Data) Walk(kid);
        }
        Walk(pagesRef);
        return result;
    }

    private static Element Read(PdfDocument document, DictionaryToken dict, int? inheritedPage,
        IReadOnlyDictionary<IndirectReference, int> pageNumbers, IReadOnlyDictionary<(int, int), string> marked,
        IReadOnlyDictionary<(int, int), List<UglyToad.PdfPig.Content.Letter>> letters)
    {
        var role = (Resolve(document, dict.Data["S"]) as NameToken)?.Data ?? "?";
        string? Str(string key) => Resolve(document, dict.Data.GetValueOrDefault(key)) switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            _ => null,
        };
        int? page = dict.Data.GetValueOrDefault("Pg") is IndirectReferenceToken pg && pageNumbers.TryGetValue(pg.Data, out var p) ? p : inheritedPage;
        var children = new List<Element>();
        var own = new List<string>();
        var ownLetters = new List<UglyToad.PdfPig.Content.Letter>();
        var pages = new List<int>();
        var text = new System.Text.StringBuilder();
        foreach (var kid in Kids(document, dict.Data.GetValueOrDefault("K")))
        {
            switch (kid)
            {
                case NumericToken mcid when page is { } pp:
                    var t = marked.GetValueOrDefault((pp, mcid.Int)) ?? "";
                    own.Add(t);
                    ownLetters.AddRange(letters.GetValueOrDefault((pp, mcid.Int)) ?? []);
                    pages.Add(pp);
                    text.Append(t);
                    break;
                case DictionaryToken d when d.Data.ContainsKey("S"):
                    var child = Read(document, d, page, pageNumbers, marked, letters);
                    children.Add(child);
                    text.Append(child.Text);
                    break;
                case DictionaryToken d when (d.Data.GetValueOrDefault("Type") as NameToken)?.Data == "MCR":
                    int mp = d.Data.GetValueOrDefault("Pg") is IndirectReferenceToken mpg && pageNumbers.TryGetValue(mpg.Data, out var q) ? q : page ?? 0;
                    int mid = ((NumericToken)Resolve(document, d.Data["MCID"])!).Int;
                    var mt = marked.GetValueOrDefault((mp, mid)) ?? "";
                    own.Add(mt);
                    ownLetters.AddRange(letters.GetValueOrDefault((mp, mid)) ?? []);
                    pages.Add(mp);
                    text.Append(mt);
                    break;
            }
        }
        return new Element(role, Str("Alt"), Str("Lang"), children, own, pages) { Text = text.ToString(), OwnLetters = ownLetters };
    }

    private static IEnumerable<IToken> Kids(PdfDocument document, IToken? k)
    {
        var resolved = Resolve(document, k);
        if (resolved is ArrayToken array)
            foreach (var item in array.Data) yield return Resolve(document, item)!;
        else if (resolved is not null) yield return resolved;
    }

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;
}
