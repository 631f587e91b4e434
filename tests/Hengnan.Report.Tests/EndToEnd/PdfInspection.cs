using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>Reads a real PDF back with PdfPig: page texts and the font dictionaries of every page.</summary>
public sealed class PdfInspection
{
    public sealed record FontInfo(string BaseFont, string Subtype, string? DescendantSubtype, bool Embedded, bool HasToUnicode);

    public PdfInspection(string path)
    {
        using var document = PdfDocument.Open(path);
        PageCount = document.NumberOfPages;
        var texts = new List<string>();
        var words = new List<IReadOnlyList<(string Text, double X, double Y)>>();
        var lines = new List<IReadOnlyList<string>>();
        var fonts = new Dictionary<string, FontInfo>();
        foreach (var page in document.GetPages())
        {
            texts.Add(string.Concat(page.Letters.Select(l => l.Value)));
            words.Add(page.GetWords().Select(w => (w.Text, w.BoundingBox.Left, w.BoundingBox.Bottom)).ToList());
            lines.Add(Lines(page));
            foreach (var font in Fonts(document, page)) fonts[font.BaseFont] = font;
        }
        PageTexts = texts;
        PageWords = words;
        PageLines = lines;
        FontsUsed = fonts.Values.ToList();
        Title = document.Information.Title;
        Author = document.Information.Author;
        Subject = document.Information.Subject;
        Keywords = document.Information.Keywords;
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Language = catalog.TryGet(NameToken.Lang, out var lang) ? Resolve(document, lang) is StringToken s ? s.Data : null : null;
        PageLayout = (Resolve(document, catalog.Data.GetValueOrDefault("PageLayout")) as NameToken)?.Data;
        PageMode = (Resolve(document, catalog.Data.GetValueOrDefault("PageMode")) as NameToken)?.Data;
        PageLabels = ReadPageLabels(document, catalog, PageCount);
        if (document.TryGetBookmarks(out var bookmarks))
            Bookmarks = bookmarks.Roots.Select(Convert).ToList();
        var links = new List<(int, int?)>();
        foreach (var page in document.GetPages())
            foreach (var annotation in page.GetAnnotations())
                if (annotation.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link)
                    links.Add((page.Number, LinkTarget(document, annotation)));
        Links = links;
    }

    public sealed record BookmarkInfo(string Title, int Page, IReadOnlyList<BookmarkInfo> Children);

    public IReadOnlyList<BookmarkInfo> Bookmarks { get; } = [];
    /// <summary>Every link annotation: the page it is on and the page it leads to (1-based).</summary>
    public IReadOnlyList<(int Page, int? Target)> Links { get; }
    /// <summary>The label viewers show for each page, from /PageLabels (null when there is none).</summary>
    public IReadOnlyList<string>? PageLabels { get; }
    public string? PageLayout { get; }
    public string? PageMode { get; }

    private static BookmarkInfo Convert(UglyToad.PdfPig.Outline.BookmarkNode node) =>
        new(node.Title, node is UglyToad.PdfPig.Outline.DocumentBookmarkNode d ? d.PageNumber : 0, node.Children.Select(Convert).ToList());

    private static int? LinkTarget(PdfDocument document, UglyToad.PdfPig.Annotations.Annotation annotation)
    {
        var dict = annotation.AnnotationDictionary;
        IToken? dest = dict.Data.GetValueOrDefault("Dest");
        if (dest is null && Resolve(document, dict.Data.GetValueOrDefault("A")) is DictionaryToken action)
            dest = action.Data.GetValueOrDefault("D");
        if (Resolve(document, dest) is not ArrayToken array || array.Data[0] is not IndirectReferenceToken pageRef) return null;
        int n = 1;
        foreach (var page in document.GetPages())
        {
            if (page.Dictionary.Equals(document.Structure.GetObject(pageRef.Data).Data)) return n;
            n++;
        }
        return null;
    }

    private static IReadOnlyList<string>? ReadPageLabels(PdfDocument document, DictionaryToken catalog, int pageCount)
    {
        if (Resolve(document, catalog.Data.GetValueOrDefault("PageLabels")) is not DictionaryToken tree) return null;
        if (Resolve(document, tree.Data.GetValueOrDefault("Nums")) is not ArrayToken nums) return null;
        var starts = new List<(int Index, string? Style, string Prefix, int First)>();
        for (int i = 0; i + 1 < nums.Data.Count; i += 2)
        {
            var index = (int)((NumericToken)Resolve(document, nums.Data[i])!).Int;
            var label = (DictionaryToken)Resolve(document, nums.Data[i + 1])!;
            var style = (Resolve(document, label.Data.GetValueOrDefault("S")) as NameToken)?.Data;
            var prefix = Resolve(document, label.Data.GetValueOrDefault("P")) switch
            {
                StringToken st => st.Data,
                HexToken hx => hx.Data,
                _ => "",
            };
            var first = Resolve(document, label.Data.GetValueOrDefault("St")) is NumericToken n ? (int)n.Int : 1;
            starts.Add((index, style, prefix, first));
        }
        var labels = new List<string>();
        for (int p = 0; p < pageCount; p++)
        {
            var range = starts.Last(s => s.Index <= p);
            int number = range.First + p - range.Index;
            var text = range.Style switch
            {
                "D" => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "r" => Hengnan.Report.Compose.PageNumbering.Roman(number),
                _ => "",
            };
            labels.Add(range.Prefix + text);
        }
        return labels;
    }

    public int PageCount { get; }
    public IReadOnlyList<string> PageTexts { get; }
    /// <summary>Words of each page with the left and baseline of their boxes (PDF coordinates).</summary>
    public IReadOnlyList<IReadOnlyList<(string Text, double X, double Y)>> PageWords { get; }
    /// <summary>Printed lines of each page: letters on one baseline, split where a gap is wider than 3 em (columns, cards).</summary>
    public IReadOnlyList<IReadOnlyList<string>> PageLines { get; }

    private static IReadOnlyList<string> Lines(Page page)
    {
        var result = new List<string>();
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        foreach (var row in letters.GroupBy(l => Math.Round(l.StartBaseLine.Y * 2) / 2).OrderByDescending(g => g.Key))
        {
            var sorted = row.OrderBy(l => l.StartBaseLine.X).ToList();
            var current = new System.Text.StringBuilder();
            double lastEnd = double.NaN;
            foreach (var l in sorted)
            {
                if (!double.IsNaN(lastEnd) && l.StartBaseLine.X - lastEnd > 3 * Math.Max(l.PointSize, 1))
                {
                    result.Add(current.ToString());
                    current.Clear();
                }
                current.Append(l.Value);
                lastEnd = l.EndBaseLine.X;
            }
            if (current.Length > 0) result.Add(current.ToString());
        }
        return result;
    }
    public string AllText => string.Join("\n", PageTexts);
    public IReadOnlyList<FontInfo> FontsUsed { get; }
    public string? Title { get; }
    public string? Author { get; }
    public string? Subject { get; }
    public string? Keywords { get; }
    public string? Language { get; }

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;

    private static IEnumerable<FontInfo> Fonts(PdfDocument document, Page page)
    {
        if (Resolve(document, page.Dictionary.Data.GetValueOrDefault(NameToken.Resources.Data)) is not DictionaryToken resources) yield break;
        if (Resolve(document, resources.Data.GetValueOrDefault(NameToken.Font.Data)) is not DictionaryToken fonts) yield break;
        foreach (var entry in fonts.Data.Values)
        {
            if (Resolve(document, entry) is not DictionaryToken font) continue;
            var baseFont = (Resolve(document, font.Data.GetValueOrDefault("BaseFont")) as NameToken)?.Data ?? "?";
            var subtype = (Resolve(document, font.Data.GetValueOrDefault("Subtype")) as NameToken)?.Data ?? "?";
            string? descendantSubtype = null;
            DictionaryToken? descriptorHolder = font;
            if (Resolve(document, font.Data.GetValueOrDefault("DescendantFonts")) is ArrayToken descendants &&
                Resolve(document, descendants.Data[0]) is DictionaryToken cid)
            {
                descendantSubtype = (Resolve(document, cid.Data.GetValueOrDefault("Subtype")) as NameToken)?.Data;
                descriptorHolder = cid;
            }
            bool embedded = false;
            if (Resolve(document, descriptorHolder.Data.GetValueOrDefault("FontDescriptor")) is DictionaryToken descriptor)
                embedded = descriptor.Data.ContainsKey("FontFile2") || descriptor.Data.ContainsKey("FontFile") || descriptor.Data.ContainsKey("FontFile3");
            yield return new FontInfo(baseFont, subtype, descendantSubtype, embedded, font.Data.ContainsKey("ToUnicode"));
        }
    }
}
