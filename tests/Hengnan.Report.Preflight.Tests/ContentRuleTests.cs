using C = Hengnan.Report.Preflight.PreflightCodes;

namespace Hengnan.Report.Preflight.Tests;

/// <summary>The content checks on one-page PDFs: widths after the CTM, colour spaces, inline images, black text.</summary>
public class ContentRuleTests
{
    private static PreflightReport Check(string content, string resources = "") =>
        Preflighter.Check(SamplePdfs.OnePage(content, resources));

    private static string? Message(PreflightReport report, string code) =>
        report.Findings.SingleOrDefault(f => f.Code == code)?.Message;

    [Theory]
    [InlineData("0.1 0 0 0.1 0 0 cm 2 w 0 0 m 100 0 l S", "0.2")]     // 2 pt scaled down to 0.2 pt
    [InlineData("1 0 0 0.1 0 0 cm 1 w 0 0 m 100 0 l S", "0.1")]       // squashed in y: the thin direction counts
    [InlineData("0 w 0 0 m 100 0 l S", "0")]                          // 0 is the device's thinnest line
    [InlineData("/GS1 gs 0 0 m 100 0 l S", "0.1")]                    // line width from an ExtGState
    [InlineData("0.2 w 0 0 100 100 re B", "0.2")]                     // fill and stroke strokes too
    [InlineData("q 5 0 0 5 0 0 cm 0.04 w 0 0 m 10 0 l s Q", "0.2")]
    public void Hairlines_are_measured_after_the_transformation(string content, string thinnest)
    {
        var message = Message(Check(content, "/ExtGState << /GS1 << /LW 0.1 >> >>"), C.Hairline);
        Assert.NotNull(message);
        Assert.Contains($"thinnest {thinnest} pt", message);
    }

    [Theory]
    [InlineData("5 0 0 5 0 0 cm 0.1 w 0 0 m 100 0 l S")]               // 0.1 pt scaled up to 0.5 pt
    [InlineData("0.25 w 0 0 m 100 0 l S")]                            // exactly 0.25 pt is allowed
    [InlineData("0.1 w 0 0 100 100 re f")]                            // filled, not stroked
    [InlineData("q 0.1 w Q 0 0 m 100 0 l S")]                         // the thin width was restored away
    [InlineData("0.1 w 0 0 m 100 0 l n")]                             // path ended without painting
    public void Strokes_of_a_quarter_point_or_more_are_not_hairlines(string content) =>
        Assert.Null(Message(Check(content), C.Hairline));

    [Fact]
    public void DeviceRgb_through_cs_and_named_spaces_is_found_and_DefaultRgb_excuses_it()
    {
        Assert.Contains("/DeviceRGB cs", Message(Check("/DeviceRGB cs 1 0 0 sc 0 0 10 10 re f"), C.DeviceRgbColour));
        Assert.Contains("/CS1 cs (Indexed DeviceRGB)",
            Message(Check("/CS1 cs 0 sc 0 0 10 10 re f", "/ColorSpace << /CS1 [/Indexed /DeviceRGB 1 <000000FFFFFF>] >>"), C.DeviceRgbColour));
        Assert.Null(Message(Check("/CS0 cs 1 0 0 sc 0 0 10 10 re f", "/ColorSpace << /CS0 [/CalRGB << /WhitePoint [0.9505 1 1.089] >>] >>"), C.DeviceRgbColour));
        Assert.Null(Message(Check("1 0 0 rg 0 0 10 10 re f", "/ColorSpace << /DefaultRGB [/CalRGB << /WhitePoint [0.9505 1 1.089] >>] >>"), C.DeviceRgbColour));
        Assert.Equal("2 colour setting(s) in DeviceRGB without an ICC profile (e.g. 0.5 0.5 0.5 RG)",
            Message(Check("0.5 0.5 0.5 RG 0 0 m 9 9 l S 1 1 0 rg 0 0 9 9 re f 0 0 0 1 k"), C.DeviceRgbColour));
    }

    [Fact]
    public void A_transparency_group_blended_in_DeviceRgb_counts_as_DeviceRgb()
    {
        var report = Preflighter.Check(SamplePdfs.Good(editPage: p => p.Replace("/Tabs /S", "/Tabs /S /Group << /S /Transparency /CS /DeviceRGB >>")));
        Assert.Equal("1 colour setting(s) in DeviceRGB without an ICC profile (e.g. /Group /CS (DeviceRGB))",
            Assert.Single(report.Findings).Message);
        var cmyk = Preflighter.Check(SamplePdfs.Good(editPage: p => p.Replace("/Tabs /S", "/Tabs /S /Group << /S /Transparency /CS /DeviceCMYK >>")));
        Assert.Empty(cmyk.Findings);
    }

    [Fact]
    public void Inline_images_are_checked_for_colour_and_resolution()
    {
        string data = new('\0', 10 * 10 * 3);
        var report = Check($"q 100 0 0 100 72 72 cm BI /W 10 /H 10 /CS /RGB /BPC 8 ID {data} EI Q");
        Assert.Contains("10×10 px", Message(report, C.DeviceRgbImage));
        Assert.Contains("7 ppi", Message(report, C.VeryLowResolutionImage));
    }

    [Fact]
    public void Rotated_images_are_measured_along_their_own_axes()
    {
        // 300 px wide, placed 72 pt wide but rotated 90°: still 300 ppi.
        var report = Preflighter.Check(SamplePdfs.OnePage("q 0 72 -72 0 300 300 cm /Im Do Q", imageSize: 300));
        Assert.DoesNotContain(report.Findings, f => f.Code is C.LowResolutionImage or C.VeryLowResolutionImage);
        // Squeezed to half its height it is 600 ppi one way and 300 the other; stretched to 4 in it is 75.
        Assert.Contains("75 ppi", Message(Preflighter.Check(SamplePdfs.OnePage("q 0 288 -288 0 300 300 cm /Im Do Q", imageSize: 300)), C.VeryLowResolutionImage));
    }

    [Theory]
    [InlineData("0 0 0 1 k", false)]
    [InlineData("0 0 0 0.6 k", false)]         // grey in K only
    [InlineData("0.6 0.5 0.4 1 k", true)]      // four-colour black
    [InlineData("0.1 0.1 0.1 0.5 k", true)]    // four-colour grey with a high K
    [InlineData("0.8 0.8 0 0.9 k", true)]      // rich: C+M+Y+K 2.5, K 0.9
    [InlineData("0.5 0 0.9 0.7 k", false)]     // C+M+Y+K 2.1 and Y missing a partner: a colour, not a black
    [InlineData("0 0 0 rg", true)]             // RGB black
    [InlineData("0.2 0.2 0.2 rg", true)]       // RGB dark grey
    [InlineData("0.5 0.5 0.5 rg", false)]      // RGB mid grey: not dark
    [InlineData("1 0 0 rg", false)]            // red
    [InlineData("0 g", false)]                 // DeviceGray maps to K
    [InlineData("3 Tr 0 0 0 rg", false)]       // invisible text
    [InlineData("1 Tr 1 1 1 rg 0 0 0 RG", true)] // outlined text: the stroke colour counts
    public void Black_and_grey_text_must_be_K_only(string colour, bool flagged)
    {
        var report = Check($"BT /F1 12 Tf {colour} 72 720 Td (Text) Tj ET");
        Assert.Equal(flagged, report.Findings.Any(f => f.Code == C.RichBlackText));
    }

    [Fact]
    public void Black_is_judged_by_the_colour_in_force_when_text_is_shown()
    {
        var report = Check("0.6 0.5 0.4 1 k q 0 0 0 1 k Q BT /F1 12 Tf 72 720 Td (A) Tj 0 0 0 1 k (B) Tj ET");
        Assert.Equal("1 text run(s) in black or grey built from several inks (e.g. C60 M50 Y40 K100); black and grey text must be K only (0/0/0/k)",
            Message(report, C.RichBlackText));
    }

    [Fact]
    public void A_form_that_draws_itself_does_not_hang()
    {
        var pdf = new MiniPdf();
        int catalog = pdf.Reserve(), pages = pdf.Reserve(), form = pdf.Reserve();
        pdf.SetStream(form, $"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /Fm {form} 0 R >> >>",
            MiniPdf.Latin1("0.1 w 0 0 m 5 5 l S /Fm Do"));
        int contents = pdf.AddStream("", "/Fm Do");
        int page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 100 100] /Contents {contents} 0 R /Resources << /XObject << /Fm {form} 0 R >> >> >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        var report = Preflighter.Check(pdf.Build(catalog));
        Assert.Contains("1 stroke(s)", Message(report, C.Hairline));
    }
}
