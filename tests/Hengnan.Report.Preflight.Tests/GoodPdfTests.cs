using C = Hengnan.Report.Preflight.PreflightCodes;

namespace Hengnan.Report.Preflight.Tests;

/// <summary>
/// The good hand-written PDF passes with no finding at all; breaking one thing in it brings back exactly the
/// finding for that thing (so each check is shown to pass on a PDF that gets its matter right).
/// </summary>
public class GoodPdfTests
{
    private static string Codes(PreflightReport report) => string.Join(' ', report.Findings.Select(f => f.Code).Distinct());

    [Fact]
    public void The_good_pdf_passes_with_no_finding()
    {
        var report = Preflighter.Check(SamplePdfs.Good());
        Assert.True(report.Findings.Count == 0, report.Format(chinese: false));
        Assert.True(report.Passed);
        Assert.Equal("", report.Format(chinese: true));
    }

    public static TheoryData<string, string, string> ContentBreakages => new()
    {
        // name, text to replace in the good content, replacement; the expected codes follow from the name
        { "PF003 PF014", "0 0 0 1 k 72 720 Td", "0 0 0 rg 72 720 Td" },
        { "PF014", "0 0 0 1 k 72 720 Td", "0.7 0.6 0.6 1 k 72 720 Td" },
        { "PF014", "0 0 0 1 k 72 720 Td", "0.9 0.9 0.9 0.7 k 72 720 Td" },
        { "PF012", "36 0 0 36 72 600 cm", "200 0 0 200 72 400 cm" },
        { "PF011", "36 0 0 36 72 600 cm", "72 0 0 72 72 600 cm" },
        { "PF013", "0.5 w", "0.2 w" },
        { "PF013", "0.5 w", "0 w" },
        { "PF024", "/P <</MCID 0>> BDC BT", "BT" },
        { "PF003", "/Artifact BMC", "/Artifact BMC /DeviceRGB CS" },
    };

    [Theory]
    [MemberData(nameof(ContentBreakages))]
    public void Breaking_the_content_brings_back_exactly_its_finding(string expected, string find, string replace)
    {
        var report = Preflighter.Check(SamplePdfs.Good(editContent: c => Replace(c, find, replace)));
        Assert.Equal(expected, Codes(report));
    }

    public static TheoryData<string, string, string> CatalogBreakages => new()
    {
        { C.NotMarked, "/MarkInfo << /Marked true >>", "/MarkInfo << /Marked false >>" },
        { C.NoLanguage, "/Lang (en-GB)", "" },
        { C.NoDisplayDocTitle, "/DisplayDocTitle true", "/DisplayDocTitle false" },
        { C.NoOutputIntent, "/OutputIntents [", "/OutputIntentsGone [" },
        { C.OutputIntentNoProfile, "/OutputIntents [", "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (X) >> " },
    };

    [Theory]
    [MemberData(nameof(CatalogBreakages))]
    public void Breaking_the_catalog_brings_back_exactly_its_finding(string expected, string find, string replace)
    {
        var report = Preflighter.Check(SamplePdfs.Good(editCatalog: c => Replace(c, find, replace)));
        Assert.Equal(expected, Codes(report));
    }

    [Fact]
    public void Without_a_structure_tree_only_that_is_reported()
    {
        var report = Preflighter.Check(SamplePdfs.Good(editCatalog: c => System.Text.RegularExpressions.Regex.Replace(c, @"/StructTreeRoot \d+ 0 R", "")));
        Assert.Equal(C.NoStructureTree, Codes(report));
    }

    [Fact]
    public void An_intent_placed_first_without_a_profile_is_the_one_judged()
    {
        // The GTS_PDFX intent the checker reads is the first one; the good one follows it.
        var report = Preflighter.Check(SamplePdfs.Good(editCatalog: c => Replace(c, "/OutputIntents [",
            "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (X) /DestOutputProfileRef << /URL (x) >> >> ")));
        Assert.True(report.Passed, report.Format(false));
    }

    public static TheoryData<string, string, string> XmpBreakages => new()
    {
        { C.NoXmpTitle, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Good brochure</rdf:li></rdf:Alt></dc:title>", "" },
        { C.NoPdfUaId, "<pdfuaid:part>1</pdfuaid:part>", "" },
        { C.NoPdfxVersion, "pdfxid:GTS_PDFXVersion=\"PDF/X-4\"", "pdfxid:GTS_PDFXVersion=\"PDF/X-1a:2001\"" },
        { C.NoXmpTitle + " " + C.NoPdfUaId, "<x:xmpmeta", "<<not xml" },
    };

    [Theory]
    [MemberData(nameof(XmpBreakages))]
    public void Breaking_the_xmp_brings_back_exactly_its_finding(string expected, string find, string replace)
    {
        var report = Preflighter.Check(SamplePdfs.Good(editXmp: x => Replace(x, find, replace)));
        Assert.Equal(expected, Codes(report));
    }

    [Fact]
    public void The_pdfx_version_in_the_document_information_is_enough()
    {
        var report = Preflighter.Check(SamplePdfs.Good(editXmp: x => Replace(x, "pdfxid:GTS_PDFXVersion=\"PDF/X-4\"", "")));
        Assert.True(report.Passed, report.Format(false));
    }

    public static TheoryData<string, string, string> PageBreakages => new()
    {
        { C.NoTrimBox, "/TrimBox [9 9 603 783]", "" },
        { C.NoBleedBox, "/BleedBox [0 0 612 792]", "" },
        { C.BoxNotNested, "/BleedBox [0 0 612 792]", "/BleedBox [-9 -9 621 801]" },
        { C.BoxNotNested, "/TrimBox [9 9 603 783]", "/TrimBox [9 9 603 793]" },
        { C.TrimAndArtBox, "/TrimBox [9 9 603 783]", "/TrimBox [9 9 603 783] /ArtBox [9 9 603 783]" },
    };

    [Theory]
    [MemberData(nameof(PageBreakages))]
    public void Breaking_the_page_brings_back_exactly_its_finding(string expected, string find, string replace)
    {
        var report = Preflighter.Check(SamplePdfs.Good(editPage: p => Replace(p, find, replace)));
        Assert.Equal(expected, Codes(report));
    }

    [Fact]
    public void A_missing_bleed_box_is_only_a_warning()
    {
        var report = Preflighter.Check(SamplePdfs.Good(editPage: p => Replace(p, "/BleedBox [0 0 612 792]", "")));
        Assert.Equal(PreflightSeverity.Warning, Assert.Single(report.Findings).Severity);
        Assert.True(report.Passed);
    }

    private static string Replace(string s, string find, string replace)
    {
        Assert.Contains(find, s);
        return s.Replace(find, replace);
    }
}
