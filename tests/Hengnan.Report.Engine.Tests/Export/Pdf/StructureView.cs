using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

/// <summary>
/// The structure tree of a PDF as a compact string: Role{lang}'alt'[kids], marked content as
/// page:mcid, annotations as objr. E.g. Document[H1[1:0 Span{en}[1:1]] P[1:2 2:0]].
/// </summary>
internal static class StructureView
{
    public static string Of(PdfDocument doc)
    {
        var root = Dict(doc, Catalog(doc), "StructTreeRoot");
        var pages = ((ArrayToken)Get(doc, Dict(doc, Catalog(doc), "Pages"), "Kids")!).Data
            .Select((t, i) => (((IndirectReferenceToken)t).Data, i + 1)).ToDictionary(p => p.Data, p => p.Item2);
        var sb = new StringBuilder();
        var kids = root.Data["K"];
        foreach (var kid in kids is ArrayToken a ? a.Data : [kids]) Element(doc, kid, pages, sb);
        return sb.ToString();
    }

    /// <summary>A text string, literal or hex (UTF-16BE with BOM).</summary>
    public static string? TextOf(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Bytes.ToArray() is [0xFE, 0xFF, .. var utf16] ? Encoding.BigEndianUnicode.GetString(utf16) : Encoding.Latin1.GetString(h.Bytes.ToArray()),
        _ => null,
    };

    private static void Element(PdfDocument doc, IToken token, Dictionary<IndirectReference, int> pages, StringBuilder sb)
    {
        var e = Dict(doc, token);
        sb.Append(Name(doc, e, "S"));
        if (TextOf(Get(doc, e, "Lang")) is { } lang) sb.Append('{').Append(lang).Append('}');
        if (TextOf(Get(doc, e, "Alt")) is { } alt) sb.Append('\'').Append(alt).Append('\'');
        int page = e.Data.TryGetValue("Pg", out var pg) ? pages[((IndirectReferenceToken)pg).Data] : 0;
        sb.Append('[');
        var k = e.Data.TryGetValue("K", out var kt) ? kt : new ArrayToken([]);
        bool first = true;
        foreach (var kid in k is ArrayToken arr ? arr.Data : [k])
        {
            if (!first) sb.Append(' ');
            first = false;
            switch (kid)
            {
                case NumericToken n: sb.Append(page).Append(':').Append(n.Int); break;
                case DictionaryToken d when Name(doc, d, "Type") == "MCR":
                    sb.Append(pages[((IndirectReferenceToken)d.Data["Pg"]).Data]).Append(':').Append(((NumericToken)d.Data["MCID"]).Int); break;
                case DictionaryToken d when Name(doc, d, "Type") == "OBJR": sb.Append("objr"); break;
                default: Element(doc, kid, pages, sb); break;
            }
        }
        sb.Append(']');
    }
}
