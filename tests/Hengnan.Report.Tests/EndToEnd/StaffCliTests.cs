using Hengnan.Report.Cli;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>The command line as staff meet it: a folder dropped on the program, the list of files written, --quiet.</summary>
public sealed class StaffCliTests
{
    [Fact]
    public void AFolderNamedAloneIsBuiltIntoTheOutputFolderBesideIt()
    {
        var parent = RepositoryPaths.NewTempFolder();
        try
        {
            var edition = Path.Combine(parent, "第十三次");
            Directory.CreateDirectory(edition);
            foreach (var file in Directory.GetFiles(RepositoryPaths.SampleEdition)) File.Copy(file, Path.Combine(edition, Path.GetFileName(file)));
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, CommandLine.Run([edition], stdout, stderr));
            var pdf = Path.Combine(parent, "output", "hengnan-13th-congress-2021.pdf");
            Assert.True(File.Exists(pdf));
            // Every file written is listed with its pages and size.
            Assert.Matches(@"wrote .*hengnan-13th-congress-2021\.pdf \(\d+ pages, \d+ KB\)", stderr.ToString());
        }
        finally { Directory.Delete(parent, true); }
    }

    [Fact]
    public void NothingToBuildExplainsWhatToDoInChineseAndEnglish()
    {
        var stderr = new StringWriter();
        Assert.Equal(CommandLine.UsageError, CommandLine.Run([], new StringWriter(), stderr));
        Assert.Contains("拖到本程序", stderr.ToString());
        Assert.Contains("drop an edition folder", stderr.ToString());
    }

    [Fact]
    public void OpenOpensTheFinishedPdfAndOnlyAFinishedOne()
    {
        var output = RepositoryPaths.NewTempFolder();
        var edition = RepositoryPaths.CopySampleEdition();
        try
        {
            var opened = new List<string>();
            Assert.Equal(0, CommandLine.Run(["build", edition, "--out", output, "--open"], new StringWriter(), new StringWriter(), opened.Add));
            Assert.Equal([Path.Combine(output, "hengnan-13th-congress-2021.pdf")], opened);

            // No viewer: the PDF is there all the same, and the build says so without failing.
            var stderr = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["build", edition, "--out", output, "--open", "--ui", "zh"], new StringWriter(), stderr,
                _ => throw new System.ComponentModel.Win32Exception("no viewer")));
            Assert.Contains("没能打开 PDF", stderr.ToString());

            // A failed build opens nothing.
            var settings = Path.Combine(edition, "edition.txt");
            File.WriteAllText(settings, File.ReadAllText(settings).Replace("year: 2021", "year: 20x1"));
            opened.Clear();
            Assert.Equal(1, CommandLine.Run(["build", edition, "--out", output, "--open"], new StringWriter(), new StringWriter(), opened.Add));
            Assert.Empty(opened);
        }
        finally
        {
            Directory.Delete(output, true);
            Directory.Delete(edition, true);
        }
    }

    [Fact]
    public void QuietPrintsErrorsOnly()
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["build", RepositoryPaths.SampleEdition, "--out", output, "--quiet"], stdout, stderr));
            Assert.Equal("", stdout.ToString() + stderr.ToString());
            Assert.Single(Directory.GetFiles(output, "*.pdf"));
        }
        finally { Directory.Delete(output, true); }
    }
}

/// <summary>The tool's messages in the user's language: --ui zh or en, the same codes in both.</summary>
public sealed class UiLanguageCliTests
{
    [Theory]
    [InlineData("zh", "错误 EDN005：", "生成失败")]
    [InlineData("en", "error EDN005: ", "build failed")]
    public void DiagnosticsAndTheToolsOwnWordsFollowTheUiLanguage(string ui, string diagnostic, string failed)
    {
        var edition = RepositoryPaths.CopySampleEdition();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var file = Path.Combine(edition, "edition.txt");
            File.WriteAllText(file, File.ReadAllText(file).Replace("year: 2021", "year: 20x1"));
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["build", edition, "--out", output, "--ui", ui], new StringWriter(), stderr));
            Assert.Contains(diagnostic, stderr.ToString());
            Assert.Contains(failed, stderr.ToString());
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void TheSummaryIsInChineseForAChineseUi()
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(0, CommandLine.Run(["build", RepositoryPaths.SampleEdition, "--out", output, "--ui", "zh"], new StringWriter(), stderr));
            Assert.Matches(@"已写出 .*\.pdf（\d+ 页，\d+ KB）", stderr.ToString());
            Assert.Contains("警告 IMG001：", stderr.ToString());
        }
        finally { Directory.Delete(output, true); }
    }

    [Theory]
    [InlineData("zh", "由版本文件夹生成宣传册", "--bleed <毫米>")]
    [InlineData("en", "Build the brochure PDF from an edition folder", "--bleed <mm>")]
    public void HelpSpeaksTheUiLanguageWithMeaningfulPlaceholders(string ui, string description, string placeholder)
    {
        var stdout = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["build", "--help", "--ui", ui], stdout, new StringWriter()));
        Assert.Contains(description, stdout.ToString());
        Assert.Contains(placeholder, stdout.ToString());
    }

    [Theory]
    [InlineData("zh", new[] { "用法：", "选项：", "示例：", "（默认：input）", "显示帮助和示例" }, new[] { "Usage", "Options", "default", "Show help" })]
    [InlineData("en", new[] { "Usage:", "Options:", "Examples:", "(default: input)", "Show help and examples" }, new[] { "用法", "选项", "示例" })]
    public void EveryCommandsHelpIsWhollyInTheUiLanguageAndEndsWithExamples(string ui, string[] present, string[] absent)
    {
        foreach (var command in new[] { "build", "validate" })
        {
            var stdout = new StringWriter();
            Assert.Equal(0, CommandLine.Run([command, "--help", "--ui", ui], stdout, new StringWriter()));
            var help = stdout.ToString();
            foreach (var text in present) Assert.Contains(text, help);
            foreach (var text in absent) Assert.DoesNotContain(text, help);
            Assert.Matches($@"(示例：|Examples:)\s+hengnan-report {command}\b", help);
        }
        foreach (var command in new[] { "init", "preflight" })
        {
            var stdout = new StringWriter();
            Assert.Equal(0, CommandLine.Run([command, "--help", "--ui", ui], stdout, new StringWriter()));
            Assert.Matches($@"(示例：|Examples:)\s+hengnan-report {command} ", stdout.ToString());
        }
    }

    [Fact]
    public void ChineseHelpLinesUpByDisplayWidth()
    {
        var stdout = new StringWriter();
        CommandLine.Run(["build", "--help", "--ui", "zh"], stdout, new StringWriter());
        var lines = stdout.ToString().Split('\n').SkipWhile(l => !l.StartsWith("选项")).Skip(1).TakeWhile(l => l.StartsWith("  ")).ToList();
        Assert.True(lines.Count > 10);
        // The descriptions start in one terminal column, Chinese placeholders (<文件夹>) counting two columns a character.
        var columns = lines.Select(l => { int end = l.IndexOf("   ", 2, StringComparison.Ordinal); var left = l[..end]; int i = end; while (l[i] == ' ') i++; return left.Sum(c => c >= '\u1100' ? 2 : 1) + (i - end); }).Distinct();
        Assert.Single(columns);
    }

    [Theory]
    [InlineData("zh", new[] { "build", "--bleed", "abc" }, "错误：--bleed 后面应是毫米数，而不是“abc”")]
    [InlineData("en", new[] { "build", "--bleed", "abc" }, "error: --bleed takes a number of millimetres, not 'abc'")]
    [InlineData("zh", new[] { "buidl" }, "错误：不认识的命令或参数“buidl”")]
    [InlineData("zh", new[] { "init" }, "错误：缺少必需的选项 --year")]
    [InlineData("zh", new[] { "build", "--lang", "fr" }, "错误：--lang 不能是“fr”，只能是：both、zh、en")]
    [InlineData("en", new[] { "init", "--year", "x", "--out", "y" }, "error: --year takes a year such as 2026, not 'x'")]
    public void UsageErrorsAreWordedForTheUserWithNoTypeNames(string ui, string[] args, string expected)
    {
        var stderr = new StringWriter();
        Assert.Equal(CommandLine.UsageError, CommandLine.Run([.. args, "--ui", ui], new StringWriter(), stderr));
        Assert.Contains(expected, stderr.ToString());
        Assert.DoesNotContain("System.", stderr.ToString());
        Assert.DoesNotContain("expected type", stderr.ToString());
    }
}

/// <summary>Progress on a terminal: nothing for a stage under half a second, then the stage in the user's language, cleared at the end.</summary>
public sealed class ConsoleProgressTests
{
    [Theory]
    [InlineData(UiLanguage.Zh, "正在排版…（0.7 秒）", "正在生成预览图 2/18")]
    [InlineData(UiLanguage.En, "laying out the pages… 0.7 s", "page previews 2/18")]
    public void AStageShowsOnceItHasRunHalfASecondAndTheLineIsClearedAtTheEnd(UiLanguage ui, string layout, string previews)
    {
        var now = TimeSpan.Zero;
        var output = new StringWriter();
        using (var progress = new ConsoleProgress(output, ui, () => now, tick: false))
        {
            progress.Begin(BuildStage.Load);
            now += TimeSpan.FromSeconds(0.3);
            progress.Tick();
            Assert.Equal("", output.ToString());

            progress.Begin(BuildStage.Layout);
            now += TimeSpan.FromSeconds(0.7);
            progress.Tick();
            Assert.EndsWith(layout, output.ToString());

            progress.Begin(BuildStage.Previews, 18);
            progress.Advance();
            progress.Advance();
            now += TimeSpan.FromSeconds(0.6);
            progress.Tick();
            Assert.EndsWith(previews, output.ToString());
            progress.End();
        }
        // The last thing written blanks the status line and returns to its start.
        var text = output.ToString();
        Assert.Matches(@"\r +\r$", text);
        Assert.True(text.TrimEnd(' ', '\r').LastIndexOf('\r') >= 0);
    }

    private sealed class Recorder : IBuildProgress
    {
        public readonly List<string> Events = [];
        private int _advanced;
        public void Begin(BuildStage stage, int steps = 0) => Events.Add(steps > 0 ? $"{stage}/{steps}" : stage.ToString());
        public void Advance() => Interlocked.Increment(ref _advanced);
        public void End() => Events.Add($"End after {_advanced} steps");
    }

    [Fact]
    public void ABuildReportsEachStageInOrderAndEveryPreview()
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var recorder = new Recorder();
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, output) { Progress = recorder, PreviewDpi = 10, Impose = true });
            Assert.True(result.Succeeded);
            int pages = result.Pages.Count;
            Assert.Equal(["Load", "Layout", "Fonts", "Pdf", "Spreads", $"Previews/{pages}", "Write", $"End after {pages} steps"], recorder.Events);
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void OutputThatIsNotTheConsoleGetsNoProgress() => Assert.False(ConsoleProgress.IsInteractive(new StringWriter()));
}
