using System.Security.Cryptography;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Hengnan.Report.Finish;

/// <summary>
/// Adds to Skia's PDF what its backend cannot write: the document language, bookmarks (outline)
/// and viewer settings; fixes the dates and the file identifier so the same inputs give the same bytes.
/// </summary>
public static class PdfFinisher
{
    public sealed record Bookmark(string Title, int PageIndex);

    public sealed record Settings(string Title, string Author, string Subject, string Keywords, string Language, DateTime Date, IReadOnlyList<Bookmark> Bookmarks);

    public static byte[] Finish(byte[] skiaPdf, Settings settings)
    {
        using var input = new MemoryStream(skiaPdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.Info.Title = settings.Title;
        document.Info.Author = settings.Author;
        document.Info.Subject = settings.Subject;
        document.Info.Keywords = settings.Keywords;
        document.Info.Creator = "Hengnan.Report";
        document.Info.CreationDate = settings.Date;
        document.Info.ModificationDate = settings.Date;
        document.Language = settings.Language;
        foreach (var mark in settings.Bookmarks)
            document.Outlines.Add(mark.Title, document.Pages[mark.PageIndex], true);
        if (settings.Bookmarks.Count > 0) document.PageMode = PdfPageMode.UseOutlines;
        // The file identifier: a digest of the content, not a random GUID.
        var digest = SHA256.HashData(skiaPdf);
        document.Internals.FirstDocumentID = IdString(digest, 0);
        document.Internals.SecondDocumentID = IdString(digest, 16);
        using var output = new MemoryStream();
        document.Save(output, false);
        return Stabilize(output.ToArray(), digest);
    }

    /// <summary>
    /// PDFsharp writes random UUIDs into the XMP packet and a random second file identifier. Both
    /// are replaced in place by values derived from the content digest; the replacement keeps every
    /// byte length, so the cross-reference offsets stay valid.
    /// </summary>
    internal static byte[] Stabilize(byte[] pdf, byte[] digest)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var hex = Convert.ToHexString(digest);
        int n = 0;
        text = System.Text.RegularExpressions.Regex.Replace(text, "uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", _ =>
        {
            var h = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(hex + n++))).ToLowerInvariant();
            return $"uuid:{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
        });
        text = System.Text.RegularExpressions.Regex.Replace(text, @"/ID\s*\[<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\]", m =>
            m.Value.Replace(m.Groups[2].Value, hex[32..64]));
        return System.Text.Encoding.Latin1.GetBytes(text);
    }

    private static string IdString(byte[] digest, int offset) =>
        new(Enumerable.Range(offset, 16).Select(i => (char)digest[i]).ToArray());
}
