using System.Diagnostics;
using System.IO.Compression;
using Hengnan.Report.Compose;
using UglyToad.PdfPig;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>
/// The tool as the office gets it: the self-contained package made by the documented publish profile, unzipped and
/// started with nothing (a double-click), and the .NET tool packed and installed into a tool path. Each prints the
/// sample brochure exactly as the library builds it here. One class, so the two never build the project at once.
/// </summary>
public sealed class PackageTests
{
    private static readonly string Cli = Path.Combine(RepositoryPaths.Root, "src", "Hengnan.Report.Cli");

    /// <summary>Runs a program to its end; its output, for the failure message.</summary>
    private static (int Code, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        // The test host's MSBuild settings would point a nested dotnet at the wrong SDK parts.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(name);
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The page texts of a PDF, to compare two builds of the same edition.</summary>
    private static string[] PageTexts(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.Text).ToArray();
    }

    private static string[] LibraryBuild(LanguageMode mode)
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, output, mode));
            Assert.True(result.Succeeded);
            return PageTexts(result.PdfPath!);
        }
        finally { Directory.Delete(output, true); }
    }

    /// <summary>Whether the linux-x64 profile compiles to native code here: the same rule as the profile (clang and
    /// lld installed, unless HengnanNative, an MSBuild property the publish also reads from the environment, decides).</summary>
    static bool NativeToolchain => Environment.GetEnvironmentVariable("HengnanNative") switch
    {
        "true" => true,
        "false" => false,
        _ => File.Exists("/usr/bin/clang") && File.Exists("/usr/bin/ld.lld"),
    };

    [Fact]
    public void ThePublishedPackageBuildsTheSampleBesideItWhenStartedWithNothing()
    {
        var work = RepositoryPaths.NewTempFolder();
        try
        {
            var zip = Path.Combine(work, "hengnan-report-linux-x64.zip");
            var (code, output) = Run(Dotnet, Cli, "publish", "-p:PublishProfile=linux-x64", $"-p:PublishDir={Path.Combine(work, "publish", "hengnan-report")}/",
                $"-p:HengnanPackageZip={zip}", "--disable-build-servers");
            Assert.True(code == 0, output);

            // What the office unzips: the program, its runtime, the fonts, the sample edition and the guide.
            var unzipped = Path.Combine(work, "unzipped");
            ZipFile.ExtractToDirectory(zip, unzipped);
            var folder = Path.Combine(unzipped, "hengnan-report");
            foreach (var part in new[] { "hengnan-report", "libSkiaSharp.so", "libHarfBuzzSharp.so", "fonts/NotoSerifSC_400Regular.ttf", "input/edition.txt", "使用说明.txt" })
                Assert.True(File.Exists(Path.Combine(folder, part)), $"the package has no {part}");
            if (NativeToolchain)
            {
                // Self-contained as native code (Native AOT): no runtime to carry, and no managed program needing one.
                Assert.False(File.Exists(Path.Combine(folder, "hengnan-report.dll")), "the program is not compiled to native code");
                Assert.False(File.Exists(Path.Combine(folder, "libcoreclr.so")), "the package carries a .NET runtime it does not need");
                Assert.Contains("Native AOT", output);
            }
            else
            {
                // No linker: ReadyToRun code with its own runtime, and the publish says how to get the native program.
                Assert.True(File.Exists(Path.Combine(folder, "libcoreclr.so")), "the package is not self-contained");
                Assert.Contains("install clang and lld", output);
            }
            Assert.Empty(Directory.GetFiles(folder, "*.dbg").Concat(Directory.GetFiles(folder, "*.pdb")));
            Assert.Contains("双击", File.ReadAllText(Path.Combine(folder, "使用说明.txt")));

            // A double-click: no arguments, started from elsewhere; the input beside the program is built into output beside it.
            (code, output) = Run(Path.Combine(folder, "hengnan-report"), work);
            Assert.True(code == 0, output);
            var pdf = Assert.Single(Directory.GetFiles(Path.Combine(folder, "output"), "*.pdf"));
            Assert.Contains(Path.GetFileName(pdf), output);
            Assert.Equal(LibraryBuild(LanguageMode.Bilingual), PageTexts(pdf));
        }
        finally { Directory.Delete(work, true); }
    }

    [Fact]
    public void TheToolPacksInstallsIntoAToolPathAndRuns()
    {
        var work = RepositoryPaths.NewTempFolder();
        try
        {
            var packages = Path.Combine(work, "nupkg");
            var (code, output) = Run(Dotnet, Cli, "pack", "-c", "Release", "-o", packages, "--disable-build-servers");
            Assert.True(code == 0, output);
            Assert.Single(Directory.GetFiles(packages, "hengnan-report.*.nupkg"));

            var tools = Path.Combine(work, "tools");
            (code, output) = Run(Dotnet, work, "tool", "install", "hengnan-report", "--tool-path", tools, "--add-source", packages);
            Assert.True(code == 0, output);

            var built = Path.Combine(work, "out");
            (code, output) = Run(Path.Combine(tools, "hengnan-report"), work, "build", RepositoryPaths.SampleEdition, "--out", built, "--lang", "en", "--ui", "en");
            Assert.True(code == 0, output);
            var pdf = Assert.Single(Directory.GetFiles(built, "*.en.pdf"));
            Assert.Equal(LibraryBuild(LanguageMode.En), PageTexts(pdf));
        }
        finally { Directory.Delete(work, true); }
    }
}
