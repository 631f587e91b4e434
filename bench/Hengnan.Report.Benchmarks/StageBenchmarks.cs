using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Hengnan.Report.Compose;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Export;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Fonts;

namespace Hengnan.Report.Benchmarks;

/// <summary>
/// Each stage of a build, as <see cref="BrochureBuilder"/> runs it: load (read and check the edition), layout (every
/// pass, sections on one core or on all), fonts (subset what was set), pdf (write the display lists), and the whole
/// build without writing (what validate does). On the sample and on an edition of about 1,000 pages generated from it
/// by bench/generate-edition.sh (synthetic, for benchmarks only).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _folder = "";
    private string? _generated;
    private EditionContent _content = null!;
    private PaperSize _paper = null!;
    private FontLibrary? _fonts;
    private PdfDocumentRequest? _pdf;

    [Params("sample", "1000")]
    public string Edition { get; set; } = "sample";

    /// <summary>Cores used by layout and export (the output does not depend on it).</summary>
    [Params(1, 2)]
    public int Cores { get; set; } = 2;

    [GlobalSetup]
    public void Setup()
    {
        var root = Root();
        if (Edition == "sample") _folder = Path.Combine(root, "input");
        else
        {
            _generated = _folder = Path.Combine(Path.GetTempPath(), "hengnan-bench", "p" + Edition);
            if (!File.Exists(Path.Combine(_folder, "outline.txt")))
            {
                var info = new ProcessStartInfo("bash") { RedirectStandardError = true };
                info.ArgumentList.Add(Path.Combine(root, "bench", "generate-edition.sh"));
                info.ArgumentList.Add(Edition);
                info.ArgumentList.Add(_folder);
                using var process = Process.Start(info)!;
                process.WaitForExit();
                if (process.ExitCode != 0) throw new InvalidOperationException(process.StandardError.ReadToEnd());
            }
        }
        _content = Load();
        PaperSize.TryParse(_content.Settings.Paper, out var paper);
        _paper = paper;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fonts?.Dispose();
        _fonts = null;
    }

    [Benchmark]
    public EditionContent Load() =>
        EditionLoader.Load(_folder, new DiagnosticBag(), null, false) ?? throw new InvalidOperationException("the edition does not load");

    [Benchmark]
    public int Layout()
    {
        using var fonts = Fonts();
        return LayOut(fonts).Count;
    }

    [IterationSetup(Target = nameof(SubsetFonts))]
    public void LaidOut()
    {
        _fonts?.Dispose();
        _fonts = Fonts();
        LayOut(_fonts);
    }

    [Benchmark]
    public void SubsetFonts() => _fonts!.Seal();

    [GlobalSetup(Target = nameof(Pdf))]
    public void ReadyToWrite()
    {
        Setup();
        _fonts = Fonts();
        var pages = LayOut(_fonts);
        _fonts.Seal();
        var lists = pages.Select(p => p.DisplayList()).ToList();
        _pdf = new PdfDocumentRequest(PrintSheets.Booklet(lists, _paper, new PrintMarks(0, false)),
            new PdfMetadata(_content.Settings.Title.Zh, _content.Settings.Author.Zh, _content.Settings.Congress.Zh, _content.Settings.Keywords, "zh-CN", _content.Settings.Date));
    }

    [Benchmark]
    public int Pdf() => PdfExporter.Write(_pdf!, new PdfWriteOptions(Cores)).Length;

    [Benchmark]
    public bool Validate() =>
        BrochureBuilder.Build(new BuildRequest(_folder, Path.GetTempPath()) { WriteFiles = false, MaxDegreeOfParallelism = Cores }).Succeeded;

    private FontLibrary Fonts() => new(FontLibrary.DefaultFolder, _content.Settings.Fonts);

    private List<PageModel> LayOut(FontLibrary fonts)
    {
        var typography = new Typography(fonts, Palette.From(_content.Settings.Colors), _content.Settings.NeverHyphenate);
        var context = new LayoutContext();
        var composer = new BrochureComposer(_content, typography, LanguageMode.Bilingual, _paper, context.Problems);
        var (pages, _) = BrochureBuilder.LayOut(composer, _paper, context, LanguageMode.Bilingual, false, Cores);
        BrochureBuilder.Decorate(_content, typography, LanguageMode.Bilingual, pages, context.Problems, _paper);
        return pages;
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hengnan.Report.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}
