namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>clreq line-start and line-end rules checked on every printed line of the sample brochure, read back from the PDF.</summary>
public sealed class TypesettingTests(SampleBrochureFixture sample) : IClassFixture<SampleBrochureFixture>
{
    // clreq basic level, plus the strict rule for dashes and ellipses (typography.md §1.1).
    private const string NoStart = "、，。．：；！？‼⁇”’」』）》〉】〗〕］｝";
    private const string NoEnd = "“‘「『（《〈【〖〔［｛";

    [Fact]
    public void NoLineStartsOrEndsWithAForbiddenMark()
    {
        int checkedLines = 0;
        var failures = new List<string>();
        for (int p = 0; p < sample.Pdf.PageCount; p++)
        {
            foreach (var line in sample.Pdf.PageLines[p])
            {
                checkedLines++;
                if (NoStart.Contains(line[0]) || line.StartsWith("——") || line.StartsWith("……"))
                    failures.Add($"page {p + 1} starts with '{line[0]}': {line}");
                if (NoEnd.Contains(line[^1]))
                    failures.Add($"page {p + 1} ends with '{line[^1]}': {line}");
            }
        }
        Assert.True(checkedLines > 400, $"only {checkedLines} lines read");
        Assert.Empty(failures);
    }
}
