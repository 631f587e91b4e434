using System.Text;
using System.Text.RegularExpressions;
using Hengnan.Report.Export.Pdf;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfObjectWriterTests
{
    [Fact]
    public void Xref_offsets_point_at_their_objects()
    {
        var w = new PdfObjectWriter(8);
        int a = w.Allocate(), b = w.Allocate(), c = w.Allocate();
        w.Begin(a).Ascii("<< /Type /Catalog /Pages ").Ref(b).Ascii(" >>");
        w.End();
        w.Begin(b).Ascii("<< /Type /Pages /Kids [] /Count 0 >>");
        w.End();
        w.Stream(c, " /Foo 1"u8, "hello"u8);
        var file = w.Finish(a, c, new byte[16]);
        var text = Encoding.Latin1.GetString(file);

        Assert.StartsWith("%PDF-1.7\n%", text);
        Assert.Contains("<< /Foo 1 /Length 5>>\nstream\nhello\nendstream", text);
        int xref = int.Parse(Regex.Match(text, @"startxref\n(\d+)").Groups[1].Value);
        Assert.StartsWith("xref\n0 4\n", text[xref..]);
        var entries = Regex.Matches(text[xref..], @"(\d{10}) 00000 n\r\n");
        Assert.Equal(3, entries.Count);
        for (int i = 0; i < 3; i++)
            Assert.StartsWith($"{i + 1} 0 obj", text[int.Parse(entries[i].Groups[1].Value)..]);
        Assert.Contains("/Size 4 /Root 1 0 R /Info 3 0 R /ID [<00000000000000000000000000000000> <00000000000000000000000000000000>]", text);
    }

    [Fact]
    public void An_allocated_object_must_be_written()
    {
        var w = new PdfObjectWriter();
        int a = w.Allocate();
        w.Allocate();
        w.Begin(a).Ascii("null");
        w.End();
        Assert.Throws<InvalidOperationException>(() => w.Finish(a, a, new byte[16]));
    }

    [Fact]
    public void An_object_is_written_once()
    {
        var w = new PdfObjectWriter();
        int a = w.Allocate();
        w.Begin(a).Ascii("null");
        w.End();
        Assert.Throws<InvalidOperationException>(() => w.Begin(a));
    }
}
