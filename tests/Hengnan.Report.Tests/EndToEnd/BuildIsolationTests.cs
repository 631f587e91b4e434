using Hengnan.Report.Compose;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>No process-wide state: builds running side by side in one process give what they give alone.</summary>
public sealed class BuildIsolationTests
{
    private static byte[] BuildAlone(LanguageMode mode, string folder) =>
        File.ReadAllBytes(BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, folder, mode)).PdfPath!);

    [Fact]
    public void TwoBuildsAtOnceGiveTheBytesOfEachAlone()
    {
        var folders = Enumerable.Range(0, 4).Select(_ => RepositoryPaths.NewTempFolder()).ToList();
        try
        {
            var zh = BuildAlone(LanguageMode.Zh, folders[0]);
            var both = BuildAlone(LanguageMode.Bilingual, folders[1]);
            var together = new[] { (LanguageMode.Zh, folders[2]), (LanguageMode.Bilingual, folders[3]) }
                .AsParallel().AsOrdered().WithDegreeOfParallelism(2)
                .Select(x => BuildAlone(x.Item1, x.Item2)).ToList();
            Assert.Equal(zh, together[0]);
            Assert.Equal(both, together[1]);
        }
        finally
        {
            foreach (var f in folders) Directory.Delete(f, true);
        }
    }
}
