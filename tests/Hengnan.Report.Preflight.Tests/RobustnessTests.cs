using C = Hengnan.Report.Preflight.PreflightCodes;

namespace Hengnan.Report.Preflight.Tests;

/// <summary>Odd input never throws: what cannot be read gives PF000 ("cannot be read").</summary>
public class RobustnessTests
{
    private static void AssertUnreadable(PreflightReport report)
    {
        var unreadable = report.Findings.Where(f => f.Code == C.Unreadable && f.Page is null).ToArray();
        Assert.Equal([PreflightStandard.PdfX4, PreflightStandard.PdfUA1], unreadable.Select(f => f.Standard));
        Assert.All(unreadable, f => Assert.StartsWith("the file cannot be read: ", f.Message));
        Assert.False(report.Passed);
    }

    [Fact]
    public void Empty_bytes_are_unreadable() => AssertUnreadable(Preflighter.Check([]));

    [Fact]
    public void Text_that_is_not_a_pdf_is_unreadable() => AssertUnreadable(Preflighter.Check(MiniPdf.Latin1("Hello, I am not a PDF.\n")));

    [Fact]
    public void A_missing_file_is_unreadable() =>
        AssertUnreadable(Preflighter.Check(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".pdf")));

    [Fact]
    public void A_file_on_disk_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".pdf");
        File.WriteAllBytes(path, SamplePdfs.Good());
        try { Assert.True(Preflighter.Check(path).Passed); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_truncated_pdf_never_throws()
    {
        var bad = SamplePdfs.Bad();
        foreach (int length in new[] { 10, 100, bad.Length / 3, bad.Length / 2, bad.Length - 40 })
        {
            var report = Preflighter.Check(bad[..length]);
            Assert.NotEmpty(report.Findings);
        }
        AssertUnreadable(Preflighter.Check(bad[..100]));
    }

    [Fact]
    public void An_encrypted_pdf_whose_password_is_unknown_is_unreadable()
    {
        // A standard security handler (AES-256, R6) with made-up keys: no password opens it.
        var pdf = new MiniPdf();
        int catalog = pdf.Reserve(), pages = pdf.Reserve();
        int page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 100 100] >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        string hex48 = new('A', 96), hex32 = new('B', 64), hex16 = new('C', 32);
        int encrypt = pdf.Add($"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <{hex48}> /U <{hex48}> /OE <{hex32}> /UE <{hex32}> " +
                              $"/Perms <{hex16}> /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>");
        var bytes = pdf.Build(catalog, $"/Encrypt {encrypt} 0 R /ID [<{hex16}> <{hex16}>]");
        AssertUnreadable(Preflighter.Check(bytes));
    }

    [Fact]
    public void A_page_whose_content_cannot_be_decoded_is_reported_and_the_others_still_checked()
    {
        var pdf = new MiniPdf();
        int catalog = pdf.Reserve(), pages = pdf.Reserve();
        int broken = pdf.AddStream("/Filter /FlateDecode", MiniPdf.Latin1("this is not deflate data at all"));
        int fine = pdf.AddStream("", "0.1 w 0 0 m 10 10 l S");
        int page1 = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /Contents {broken} 0 R >>");
        int page2 = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /Contents {fine} 0 R >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page1} 0 R {page2} 0 R] /Count 2 /MediaBox [0 0 100 100] >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        var report = Preflighter.Check(pdf.Build(catalog));
        var unreadable = report.Findings.Where(f => f.Code == C.Unreadable).ToArray();
        Assert.Equal(2, unreadable.Length);
        Assert.All(unreadable, f => Assert.Equal(1, f.Page));
        Assert.All(unreadable, f => Assert.Equal("the page cannot be read (content): a content stream cannot be decoded", f.Message));
        Assert.Contains(report.Findings, f => f.Code == C.Hairline && f.Page == 2);
    }

    [Fact]
    public void A_page_tree_with_a_cycle_is_walked_once()
    {
        var pdf = new MiniPdf();
        int catalog = pdf.Reserve(), pages = pdf.Reserve();
        int page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 100 100] >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R {pages} 0 R] /Count 2 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        var report = Preflighter.Check(pdf.Build(catalog));
        Assert.Equal([1], report.Findings.Where(f => f.Page is not null).Select(f => f.Page!.Value).Distinct());
        Assert.DoesNotContain(report.Findings, f => f.Code == C.Unreadable);
    }

    [Fact]
    public void Randomly_damaged_pdfs_never_throw()
    {
        var random = new Random(20211);
        var sources = new[] { SamplePdfs.Bad(), SamplePdfs.TaggedWithHoles() };
        for (int i = 0; i < 300; i++)
        {
            var bytes = (byte[])sources[i % 2].Clone();
            for (int k = random.Next(1, 12); k > 0; k--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            var report = Preflighter.Check(bytes); // must not throw
            Assert.NotNull(report.Format(chinese: true));
        }
    }
}
