namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The document outline (bookmarks, ISO 32000 §12.3.3): titles as text strings (UTF-16BE with a
/// byte order mark when not plain ASCII), every entry open, /Count = the entries below it, each
/// leading to the top of its page. Objects are numbered root first, then entries depth first.
/// </summary>
internal sealed class PdfOutline
{
    private readonly IReadOnlyList<PdfBookmark> _bookmarks;
    private readonly Dictionary<PdfBookmark, int> _numbers = new(ReferenceEqualityComparer.Instance);

    public PdfOutline(IReadOnlyList<PdfBookmark> bookmarks) => _bookmarks = bookmarks;

    public int Root { get; private set; }

    public int Allocate(PdfObjectWriter w)
    {
        Root = w.Allocate();
        AllocateLevel(w, _bookmarks);
        return Root;
    }

    private void AllocateLevel(PdfObjectWriter w, IReadOnlyList<PdfBookmark> level)
    {
        foreach (var b in level)
        {
            if (_numbers.ContainsKey(b)) throw new ArgumentException($"bookmark \"{b.Title}\" appears twice in the outline");
            _numbers[b] = w.Allocate();
            AllocateLevel(w, b.Children);
        }
    }

    private static int Descendants(IReadOnlyList<PdfBookmark> level)
    {
        int n = level.Count;
        foreach (var b in level) n += Descendants(b.Children);
        return n;
    }

    public void Write(PdfObjectWriter w, int[] pageObjects, IReadOnlyList<PdfPage> pages)
    {
        var o = w.Begin(Root);
        o.Raw("<< /Type /Outlines /First "u8).Ref(_numbers[_bookmarks[0]]).Raw(" /Last "u8).Ref(_numbers[_bookmarks[^1]])
         .Raw(" /Count "u8).Int(Descendants(_bookmarks)).Raw(" >>"u8);
        w.End();
        WriteLevel(w, _bookmarks, Root, pageObjects, pages);
    }

    private void WriteLevel(PdfObjectWriter w, IReadOnlyList<PdfBookmark> level, int parent, int[] pageObjects, IReadOnlyList<PdfPage> pages)
    {
        for (int i = 0; i < level.Count; i++)
        {
            var bookmark = level[i];
            if (bookmark.PageIndex < 0 || bookmark.PageIndex >= pages.Count)
                throw new ArgumentOutOfRangeException(nameof(pages), $"bookmark \"{bookmark.Title}\" leads to page {bookmark.PageIndex}, which does not exist");
            var b = w.Begin(_numbers[bookmark]);
            b.Raw("<< /Title "u8).TextString(bookmark.Title).Raw(" /Parent "u8).Ref(parent);
            if (i > 0) b.Raw(" /Prev "u8).Ref(_numbers[level[i - 1]]);
            if (i + 1 < level.Count) b.Raw(" /Next "u8).Ref(_numbers[level[i + 1]]);
            if (bookmark.Children.Count > 0)
                b.Raw(" /First "u8).Ref(_numbers[bookmark.Children[0]]).Raw(" /Last "u8).Ref(_numbers[bookmark.Children[^1]])
                 .Raw(" /Count "u8).Int(Descendants(bookmark.Children));
            b.Raw(" /Dest ["u8).Ref(pageObjects[bookmark.PageIndex]).Raw(" /XYZ 0 "u8).Num(pages[bookmark.PageIndex].Height).Raw(" 0] >>"u8);
            w.End();
            WriteLevel(w, bookmark.Children, _numbers[bookmark], pageObjects, pages);
        }
    }
}
