using System.Diagnostics;
using Hengnan.Report.Export.Pdf;
using Xunit.Abstractions;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfDeterminismTests(ITestOutputHelper output)
{
    [Fact]
    public void The_same_request_gives_the_same_bytes()
    {
        using var sample = new SampleBrochure();
        var a = PdfExporter.Write(sample.Request);
        var b = PdfExporter.Write(sample.Request);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Without_the_conformance_options_the_output_is_what_it_always_was()
    {
        using var sample = new SampleBrochure();
        var explicitlyOff = sample.Request with { PdfX = null, PdfUA = false, MaxImagePpi = null };
        var pdf = PdfExporter.Write(sample.Request);
        Assert.Equal(pdf, PdfExporter.Write(explicitlyOff));
        Assert.Equal(pdf, PdfExporter.Write(explicitlyOff, out var report));
        Assert.NotEmpty(report.Images);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.7\n", text);
        foreach (var mark in new[] { "/OutputIntents", "/Group", "/CS0", "ICCBased", "pdfxid", "pdfuaid", "GTS_PDFXVersion", "/Scope", "VersionID" })
            Assert.DoesNotContain(mark, text);
    }

    [Fact]
    public void Pdf_x_and_pdf_ua_output_is_deterministic_too()
    {
        using var sample = new SampleBrochure();
        var pages = sample.Request.Pages.Select(p => p with { TrimBox = new Hengnan.Report.Drawing.Rect(0, 0, p.Width, p.Height), BleedBox = new Hengnan.Report.Drawing.Rect(0, 0, p.Width, p.Height) }).ToArray();
        var request = sample.Request with { Pages = pages, PdfX = PdfXOutputIntent.Fogra39, PdfUA = true, MaxImagePpi = 150 };
        var sequential = PdfExporter.Write(request, PdfWriteOptions.Sequential);
        Assert.Equal(sequential, PdfExporter.Write(request, new PdfWriteOptions(4)));
        if (Environment.GetEnvironmentVariable("HENGNAN_PDFX_SAMPLE") is { Length: > 0 } path) File.WriteAllBytes(path, sequential);
    }

    [Fact]
    public void Pages_built_in_parallel_give_the_same_bytes_as_a_sequential_run()
    {
        using var sample = new SampleBrochure();
        var sequential = PdfExporter.Write(sample.Request, PdfWriteOptions.Sequential);
        for (int degree = 2; degree <= 8; degree *= 2)
            Assert.Equal(sequential, PdfExporter.Write(sample.Request, new PdfWriteOptions(degree)));
    }

    [Fact]
    public void The_sample_brochure_reads_back_and_stays_small()
    {
        using var sample = new SampleBrochure();
        var clock = Stopwatch.StartNew();
        var pdf = PdfExporter.Write(sample.Request);
        var first = clock.Elapsed;
        clock.Restart();
        const int runs = 5;
        for (int i = 0; i < runs; i++) PdfExporter.Write(sample.Request);
        output.WriteLine($"{pdf.Length} bytes; first write {first.TotalMilliseconds:0} ms, then {clock.Elapsed.TotalMilliseconds / runs:0} ms a write");
        if (Environment.GetEnvironmentVariable("HENGNAN_PDF_SAMPLE") is { Length: > 0 } path) File.WriteAllBytes(path, pdf);

        Assert.True(pdf.Length < 485 * 1024, $"{pdf.Length} bytes");
        using var doc = Open(pdf);
        Assert.Equal(18, doc.NumberOfPages);
        Assert.StartsWith("奋进新征程 建功新时代Forging Ahead on the New Journey3序言Foreword", Text(doc.GetPage(3)));
        Assert.Contains(doc.GetPages(), p => Text(p).Contains("打造经济硬实力Building Economic Strength"));
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.True(bookmarks.Roots.Count >= 5);
        var view = StructureView.Of(doc);
        Assert.True(view.StartsWith("Document[Figure'衡南县徽标'[1:0] H1[1:1 Span{en}[1:2]] H1[2:0] Link[2:1 objr] Link[2:2 objr]", StringComparison.Ordinal), view[..Math.Min(300, view.Length)]);
    }
}
