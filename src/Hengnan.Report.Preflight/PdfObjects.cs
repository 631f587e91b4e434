using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Preflight;

/// <summary>Reads objects of an open document leniently: a broken or missing object reads as null, never throws.</summary>
internal sealed class PdfObjects(PdfDocument document)
{
    public PdfDocument Document { get; } = document;

    /// <summary>The object a token stands for, following indirect references (a chain of at most 16).</summary>
    public IToken? Resolve(IToken? token)
    {
        for (int i = 0; i < 16 && token is IndirectReferenceToken r; i++)
        {
            try { token = Document.Structure.GetObject(r.Data)?.Data; }
            catch (Exception) { return null; }
        }
        return token is IndirectReferenceToken ? null : token;
    }

    public IToken? Get(DictionaryToken? dict, string key) =>
        dict is not null && dict.Data.TryGetValue(key, out var t) ? Resolve(t) : null;

    /// <summary>A dictionary entry that is a dictionary, or the dictionary of a stream.</summary>
    public DictionaryToken? Dict(DictionaryToken? dict, string key) => AsDict(Get(dict, key));

    public DictionaryToken? AsDict(IToken? token) => Resolve(token) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    public StreamToken? Stream(DictionaryToken? dict, string key) => Get(dict, key) as StreamToken;

    public string? Name(DictionaryToken? dict, string key) => (Get(dict, key) as NameToken)?.Data;

    public ArrayToken? Array(DictionaryToken? dict, string key) => Get(dict, key) as ArrayToken;

    public double? Number(DictionaryToken? dict, string key) => (Get(dict, key) as NumericToken)?.Double;

    public bool? Bool(DictionaryToken? dict, string key) => (Get(dict, key) as BooleanToken)?.Data;

    public string? Text(DictionaryToken? dict, string key) => TextOf(Get(dict, key));

    /// <summary>A PDF text string, literal or hex, PDFDocEncoding (read as Latin-1) or UTF-16BE with a BOM.</summary>
    public static string? TextOf(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Bytes.ToArray() is [0xFE, 0xFF, .. var utf16] ? Encoding.BigEndianUnicode.GetString(utf16) : Encoding.Latin1.GetString(h.Bytes.ToArray()),
        NameToken n => n.Data,
        _ => null,
    };

    /// <summary>
    /// The decoded bytes of a stream, or null when its filters cannot be undone. PdfPig hands back the raw bytes
    /// when Flate data is not Flate at all; that counts as failure too.
    /// </summary>
    public byte[]? Decode(StreamToken stream)
    {
        try
        {
            var decoded = stream.Decode(Document.Structure.FilterProvider, Document.Structure.TokenScanner).ToArray();
            bool flate = Get(stream.StreamDictionary, "Filter") switch
            {
                NameToken n => n.Data is "FlateDecode" or "Fl",
                ArrayToken a => a.Data.Any(t => Resolve(t) is NameToken { Data: "FlateDecode" or "Fl" }),
                _ => false,
            };
            if (flate && stream.Data.Length > 0 && decoded.AsSpan().SequenceEqual(stream.Data.Span)) return null;
            return decoded;
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>A rectangle [x1 y1 x2 y2], normalised so that x1 ≤ x2 and y1 ≤ y2; null when not four numbers.</summary>
    public PdfRectangle? Rect(DictionaryToken? dict, string key)
    {
        if (Get(dict, key) is not ArrayToken a || a.Data.Count != 4) return null;
        var n = new double[4];
        for (int i = 0; i < 4; i++)
        {
            if (Resolve(a.Data[i]) is not NumericToken v || !double.IsFinite(v.Double)) return null;
            n[i] = v.Double;
        }
        return new PdfRectangle(Math.Min(n[0], n[2]), Math.Min(n[1], n[3]), Math.Max(n[0], n[2]), Math.Max(n[1], n[3]));
    }
}
