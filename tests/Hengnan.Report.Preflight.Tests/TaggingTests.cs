using C = Hengnan.Report.Preflight.PreflightCodes;

namespace Hengnan.Report.Preflight.Tests;

/// <summary>A tagged PDF with holes: Figures without alternative text and text outside tagged content.</summary>
public class TaggingTests
{
    private static readonly PreflightReport Report = Preflighter.Check(SamplePdfs.TaggedWithHoles());

    [Fact]
    public void Figures_without_alt_are_found_on_their_pages_also_through_the_role_map()
    {
        var figures = Report.Findings.Where(f => f.Code == C.FigureWithoutAlt).Select(f => $"{f.Page}: {f.Message}");
        Assert.Equal(
        [
            "1: a Figure structure element has no alternative text (/Alt or /ActualText)",
            "2: a Photo (Figure) structure element has no alternative text (/Alt or /ActualText)",
        ], figures);
    }

    [Fact]
    public void Text_neither_tagged_nor_artifact_is_counted_per_page()
    {
        // Page 1: one run outside any marked content (the artifact and the MCID runs are fine).
        // Page 2: one run in a /Span BMC without MCID; the text inside the form drawn within MCID content is fine.
        var untagged = Report.Findings.Where(f => f.Code == C.UntaggedText).Select(f => $"{f.Page}: {f.Message}");
        Assert.Equal(
        [
            "1: 1 text run(s) are neither tagged content nor marked as artifacts",
            "2: 1 text run(s) are neither tagged content nor marked as artifacts",
        ], untagged);
    }

    [Fact]
    public void Tagging_flags_that_are_present_are_not_reported()
    {
        Assert.DoesNotContain(Report.Findings, f => f.Code is C.NotMarked or C.NoStructureTree or C.NoLanguage);
        Assert.Contains(Report.Findings, f => f.Code == C.NoDisplayDocTitle);
    }

    [Fact]
    public void Untagged_text_is_left_to_PF021_when_there_is_no_structure_tree()
    {
        var report = Preflighter.Check(SamplePdfs.OnePage("BT /F1 12 Tf 72 720 Td (Hello) Tj ET"));
        Assert.Contains(report.Findings, f => f.Code == C.NoStructureTree);
        Assert.DoesNotContain(report.Findings, f => f.Code == C.UntaggedText);
    }
}
