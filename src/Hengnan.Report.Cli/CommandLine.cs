using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Hengnan.Report;
using Hengnan.Report.Compose;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Cli;

/// <summary>
/// The hengnan-report command line: a thin shell over the library; every command is a few lines.
/// Exit codes: 0 ok (warnings allowed), 1 input error, 2 usage error (a wrong option or value),
/// 3 internal error (a bug: one line, the stack trace only with --verbose).
/// </summary>
public static class CommandLine
{
    public const int Ok = 0, InputError = 1, UsageError = 2, InternalError = 3;

    private static readonly HashSet<string> Commands = ["build", "validate", "init", "preflight"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // The language of help and messages is known before the commands are described: --ui, else the system's.
        int uiAt = Array.IndexOf(args, "--ui");
        try
        {
            _ui = Ui.Detect(uiAt >= 0 && uiAt + 1 < args.Length ? args[uiAt + 1] : null);
        }
        catch (ArgumentException)
        {
            stderr.WriteLine("error: --ui must be zh or en");
            return UsageError;
        }
        // A folder dropped on the program (or named alone) is built; a double-click with nothing builds the
        // input folder beside the program, or explains what to do.
        if (args.Length == 1 && !args[0].StartsWith('-') && !Commands.Contains(args[0]) && Directory.Exists(args[0]))
            args = ["build", args[0], "--out", Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[0]).TrimEnd(Path.DirectorySeparatorChar))!, "output")];
        else if (args.Length == 0)
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "input");
            if (!Directory.Exists(beside))
            {
                stderr.WriteLine("使用方法：把版本文件夹（含 edition.txt、indicators.csv、outline.txt）拖到本程序图标上，即可在旁边的 output 文件夹中生成宣传册 PDF；");
                stderr.WriteLine("或在命令行中输入：hengnan-report build 文件夹。输入 hengnan-report --help 查看全部命令。");
                stderr.WriteLine("How to use: drop an edition folder (edition.txt, indicators.csv, outline.txt) on this program to build its brochure into the output folder beside it,");
                stderr.WriteLine("or type: hengnan-report build FOLDER. hengnan-report --help lists every command.");
                return UsageError;
            }
            args = ["build", beside, "--out", Path.Combine(AppContext.BaseDirectory, "output")];
        }

        var uiOption = new Option<string?>("--ui") { Description = Say("提示信息的语言：zh（中文）或 en（英文）；默认随系统", "Language of messages: zh or en (default: the system's; Chinese on a Chinese system)"), Recursive = true };
        var verbose = new Option<bool>("--verbose") { Description = Say("显示各步用时；程序出错时显示详细信息", "Show timings and, on a crash, the stack trace"), Recursive = true };
        var edition = new Argument<string>("edition") { HelpName = Say("版本文件夹", "edition-folder"), Description = Say("版本文件夹（含 edition.txt、indicators.csv、outline.txt）", "The edition folder"), DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--out", "-o") { HelpName = Say("文件夹", "folder"), Description = Say("PDF 写到哪个文件夹", "Where to write the PDF"), DefaultValueFactory = _ => "output" };
        var lang = new Option<string>("--lang") { Description = Say("语言：both（中英对照）、zh（仅中文）或 en（仅英文）", "Languages: both (Chinese then English), zh or en"), DefaultValueFactory = _ => "both" };
        lang.AcceptOnlyFromAmong("both", "zh", "en");
        var encoding = new Option<string?>("--encoding") { HelpName = Say("编码", "encoding"), Description = Say("输入文件的编码（utf-8、utf-16、gb18030）；不写则自动识别", "Encoding of the input files (utf-8, utf-16, gb18030); detected when not given") };
        var bleed = new Option<float>("--bleed") { HelpName = Say("毫米", "mm"), Description = Say("出血（毫米），印刷厂通常要求 3", "Bleed around the trimmed page in mm (print shops usually ask for 3)"), DefaultValueFactory = _ => 0 };
        var cropMarks = new Option<bool>("--crop-marks") { Description = Say("在出血外画裁切线", "Draw crop marks outside the bleed") };
        var impose = new Option<bool>("--impose") { Description = Say("另外生成骑马钉拼版文件（….spreads.pdf）", "Also write printer spreads for a saddle-stitched booklet (….spreads.pdf)") };
        var quiet = new Option<bool>("--quiet", "-q") { Description = Say("只显示错误", "Print errors only") };
        var pdfx = new Option<bool>("--pdfx") { Description = Say("生成交印刷厂的 PDF/X-4（CMYK 输出意图、不含 RGB、照片 300 ppi）并做印前检查", "Write PDF/X-4 for the print shop (CMYK output intent, no RGB, photos at 300 ppi) and preflight it") };
        var preview = new Option<float>("--preview") { HelpName = Say("dpi", "dpi"), Description = Say("另外按此分辨率（dpi）生成每页的 PNG 预览图", "Also write PNG previews of every page at this dpi"), DefaultValueFactory = _ => 0 };

        var watch = new Option<bool>("--watch") { Description = Say("持续运行，版本文件一有改动就重新生成（按 Ctrl+C 停止）", "Keep running and rebuild whenever a file of the edition changes (Ctrl+C stops)") };
        var format = new Option<string>("--format") { Description = Say("输出格式：text（文件:行:列: …）或 json（供其他程序读取）", "Output: text (file:line:col: ...) or json (for tools)"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var build = new Command("build", Say("由版本文件夹生成宣传册 PDF", "Build the brochure PDF from an edition folder"));
        build.Options.Add(format);
        build.Options.Add(watch);
        build.Arguments.Add(edition);
        build.Options.Add(output);
        build.Options.Add(lang);
        build.Options.Add(encoding);
        build.Options.Add(preview);
        build.Options.Add(bleed);
        build.Options.Add(cropMarks);
        build.Options.Add(impose);
        build.Options.Add(pdfx);
        build.Options.Add(quiet);
        build.SetAction(parse => Guard(parse.GetValue(verbose), parse.GetValue(format) == "json", stdout, stderr, () =>
        {
            var request = new BuildRequest(parse.GetValue(edition)!, parse.GetValue(output)!, ParseMode(parse.GetValue(lang)!))
            {
                Encoding = EncodingOf(parse.GetValue(encoding)),
                PreviewDpi = parse.GetValue(preview),
                BleedMm = parse.GetValue(bleed),
                CropMarks = parse.GetValue(cropMarks),
                Impose = parse.GetValue(impose),
                PdfX = parse.GetValue(pdfx),
            };
            // Option values are checked before any work (NaN and infinity included).
            if (!float.IsFinite(request.BleedMm) || request.BleedMm is < 0 or > 10)
                throw new UsageException(Say("--bleed 须为 0 至 10 之间的毫米数（通常为 3）", "--bleed must be a number of millimetres from 0 to 10 (3 is usual)"));
            if (!float.IsFinite(request.PreviewDpi) || request.PreviewDpi is < 0 or > 1200 || request.PreviewDpi is > 0 and < 10)
                throw new UsageException(Say("--preview 须为 10 至 1200 dpi 之间的分辨率（0 表示不生成预览）", "--preview must be a resolution from 10 to 1200 dpi (or 0 for none)"));
            var clock = Stopwatch.StartNew();
            var result = BrochureBuilder.Build(request);
            if (parse.GetValue(format) == "json" && !parse.GetValue(watch))
            {
                stdout.WriteLine(DiagnosticJson.SerializeBuild(result.PdfPath, result.Diagnostics));
                return result.Succeeded ? 0 : 1;
            }
            bool silent = parse.GetValue(quiet);
            Report(silent ? result.Diagnostics.Where(d => d.Severity == Severity.Error) : result.Diagnostics, stderr);
            if (!result.Succeeded && !parse.GetValue(watch))
            {
                stderr.WriteLine(Say("生成失败：没有写出任何文件。", "build failed: nothing was written."));
                return 1;
            }
            if (parse.GetValue(verbose))
            {
                foreach (var (stage, time) in result.Timings) stderr.WriteLine($"  {stage,-8} {time.TotalMilliseconds,7:0} ms");
                stderr.WriteLine($"  {result.Pages.Count} pages, {result.Bytes / 1024.0:0} KiB, {clock.ElapsedMilliseconds} ms");
            }
            if (result.Succeeded && !silent)
            {
                stdout.WriteLine(result.PdfPath);
                // Every file written, with its pages and size, so the staff know what to take to the print shop.
                foreach (var file in result.Files)
                {
                    var size = new FileInfo(file).Length;
                    var what = file.EndsWith(".spreads.pdf", StringComparison.Ordinal) ? $"{(result.Pages.Count + result.PaddingPages) / 2} sheet sides"
                        : file.EndsWith(".pdf", StringComparison.Ordinal) ? $"{result.Pages.Count} pages" : "preview";
                    var sizeText = size >= 1 << 20 ? $"{size / 1048576.0:0.0} MB" : $"{size / 1024.0:0} KB";
                    stderr.WriteLine(Say($"  已写出 {file}（{what.Replace(" pages", " 页").Replace(" sheet sides", " 个印张面").Replace("preview", "预览图")}，{sizeText}）", $"  wrote {file} ({what}, {sizeText})"));
                }
            }
            if (result.Succeeded && request.Impose && !silent)
                stderr.WriteLine(result.PaddingPages == 0
                    ? "spreads: the booklet is a multiple of four pages; no blank page added"
                    : $"spreads: {result.PaddingPages} blank page(s) added before the back cover to make a multiple of four");
            if (!parse.GetValue(watch)) return 0;
            using var watcher = new EditionWatcher(request.EditionFolder, () => BrochureBuilder.Build(request), stdout, ignore: request.OutputFolder);
            using var stop = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Set();
            };
            using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Set();
            });
            watcher.Start();
            stdout.WriteLine($"watching {watcher.Folder} — Ctrl+C to stop");
            stop.Wait();
            return 0;
        }));

        var validate = new Command("validate", Say("检查版本文件夹（完整排版一遍，但不写出文件）", "Check an edition folder without writing anything"));
        validate.Arguments.Add(edition);
        validate.Options.Add(encoding);
        validate.Options.Add(format);
        // The options that change what a build lays out or checks, so that validate checks the same build.
        validate.Options.Add(lang);
        validate.Options.Add(pdfx);
        validate.SetAction(parse => Guard(parse.GetValue(verbose), parse.GetValue(format) == "json", stdout, stderr, () =>
        {
            // validate is build without writing: it lays the brochure out and exports it in memory, so "ok" means build succeeds.
            var result = BrochureBuilder.Build(new BuildRequest(parse.GetValue(edition)!, "output", ParseMode(parse.GetValue(lang)!))
            {
                Encoding = EncodingOf(parse.GetValue(encoding)),
                PdfX = parse.GetValue(pdfx),
                WriteFiles = false,
            });
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(DiagnosticJson.Serialize(result.Diagnostics));
                return result.Succeeded ? 0 : 1;
            }
            Report(result.Diagnostics, stderr);
            if (!result.Succeeded) return 1;
            stdout.WriteLine(Say($"{parse.GetValue(edition)}：检查通过（{result.Pages.Count} 页）", $"{parse.GetValue(edition)}: ok ({result.Pages.Count} pages)"));
            return 0;
        }));

        var from = new Option<string>("--from") { HelpName = Say("文件夹", "folder"), Description = Say("以哪个版本为基础", "The edition to start from"), DefaultValueFactory = _ => "input" };
        var year = new Option<int>("--year") { HelpName = Say("年份", "year"), Description = Say("新版本的年份", "The new edition's year"), Required = true };
        var initOut = new Option<string>("--out") { HelpName = Say("文件夹", "folder"), Description = Say("新版本的文件夹（须为新建或空文件夹）", "The folder for the new edition (must be new or empty)"), Required = true };
        var init = new Command("init", Say("由现有版本生成下一年的版本，并列出需要补充的数据", "Scaffold next year's edition from an existing one and list the figures it needs"));
        init.Options.Add(from);
        init.Options.Add(year);
        init.Options.Add(initOut);
        init.SetAction(parse => Guard(parse.GetValue(verbose), false, stdout, stderr, () =>
        {
            var bag = new DiagnosticBag();
            var result = EditionScaffolder.Scaffold(parse.GetValue(from)!, parse.GetValue(year), parse.GetValue(initOut)!, bag);
            Report(bag.Items, stderr);
            if (result is null) return 1;
            int shift = result.ToYear - result.FromYear;
            stdout.WriteLine(Say($"{result.Folder}：{result.ToYear} 年版，由 {result.FromYear} 年版生成（数字引用顺延了 {shift} 年）",
                $"{result.Folder}: the {result.ToYear} edition, from {result.FromYear} (figure references moved on {shift} years)"));
            foreach (var file in result.Written) stdout.WriteLine(Say($"  已写出 {file}", $"  wrote {file}"));
            if (result.Needed.Count == 0) stdout.WriteLine(Say("提纲引用的数字在指标表 indicators.csv 中都已齐全", "every figure the outline refers to is in indicators.csv"));
            else
            {
                stdout.WriteLine(Say($"指标表 indicators.csv 还缺 {result.Needed.Count} 个新数据，请各加一行：", $"indicators.csv needs {result.Needed.Count} new value(s) — add a row for each:"));
                foreach (var n in result.Needed)
                    stdout.WriteLine($"  {n.IndicatorId},{n.Year}" + (n.Label is { } l ? $"  ({l.Zh} / {l.En})" : ""));
            }
            if (result.ProseYears.Count > 0)
            {
                stdout.WriteLine(Say($"正文中直接写出的年份，请逐一检查（{result.ProseYears.Count} 处）：", $"years typed in the text, to check ({result.ProseYears.Count}):"));
                foreach (var d in result.ProseYears) stdout.WriteLine("  " + d.ToString(_ui).Split('\n')[0]);
            }
            stdout.WriteLine(Say("然后修改提纲 outline.txt 和 edition.txt（日期、标题），再运行：hengnan-report validate ",
                "then revise outline.txt and edition.txt (date, titles), and run: hengnan-report validate ") + result.Folder);
            return 0;
        }));

        var pdfFile = new Argument<string>("pdf") { HelpName = Say("PDF文件", "file.pdf"), Description = Say("要检查的 PDF（本工具或其他软件生成的均可）", "The PDF to check (ours or made by any other program)") };
        var chinese = new Option<bool>("--zh") { Description = Say("用中文显示检查结果", "Messages in Chinese") };
        var only = new Option<string>("--only") { Description = Say("只检查一项标准：pdfx（印刷，如拼版文件）或 pdfua（无障碍阅读）", "Check one standard: pdfx (print; e.g. printer spreads, which are not for readers) or pdfua (accessibility)"), DefaultValueFactory = _ => "both" };
        only.AcceptOnlyFromAmong("both", "pdfx", "pdfua");
        var preflight = new Command("preflight", Say("检查任意 PDF 是否符合 PDF/X-4（印刷）和 PDF/UA-1（无障碍阅读），有问题时退出码为 1", "Check any PDF for what stands in the way of PDF/X-4 (print) and PDF/UA-1 (accessibility); exit 1 when anything does"));
        preflight.Arguments.Add(pdfFile);
        preflight.Options.Add(chinese);
        preflight.Options.Add(only);
        preflight.SetAction(parse => Guard(parse.GetValue(verbose), false, stdout, stderr, () =>
        {
            var path = parse.GetValue(pdfFile)!;
            if (!File.Exists(path)) throw new InputException(Say($"没有文件“{path}”", $"no file '{path}'"));
            var report = Hengnan.Report.Preflight.Preflighter.Check(path);
            var standard = parse.GetValue(only) switch
            {
                "pdfx" => Hengnan.Report.Preflight.PreflightStandard.PdfX4,
                "pdfua" => Hengnan.Report.Preflight.PreflightStandard.PdfUA1,
                _ => null,
            };
            if (standard is not null) report = new Hengnan.Report.Preflight.PreflightReport(report.Findings.Where(f => f.Standard == standard));
            return PrintPreflight(report, parse.GetValue(chinese), path, stdout);
        }));

        var root = new RootCommand(Say("Hengnan.Report——由县域数据和文稿生成中英双语印刷宣传册", "Hengnan.Report — bilingual print brochures from a county's figures and narrative"));
        root.Options.Add(verbose);
        root.Options.Add(uiOption);
        root.Subcommands.Add(build);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(init);
        root.Subcommands.Add(preflight);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("(run hengnan-report --help for the commands and their options)");
            // Tools asked for JSON get it on every path, a usage error included.
            int f = Array.IndexOf(args, "--format");
            if (f >= 0 && f + 1 < args.Length && args[f + 1] == "json")
                stdout.WriteLine(DiagnosticJson.SerializeFailure(UsageError, string.Join("; ", parsed.Errors.Select(e => e.Message))));
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static LanguageMode ParseMode(string value) => value switch
    {
        "zh" => LanguageMode.Zh,
        "en" => LanguageMode.En,
        _ => LanguageMode.Bilingual,
    };

    private static Encoding? EncodingOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return name.ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false),
            "utf-16" or "utf16" => Encoding.Unicode,
            "gbk" or "gb2312" or "gb18030" => Encoding.GetEncoding("GB18030"),
            _ => Known(name),
        };

        static Encoding Known(string name)
        {
            try
            {
                return Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                throw new InputException(Say($"不认识的编码“{name}”；请用 utf-8、utf-16 或 gb18030", $"unknown encoding '{name}'; use utf-8, utf-16 or gb18030"));
            }
        }
    }

    /// <summary>Prints a preflight report; 0 when nothing stands in the way, 1 otherwise (warnings alone pass).</summary>
    private static int PrintPreflight(Hengnan.Report.Preflight.PreflightReport report, bool chinese, string path, TextWriter stdout)
    {
        var text = Hengnan.Report.Preflight.PreflightFormatter.Format(report, chinese);
        if (text.Length > 0) stdout.WriteLine(text.TrimEnd());
        stdout.WriteLine(report.Passed
            ? (chinese ? $"{path}：预检通过（PDF/X-4、PDF/UA-1）" : $"{path}: preflight passed (PDF/X-4, PDF/UA-1)")
            : (chinese ? $"{path}：预检未通过，问题见上" : $"{path}: preflight failed, see above"));
        return report.Passed ? Ok : InputError;
    }

    // Per call, not per process: tests (and a host) may run the command line on several threads at once.
    [ThreadStatic] private static UiLanguage _ui;

    /// <summary>The tool's own words in the user's language.</summary>
    private static string Say(string zh, string en) => _ui == UiLanguage.Zh ? zh : en;

    private static void Report(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var d in diagnostics) stderr.WriteLine(d.ToString(_ui));
    }

    /// <summary>
    /// A wrong value is a usage error (2), an input problem an input error (1), anything unexpected an
    /// internal error (3) in one clear line, the stack trace only with --verbose; with --format json the
    /// error is also given as JSON on standard output.
    /// </summary>
    private static int Guard(bool verbose, bool json, TextWriter stdout, TextWriter stderr, Func<int> action)
    {
        int Fail(int code, string message)
        {
            stderr.WriteLine(Say($"错误：{message}", $"error: {message}"));
            if (json) stdout.WriteLine(DiagnosticJson.SerializeFailure(code, message));
            return code;
        }
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            return Fail(UsageError, e.Message);
        }
        catch (InputException e)
        {
            return Fail(InputError, e.Message);
        }
        catch (Exception e) when (!Debugger.IsAttached)
        {
            int code = Fail(InternalError, e.Message);
            if (verbose) stderr.WriteLine(e);
            else stderr.WriteLine(Say("（加 --verbose 运行可看到详细信息）", "(run with --verbose for details)"));
            return code;
        }
    }
}
