using System.Diagnostics;
using Hengnan.Report.Compose;
using UglyToad.PdfPig;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>
/// A build uses both cores (sections laid out side by side, pages written side by side) and gives the bytes of a
/// build on one core. The long edition is generated from the sample by bench/generate-edition.sh (synthetic, for
/// tests and benchmarks only); it also shows there is no page limit (the old engine stopped at 400 pages).
/// </summary>
public sealed class ParallelBuildTests
{
    private static (byte[] Pdf, BuildResult Result) Build(string edition, int cores, LanguageMode mode = LanguageMode.Bilingual)
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(edition, output, mode) { MaxDegreeOfParallelism = cores });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return (File.ReadAllBytes(result.PdfPath!), result);
        }
        finally { Directory.Delete(output, true); }
    }

    private static void SameBuild((byte[] Pdf, BuildResult Result) one, (byte[] Pdf, BuildResult Result) many)
    {
        Assert.Equal(one.Result.Diagnostics.Select(d => d.ToString()), many.Result.Diagnostics.Select(d => d.ToString()));
        Assert.True(one.Pdf.AsSpan().SequenceEqual(many.Pdf), $"the PDFs differ ({one.Pdf.Length} and {many.Pdf.Length} bytes)");
    }

    [Theory]
    [InlineData(LanguageMode.Bilingual)]
    [InlineData(LanguageMode.En)]
    public void TheSampleOnSeveralCoresIsByteIdenticalToOneCore(LanguageMode mode) =>
        SameBuild(Build(RepositoryPaths.SampleEdition, 1, mode), Build(RepositoryPaths.SampleEdition, 4, mode));

    [Fact]
    public void ALongEditionOnSeveralCoresIsByteIdenticalToOneCoreAndHasNoPageLimit()
    {
        var edition = RepositoryPaths.NewTempFolder();
        try
        {
            Generate(450, edition);
            var one = Build(edition, 1);
            var many = Build(edition, 4);
            SameBuild(one, many);
            using var pdf = PdfDocument.Open(many.Pdf);
            Assert.True(pdf.NumberOfPages > 400, $"{pdf.NumberOfPages} pages");
            Assert.Equal(many.Result.Pages.Count, pdf.NumberOfPages);
            // Every section is there, each with its bookmark: the layout ran to the end.
            int sections = File.ReadLines(Path.Combine(edition, "outline.txt")).Count(l => l.StartsWith("[section ", StringComparison.Ordinal));
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            Assert.Equal(sections, bookmarks.Roots.Count(b => b.Children.Count > 0));
        }
        finally { Directory.Delete(edition, true); }
    }

    /// <summary>A synthetic edition of about <paramref name="pages"/> pages: the sample's sections repeated, one section each time.</summary>
    private static void Generate(int pages, string folder)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "bench", "generate-edition.sh"));
        info.ArgumentList.Add(pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add(folder);
        info.Environment["MAX_SECTIONS"] = "0";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
    }
}
