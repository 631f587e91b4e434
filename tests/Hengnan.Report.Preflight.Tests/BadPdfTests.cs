using C = Hengnan.Report.Preflight.PreflightCodes;

namespace Hengnan.Report.Preflight.Tests;

/// <summary>The deliberately bad hand-written PDF: every print and accessibility problem is found, on its page.</summary>
public class BadPdfTests
{
    private static readonly PreflightReport Report = Preflighter.Check(SamplePdfs.Bad());

    private static PreflightFinding One(string code, int? page) =>
        Assert.Single(Report.Findings, f => f.Code == code && f.Page == page);

    [Theory]
    [InlineData(C.FontNotEmbedded, 1)]
    [InlineData(C.DeviceRgbColour, 1)]
    [InlineData(C.DeviceRgbImage, 1)]
    [InlineData(C.VeryLowResolutionImage, 1)]
    [InlineData(C.Hairline, 1)]
    [InlineData(C.NoTrimBox, 1)]
    [InlineData(C.NoBleedBox, 1)]
    [InlineData(C.FontNotEmbedded, 2)]
    [InlineData(C.Type3Font, 2)]
    [InlineData(C.DeviceRgbColour, 2)]
    [InlineData(C.DeviceRgbImage, 2)]
    [InlineData(C.LowResolutionImage, 2)]
    [InlineData(C.Hairline, 2)]
    [InlineData(C.RichBlackText, 2)]
    [InlineData(C.Hairline, 3)]
    [InlineData(C.TrimAndArtBox, 3)]
    public void Finds_each_page_problem_on_its_page(string code, int page) => One(code, page);

    [Theory]
    [InlineData(C.NoOutputIntent)]
    [InlineData(C.NoPdfxVersion)]
    [InlineData(C.NotMarked)]
    [InlineData(C.NoStructureTree)]
    [InlineData(C.NoLanguage)]
    [InlineData(C.NoDisplayDocTitle)]
    [InlineData(C.NoXmpTitle)]
    [InlineData(C.NoPdfUaId)]
    public void Finds_each_document_problem_without_a_page(string code) => One(code, null);

    [Fact]
    public void Finds_nothing_else()
    {
        var found = Report.Findings.Select(f => $"{f.Page}:{f.Code}").ToArray();
        string[] expected =
        [
            ":PF005", ":PF007", ":PF020", ":PF021", ":PF023", ":PF025", ":PF026", ":PF027",
            "1:PF001", "1:PF003", "1:PF004", "1:PF008", "1:PF009", "1:PF012", "1:PF013",
            "2:PF001", "2:PF002", "2:PF003", "2:PF004", "2:PF008", "2:PF009", "2:PF011", "2:PF013", "2:PF014",
            "3:PF010", "3:PF010", "3:PF013", "3:PF016",
        ];
        Assert.Equal(expected, found);
        Assert.False(Report.Passed);
    }

    [Fact]
    public void Image_findings_give_pixel_size_placed_size_and_ppi()
    {
        var low = One(C.VeryLowResolutionImage, 1);
        Assert.Equal(PreflightSeverity.Error, low.Severity);
        Assert.Contains("72×72 px", low.Message);
        Assert.Contains("101.6×101.6 mm", low.Message);
        Assert.Contains("18 ppi", low.Message);
        var warn = One(C.LowResolutionImage, 2);
        Assert.Equal(PreflightSeverity.Warning, warn.Severity);
        Assert.Contains("400×400 px", warn.Message);
        Assert.Contains("200 ppi", warn.Message);
        // The 600 px image in the form is placed 720 × 0.2 = 144 pt = 2 in wide: 300 ppi, not reported.
        Assert.DoesNotContain(Report.Findings, f => f.Message.Contains("600×600 px placed"));
    }

    [Fact]
    public void Hairlines_are_measured_after_the_transformation()
    {
        Assert.Contains("thinnest 0.1 pt", One(C.Hairline, 1).Message);
        Assert.Contains("thinnest 0.1 pt", One(C.Hairline, 2).Message); // 0.5 w in a form scaled by 0.2
        Assert.Contains("thinnest 0 pt", One(C.Hairline, 3).Message);
    }

    [Fact]
    public void Colour_findings_say_what_was_found()
    {
        Assert.Contains("1 0 0 rg", One(C.DeviceRgbColour, 1).Message);
        Assert.Contains("Indexed DeviceRGB", One(C.DeviceRgbImage, 2).Message);
        var text = One(C.RichBlackText, 2);
        Assert.StartsWith("2 text run(s)", text.Message); // the CMYK rich black and the RGB black; not the red on page 1
        Assert.Contains("C60 M50 Y40 K100", text.Message);
        Assert.DoesNotContain(Report.Findings, f => f.Code == C.RichBlackText && f.Page == 1);
    }

    [Fact]
    public void Fonts_are_named_and_found_inside_forms()
    {
        Assert.Equal("font Helvetica (Type1) is not embedded", One(C.FontNotEmbedded, 1).Message);
        Assert.Contains("/T3", One(C.Type3Font, 2).Message);
    }

    [Fact]
    public void Boxes_outside_the_media_box_or_the_bleed_box_are_named()
    {
        var nested = Report.Findings.Where(f => f.Code == C.BoxNotNested).Select(f => f.Message).ToArray();
        Assert.Equal(
        [
            "the TrimBox [10 10 210 190] is not inside the MediaBox [0 0 200 200]",
            "the TrimBox [10 10 210 190] is not inside the BleedBox [0 0 200 200]",
        ], nested);
    }

    [Fact]
    public void Every_finding_names_its_standard()
    {
        Assert.All(Report.Findings, f => Assert.Contains(f.Standard, new[] { PreflightStandard.PdfX4, PreflightStandard.PdfUA1 }));
        Assert.Equal(PreflightStandard.PdfUA1, One(C.NoStructureTree, null).Standard);
        Assert.Equal(PreflightStandard.PdfX4, One(C.NoOutputIntent, null).Standard);
    }
}
