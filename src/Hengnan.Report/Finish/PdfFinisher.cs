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
    public sealed record Bookmark(string Title, int PageIndex, IReadOnlyList<Bookmark> Children);

    /// <summary>A clickable area (top-left page coordinates, pt) on page <paramref name="PageIndex"/> leading to page <paramref name="TargetIndex"/>.</summary>
    public sealed record Link(int PageIndex, SkiaSharp.SKRect Area, int TargetIndex);

    public sealed record Settings(string Title, string Author, string Subject, string Keywords, string Language, DateTime Date,
        IReadOnlyList<Bookmark> Bookmarks, IReadOnlyList<Link> Links, IReadOnlyList<Compose.PageLabelRange> PageLabels,
        Compose.PaperSize Paper, Render.PrintMarks Marks);

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
        // Print preflights ask for a trapping statement; nothing here is trapped.
        document.Info.Elements["/Trapped"] = new PdfName("/False");
        document.Language = settings.Language;
        AddBookmarks(document, document.Outlines, settings.Bookmarks);
        // Open with the bookmarks panel, two pages side by side, the cover alone on the right.
        if (settings.Bookmarks.Count > 0) document.PageMode = PdfPageMode.UseOutlines;
        document.PageLayout = PdfPageLayout.TwoPageRight;
        foreach (var link in settings.Links)
        {
            // PDF user space has its origin at the bottom left.
            var a = link.Area;
            float m = settings.Marks.Margin, sheetHeight = settings.Paper.Height + 2 * m;
            var rect = new PdfRectangle(new PdfSharp.Drawing.XPoint(m + a.Left, sheetHeight - m - a.Bottom), new PdfSharp.Drawing.XPoint(m + a.Right, sheetHeight - m - a.Top));
            var annotation = document.Pages[link.PageIndex].AddDocumentLink(rect, link.TargetIndex + 1);
            // PDFsharp stamps each annotation with the clock (/M) and a random name (/NM); both are optional.
            annotation.Elements.Remove("/M");
            annotation.Elements.Remove("/NM");
        }
        if (settings.PageLabels.Count > 0) document.Internals.Catalog.Elements["/PageLabels"] = PageLabels(document, settings.PageLabels);
        SetBoxes(document, settings.Paper, settings.Marks);
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

    /// <summary>TrimBox (the finished page) and BleedBox on every page, nested in the MediaBox (ISO 32000 §14.11.2).</summary>
    private static void SetBoxes(PdfDocument document, Compose.PaperSize paper, Render.PrintMarks marks)
    {
        double m = marks.Margin, b = marks.Bleed;
        foreach (var page in document.Pages)
        {
            page.TrimBox = new PdfRectangle(new PdfSharp.Drawing.XPoint(m, m), new PdfSharp.Drawing.XPoint(m + paper.Width, m + paper.Height));
            page.BleedBox = new PdfRectangle(new PdfSharp.Drawing.XPoint(m - b, m - b), new PdfSharp.Drawing.XPoint(m + paper.Width + b, m + paper.Height + b));
        }
    }

    private static void AddBookmarks(PdfDocument document, PdfOutlineCollection parent, IEnumerable<Bookmark> marks)
    {
        foreach (var mark in marks)
        {
            var outline = parent.Add(mark.Title, document.Pages[mark.PageIndex], true);
            AddBookmarks(document, outline.Outlines, mark.Children);
        }
    }

    /// <summary>The /PageLabels number tree (ISO 32000 §12.4.2) so viewers show the printed numbers.</summary>
    private static PdfDictionary PageLabels(PdfDocument document, IEnumerable<Compose.PageLabelRange> ranges)
    {
        var nums = new PdfArray(document);
        foreach (var range in ranges)
        {
            nums.Elements.Add(new PdfInteger(range.StartIndex));
            var label = new PdfDictionary(document);
            if (range.Style is { } style) label.Elements["/S"] = new PdfName("/" + style);
            if (range.Prefix is { } prefix) label.Elements["/P"] = new PdfString(prefix, PdfStringEncoding.Unicode);
            if (range.FirstNumber != 1) label.Elements["/St"] = new PdfInteger(range.FirstNumber);
            nums.Elements.Add(label);
        }
        var tree = new PdfDictionary(document);
        tree.Elements["/Nums"] = nums;
        return tree;
    }

    private static string IdString(byte[] digest, int offset) =>
        new(Enumerable.Range(offset, 16).Select(i => (char)digest[i]).ToArray());
}
