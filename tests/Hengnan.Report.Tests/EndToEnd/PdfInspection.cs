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
        var fonts = new Dictionary<string, FontInfo>();
        foreach (var page in document.GetPages())
        {
            texts.Add(string.Concat(page.Letters.Select(l => l.Value)));
            foreach (var font in Fonts(document, page)) fonts[font.BaseFont] = font;
        }
        PageTexts = texts;
        FontsUsed = fonts.Values.ToList();
        Title = document.Information.Title;
        Author = document.Information.Author;
        Subject = document.Information.Subject;
        Keywords = document.Information.Keywords;
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Language = catalog.TryGet(NameToken.Lang, out var lang) ? Resolve(document, lang) is StringToken s ? s.Data : null : null;
    }

    public int PageCount { get; }
    public IReadOnlyList<string> PageTexts { get; }
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
