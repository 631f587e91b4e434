using Hengnan.Report.Cli;
using Hengnan.Report.Tests.Editions;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>
/// What stands in the way of writing the outputs is the user's to put right, not a crash: a located diagnostic (WRT…)
/// in either language, exit 1, JSON with --format json, nothing replaced and nothing left behind.
/// </summary>
public sealed class OutputWriteTests
{
    /// <summary>Every file in <paramref name="folder"/> with its bytes.</summary>
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static void AssertSame(Dictionary<string, byte[]> before, string folder)
    {
        var now = Snapshot(folder);
        Assert.Equal(before.Keys.Order(), now.Keys.Order());
        foreach (var (name, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(now[name]), $"{name} was changed");
    }

    [Fact]
    public void OutNamingAFileIsAnInputErrorThatNamesIt()
    {
        using var edition = new SmallEdition();
        var file = Path.Combine(RepositoryPaths.NewTempFolder(), "output");
        File.WriteAllText(file, "not a folder");
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(CommandLine.InputError, CommandLine.Run(["build", edition.Folder, "--out", file, "--ui", "en"], new StringWriter(), stderr));
            Assert.Contains($"{file}: error WRT001: the output folder cannot be made or used", stderr.ToString());
            Assert.Contains("hint: --out names the folder", stderr.ToString());
            Assert.DoesNotContain("--verbose", stderr.ToString());

            stderr = new StringWriter();
            Assert.Equal(CommandLine.InputError, CommandLine.Run(["build", edition.Folder, "--out", file, "--ui", "zh"], new StringWriter(), stderr));
            Assert.Contains($"{file}: 错误 WRT001：无法创建或使用输出文件夹", stderr.ToString());

            var stdout = new StringWriter();
            Assert.Equal(CommandLine.InputError, CommandLine.Run(["build", edition.Folder, "--out", file, "--format", "json"], stdout, new StringWriter()));
            using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
            Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "WRT001" && d.GetProperty("file").GetString() == file);
            Assert.Equal("not a folder", File.ReadAllText(file));
        }
        finally { Directory.Delete(Path.GetDirectoryName(file)!, true); }
    }

    [Fact]
    public void InitIntoAFileIsAnInputErrorThatNamesIt()
    {
        var file = Path.Combine(RepositoryPaths.NewTempFolder(), "2022");
        File.WriteAllText(file, "not a folder");
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(CommandLine.InputError, CommandLine.Run(["init", "--from", RepositoryPaths.SampleEdition, "--year", "2022", "--out", file, "--ui", "en"], new StringWriter(), stderr));
            Assert.Contains($"{file}: error WRT001: the output folder cannot be made or used", stderr.ToString());
            Assert.DoesNotContain("--verbose", stderr.ToString());
            Assert.Equal("not a folder", File.ReadAllText(file));
        }
        finally { Directory.Delete(Path.GetDirectoryName(file)!, true); }
    }

    [Fact]
    public void AnOutputFolderThatCannotBeWrittenIsAnInputError()
    {
        // Root may write anywhere it has permissions for; /proc/self takes no new file from anyone.
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self")) return;
        using var edition = new SmallEdition();
        var stderr = new StringWriter();
        Assert.Equal(CommandLine.InputError, CommandLine.Run(["build", edition.Folder, "--out", "/proc/self", "--ui", "en"], new StringWriter(), stderr));
        Assert.Contains("/proc/self/test.pdf: error WRT003: this output cannot be written", stderr.ToString());
        Assert.DoesNotContain("--verbose", stderr.ToString());
    }

    [Theory]
    [InlineData("test-p01.png")]
    [InlineData("test.spreads.pdf")]
    public void AFolderWhereAnOutputGoesIsAnInputErrorAndReplacesNothing(string blocked)
    {
        using var edition = new SmallEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            string[] args = ["build", edition.Folder, "--out", output, "--impose", "--preview", "10", "--ui", "en"];
            Assert.Equal(0, CommandLine.Run(args, new StringWriter(), new StringWriter()));
            // The next build prints another figure; a folder stands where one of its files goes.
            var csv = Path.Combine(edition.Folder, "indicators.csv");
            File.WriteAllText(csv, File.ReadAllText(csv).Replace("356.01", "356.02"));
            File.Delete(Path.Combine(output, blocked));
            Directory.CreateDirectory(Path.Combine(output, blocked));
            var before = Snapshot(output);

            var stderr = new StringWriter();
            Assert.Equal(CommandLine.InputError, CommandLine.Run(args, new StringWriter(), stderr));
            Assert.Contains($"{Path.Combine(output, blocked)}: error WRT002: a folder stands where the build writes this file", stderr.ToString());
            Assert.Contains("nothing was written", stderr.ToString());
            AssertSame(before, output);
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void AFailureOnTheLastMoveLeavesEveryPreviousOutputByteIdenticalAndNoLitter()
    {
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var pdf = Path.Combine(folder, "a.pdf");
            File.WriteAllText(pdf, "previous pdf");
            File.WriteAllText(Path.Combine(folder, "a.spreads.pdf"), "previous spreads");
            File.WriteAllText(Path.Combine(folder, "a-p01.png"), "previous page 1");
            File.WriteAllText(Path.Combine(folder, "a-p02.png"), "previous page 2");
            var before = Snapshot(folder);
            // Once the first new output is in, the PDF's temporary file goes (as a virus scanner might take it): the PDF,
            // moved in last, cannot be; the spreads and the previews already moved in must be put back, page 3 (new) removed.
            OutputFiles.AtPoint.Value = point =>
            {
                if (point == "moves") File.Delete(Directory.GetFiles(folder, ".a.pdf.hengnan-tmp-*").Single());
            };
            try
            {
                var e = Assert.Throws<OutputException>(() => OutputFiles.WriteAll([(pdf, [1]), (Path.Combine(folder, "a.spreads.pdf"), [2]),
                    (Path.Combine(folder, "a-p01.png"), [3]), (Path.Combine(folder, "a-p02.png"), [4]), (Path.Combine(folder, "a-p03.png"), [5])]));
                Assert.Equal(OutputProblem.Replace, e.Problem);
                Assert.Equal(pdf, e.Target);
            }
            finally { OutputFiles.AtPoint.Value = null; }
            AssertSame(before, folder);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void ASuccessfulWriteReplacesEveryOutputAndLeavesNoLitter()
    {
        var folder = RepositoryPaths.NewTempFolder();
        try
        {
            var pdf = Path.Combine(folder, "a.pdf");
            File.WriteAllText(pdf, "previous pdf");
            File.WriteAllText(Path.Combine(folder, "a-p01.png"), "previous page 1");
            OutputFiles.WriteAll([(pdf, [1]), (Path.Combine(folder, "a-p01.png"), [2]), (Path.Combine(folder, "a-p02.png"), [3])]);
            var now = Snapshot(folder);
            Assert.Equal(["a-p01.png", "a-p02.png", "a.pdf"], now.Keys.Order(StringComparer.Ordinal));
            Assert.Equal([1], now["a.pdf"]);
            Assert.Equal([2], now["a-p01.png"]);
            Assert.Equal([3], now["a-p02.png"]);
        }
        finally { Directory.Delete(folder, true); }
    }
}
