using System.Diagnostics;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>All or nothing: a build killed at any point leaves the previous PDF whole, and the next build leaves no litter.</summary>
public sealed class FaultTests
{
    private static Process Start(string edition, string output)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "hengnan-report.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { cli, "build", edition, "--out", output, "--impose", "--preview", "20" }) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    [Fact]
    public void KilledBuildsLeaveThePreviousPdfWholeAndNoLitter()
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var first = BrochureBuilder.Build(new BuildRequest(edition, output));
            var pdf = first.PdfPath!;
            var before = File.ReadAllBytes(pdf);
            // The next builds would print a different figure: a finished one gives other bytes, a killed one none.
            var csv = Path.Combine(edition, "indicators.csv");
            File.WriteAllText(csv, File.ReadAllText(csv).Replace("356.01", "356.02"));
            var random = new Random(20261129);
            for (int run = 0; run < 6; run++)
            {
                using var process = Start(edition, output);
                Thread.Sleep(random.Next(100, 2500));
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.WaitForExit();
                var now = File.ReadAllBytes(pdf);
                Assert.True(now.AsSpan().SequenceEqual(before) || IsWholePdf(now), $"run {run}: the PDF is neither the previous one nor a whole new one");
                before = now;
            }
            // A killed run may leave a temporary file; the next build sweeps it, and leaves none of its own.
            var finished = BrochureBuilder.Build(new BuildRequest(edition, output) { Impose = true });
            Assert.True(finished.Succeeded);
            Assert.Empty(Directory.GetFiles(output, "*tmp*"));
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    /// <summary>
    /// A kill that surely lands inside the write: the build is made to wait at a point of <see cref="OutputFiles.WriteAll"/>
    /// (<see cref="OutputFiles.PauseVariable"/>, a hook for tests) and is killed there (SIGKILL: nothing of it runs after).
    /// The next build — one that fails on its input, so that it writes nothing itself — must first undo the killed run:
    /// every previous output back byte for byte (or, killed once every new output was in, the new ones kept whole) and
    /// no temporary, backup or journal file left.
    /// </summary>
    [Theory]
    [InlineData("temps")]
    [InlineData("backups")]
    [InlineData("moves")]
    [InlineData("committed")]
    public async Task AKillInsideTheWriteIsUndoneByTheNextBuild(string point)
    {
        using var edition = new Editions.SmallEdition();
        using var broken = new Editions.SmallEdition(outline: "[section economy]\nkpi: gdp@2020\n");
        var output = RepositoryPaths.NewTempFolder();
        var reference = RepositoryPaths.NewTempFolder();
        try
        {
            BuildRequest Request(string folder, string into) => new(folder, into) { Impose = true, PreviewDpi = 10 };
            Assert.True(BrochureBuilder.Build(Request(edition.Folder, output)).Succeeded);
            var before = Files(output);
            Assert.Contains("test.spreads.pdf", before.Keys);
            Assert.Contains("test-p01.png", before.Keys);
            // The killed build prints another figure: its outputs differ from the previous ones.
            var csv = Path.Combine(edition.Folder, "indicators.csv");
            File.WriteAllText(csv, File.ReadAllText(csv).Replace("356.01", "356.02"));

            var cli = Path.Combine(AppContext.BaseDirectory, "hengnan-report.dll");
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { cli, "build", edition.Folder, "--out", output, "--impose", "--preview", "10" }) info.ArgumentList.Add(a);
            info.Environment[OutputFiles.PauseVariable] = point;
            using (var process = Process.Start(info)!)
            {
                var paused = Task.Run(() =>
                {
                    while (process.StandardError.ReadLine() is { } line)
                        if (line == "hengnan-test-paused: " + point) return true;
                    return false;
                });
                bool reached;
                try { reached = await paused.WaitAsync(TimeSpan.FromSeconds(60)); }
                catch (TimeoutException) { reached = false; }
                process.Kill();
                process.WaitForExit();
                Assert.True(reached, $"the build did not reach '{point}'");
            }
            // Killed there, the output folder is in the middle of the write: litter, and after 'backups' no PDF in place.
            Assert.NotEqual(before.Keys.Order(), Files(output).Keys.Order());
            if (point is "backups") Assert.False(File.Exists(Path.Combine(output, "test.pdf")));

            Assert.False(BrochureBuilder.Build(Request(broken.Folder, output)).Succeeded);
            var after = Files(output);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            if (point == "committed")
            {
                // Every new output was in: the killed run's outputs are kept, whole (the same bytes as a build of the new figures).
                Assert.True(BrochureBuilder.Build(Request(edition.Folder, reference)).Succeeded);
                foreach (var (name, bytes) in Files(reference)) Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} is not the new one");
            }
            else
                foreach (var (name, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} is not the previous one");
        }
        finally
        {
            Directory.Delete(output, true);
            Directory.Delete(reference, true);
        }
    }

    /// <summary>Every file in <paramref name="folder"/> (hidden ones too: temporary, backup, journal) with its bytes.</summary>
    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static bool IsWholePdf(byte[] bytes)
    {
        var tail = System.Text.Encoding.ASCII.GetString(bytes, Math.Max(0, bytes.Length - 32), Math.Min(32, bytes.Length));
        if (!tail.Contains("%%EOF")) return false;
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return document.NumberOfPages > 10;
    }

    [Fact]
    public void AFailedWriteMovesNothingIntoPlaceAndLeavesNoTemporaryFile()
    {
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var pdf = Path.Combine(folder, "a.pdf");
            File.WriteAllText(pdf, "previous");
            // The second output cannot be written (its folder does not exist): the first must not be replaced.
            Assert.ThrowsAny<IOException>(() => OutputFiles.WriteAll([(pdf, [1, 2, 3]), (Path.Combine(folder, "missing", "b.png"), [4])]));
            Assert.Equal("previous", File.ReadAllText(pdf));
            Assert.Equal([pdf], Directory.GetFiles(folder));
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void AMoveThatFailsLeavesThePdfAsItWasAndNoTemporaryFile()
    {
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var pdf = Path.Combine(folder, "a.pdf");
            File.WriteAllText(pdf, "previous");
            // Every output can be written, but a preview's place is taken by a folder: the PDF must not have been replaced.
            var preview = Path.Combine(folder, "a-p01.png");
            Directory.CreateDirectory(preview);
            Assert.ThrowsAny<IOException>(() => OutputFiles.WriteAll([(pdf, [1, 2, 3]), (Path.Combine(folder, "a.spreads.pdf"), [5]), (preview, [4])]));
            Assert.Equal("previous", File.ReadAllText(pdf));
            Assert.Equal([pdf], Directory.GetFiles(folder));
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void StaleTemporaryFilesOfDeadRunsAreSwept()
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            // Synthetic litter of a run that was killed (process 2147483646 does not exist).
            var stale = Path.Combine(output, ".hengnan-13th-congress-2021.pdf.hengnan-tmp-2147483646");
            File.WriteAllText(stale, "half a PDF");
            Assert.True(BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, output)).Succeeded);
            Assert.False(File.Exists(stale));
        }
        finally { Directory.Delete(output, true); }
    }
}
