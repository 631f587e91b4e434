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

    private static readonly HashSet<string> Commands = ["build", "validate", "init", "preflight", "diff"];

    /// <param name="open">Opens a finished PDF for --open (tests record the call); the system's viewer when null.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Action<string>? open = null)
    {
        open ??= OpenWithSystem;

        // The language of help and messages is known before the commands are described: --ui, else the system's.
        int uiAt = Array.IndexOf(args, "--ui");
        try
        {
            _ui = Ui.Detect(uiAt >= 0 && uiAt + 1 < args.Length ? args[uiAt + 1] : null);
        }
        catch (ArgumentException)
        {
            stderr.WriteLine("错误：--ui 只能是 zh 或 en / error: --ui must be zh or en");
            // Tools asked for JSON get it on every path, this one included.
            if (AsksForJson(args)) stdout.WriteLine(DiagnosticJson.SerializeFailure(UsageError, "--ui must be zh or en"));
            return UsageError;
        }
        // A folder dropped on the program (or named alone) is built; a double-click with nothing builds the
        // input folder beside the program, or explains what to do.
        if (args.Length == 1 && !args[0].StartsWith('-') && !Commands.Contains(args[0]) && Directory.Exists(args[0]))
            args = ["build", args[0], "--out", Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[0]).TrimEnd(Path.DirectorySeparatorChar))!, "output"), .. OpenOnWindows];
        else if (args.Length == 0)
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "input");
            if (!Directory.Exists(beside))
            {
                stderr.WriteLine("使用方法：把版本文件夹（含 edition.txt、indicators.csv 或 indicators.xlsx、outline.txt）拖到本程序图标上，即可在旁边的 output 文件夹中生成宣传册 PDF；");
                stderr.WriteLine("或在命令行中输入：hengnan-report build 文件夹。输入 hengnan-report --help 查看全部命令。");
                stderr.WriteLine("How to use: drop an edition folder (edition.txt, indicators.csv or indicators.xlsx, outline.txt) on this program to build its brochure into the output folder beside it,");
                stderr.WriteLine("or type: hengnan-report build FOLDER. hengnan-report --help lists every command.");
                return UsageError;
            }
            args = ["build", beside, "--out", Path.Combine(AppContext.BaseDirectory, "output"), .. OpenOnWindows];
        }

        var uiOption = new Option<string?>("--ui") { HelpName = "zh|en", Description = Say("提示信息的语言：zh（中文）或 en（英文）；默认随系统", "Language of messages: zh or en (default: the system's; Chinese on a Chinese system)"), Recursive = true };
        var verbose = new Option<bool>("--verbose") { Description = Say("显示各步用时；程序出错时显示详细信息", "Show timings and, on a crash, the stack trace"), Recursive = true };
        var edition = new Argument<string>("edition") { HelpName = Say("版本文件夹", "edition-folder"), Description = Say("版本文件夹（含 edition.txt、indicators.csv 或 indicators.xlsx、outline.txt）", "The edition folder"), DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--out", "-o") { HelpName = Say("文件夹", "folder"), Description = Say("PDF 写到哪个文件夹", "Where to write the PDF"), DefaultValueFactory = _ => "output" };
        var lang = new Option<string>("--lang") { HelpName = "both|zh|en", Description = Say("语言：both（中英对照）、zh（仅中文）或 en（仅英文）", "Languages: both (Chinese then English), zh or en"), DefaultValueFactory = _ => "both" };
        OneOf(lang, "both", "zh", "en");
        var encoding = new Option<string?>("--encoding") { HelpName = Say("编码", "encoding"), Description = Say("输入文件的编码（utf-8、utf-16、gb18030）；不写则自动识别", "Encoding of the input files (utf-8, utf-16, gb18030); detected when not given") };
        var bleed = new Option<float>("--bleed") { HelpName = Say("毫米", "mm"), Description = Say("出血（毫米），印刷厂通常要求 3", "Bleed around the trimmed page in mm (print shops usually ask for 3)"), DefaultValueFactory = _ => 0 };
        bleed.CustomParser = r => Number(r, "--bleed", Say("毫米数", "a number of millimetres"));
        var cropMarks = new Option<bool>("--crop-marks") { Description = Say("在出血外画裁切线", "Draw crop marks outside the bleed") };
        var impose = new Option<bool>("--impose") { Description = Say("另外生成骑马钉拼版文件（….spreads.pdf）", "Also write printer spreads for a saddle-stitched booklet (….spreads.pdf)") };
        var quiet = new Option<bool>("--quiet", "-q") { Description = Say("只显示错误", "Print errors only") };
        var openOption = new Option<bool>("--open") { Description = Say("生成后用系统的 PDF 阅读器打开", "Open the finished PDF in the system's viewer") };
        var pdfx = new Option<bool>("--pdfx") { Description = Say("生成交印刷厂的 PDF/X-4（CMYK 输出意图、不含 RGB、照片 300 ppi）并做印前检查", "Write PDF/X-4 for the print shop (CMYK output intent, no RGB, photos at 300 ppi) and preflight it") };
        var preview = new Option<float>("--preview") { HelpName = Say("dpi", "dpi"), Description = Say("另外按此分辨率（dpi）生成每页的 PNG 预览图", "Also write PNG previews of every page at this dpi"), DefaultValueFactory = _ => 0 };
        preview.CustomParser = r => Number(r, "--preview", Say("分辨率（dpi）", "a resolution in dpi"));

        var final = new Option<bool>("--final") { Description = Say("定稿付印：只要还有占位内容（缺照片、日期待定、status: draft、正文中的 TODO 或“待定”）就报错，不生成文件；不加时这样的版本生成为每页印有“样稿”字样的样稿",
            "For the printer: refuse the edition while anything is a placeholder (a missing photo, a date not set, status: draft, TODO or 待定 in the text); without it, such an edition builds as a draft marked 样稿 DRAFT on every page") };
        var watch = new Option<bool>("--watch") { Description = Say("持续运行，版本文件一有改动就重新生成（按 Ctrl+C 停止）", "Keep running and rebuild whenever a file of the edition changes (Ctrl+C stops)") };
        var format = new Option<string>("--format") { HelpName = "text|json", Description = Say("输出格式：text（文件:行:列: …）或 json（供其他程序读取）", "Output: text (file:line:col: ...) or json (for tools)"), DefaultValueFactory = _ => "text" };
        OneOf(format, "text", "json");
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
        build.Options.Add(final);
        build.Options.Add(quiet);
        build.Options.Add(openOption);
        build.SetAction(parse => Guard(parse.GetValue(verbose), parse.GetValue(format) == "json", stdout, stderr, () =>
        {
            using var progress = Progress(stderr, parse.GetValue(quiet) || parse.GetValue(format) == "json");
            var request = new BuildRequest(parse.GetValue(edition)!, parse.GetValue(output)!, ParseMode(parse.GetValue(lang)!))
            {
                Progress = progress,
                Encoding = EncodingOf(parse.GetValue(encoding)),
                PreviewDpi = parse.GetValue(preview),
                BleedMm = parse.GetValue(bleed),
                CropMarks = parse.GetValue(cropMarks),
                Impose = parse.GetValue(impose),
                PdfX = parse.GetValue(pdfx),
                Final = parse.GetValue(final),
            };
            // Option values are checked before any work (NaN and infinity included).
            if (!float.IsFinite(request.BleedMm) || request.BleedMm is < 0 or > 10)
                throw new UsageException(Say("--bleed 须为 0 至 10 之间的毫米数（通常为 3）", "--bleed must be a number of millimetres from 0 to 10 (3 is usual)"));
            if (!float.IsFinite(request.PreviewDpi) || request.PreviewDpi is < 0 or > 1200 || request.PreviewDpi is > 0 and < 10)
                throw new UsageException(Say("--preview 须为 10 至 1200 之间的分辨率（dpi），或 0 表示不生成预览图", "--preview must be a resolution from 10 to 1200 dpi (or 0 for none)"));
            var clock = Stopwatch.StartNew();
            var result = BuildOnce(request);
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
                foreach (var (stage, time) in result.Timings)
                    stderr.WriteLine($"  {stage,-8} {time.TotalMilliseconds,7:0} ms{(result.Allocated.TryGetValue(stage, out var bytes) ? $" {bytes / 1048576.0,8:0.0} MiB allocated" : "")}");
                stderr.WriteLine($"  {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused");
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
            if (result.Succeeded && result.Draft && !silent)
                stderr.WriteLine(DraftNote);
            if (result.Succeeded && request.Impose && !silent)
            {
                // Where the build ran the credits on after the closing to save the booklet blank pages, it says so.
                if (result.CreditsRunOn)
                    stderr.WriteLine(Say("拼版：出版说明接排在结束语之后（不再单占一页），以少加空白页",
                        "spreads: the credits were run on after the closing (not on a page of their own) to save blank pages"));
                stderr.WriteLine(result.PaddingPages == 0
                    ? Say("拼版：页数已是 4 的倍数，没有加空白页", "spreads: the booklet is a multiple of four pages; no blank page added")
                    : Say($"拼版：为凑成 4 的倍数，在封底前加了 {result.PaddingPages} 个空白页", $"spreads: {result.PaddingPages} blank page(s) added before the back cover to make a multiple of four"));
            }
            if (result.Succeeded && parse.GetValue(openOption))
            {
                try { open(result.PdfPath!); }
                catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
                {
                    // The PDF is written; not finding a viewer is worth a line, not a failure.
                    stderr.WriteLine(Say($"注意：没能打开 PDF（{e.Message}），请到文件夹里双击打开", $"note: could not open the PDF ({e.Message}); open it from its folder"));
                }
            }
            if (!parse.GetValue(watch)) return 0;
            using var watcher = new EditionWatcher(request.EditionFolder, () => BuildOnce(request), stdout, ignore: request.OutputFolder, ui: _ui);
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
            stdout.WriteLine(Say($"正在监视 {watcher.Folder}，文件一保存就重新生成 —— 按 Ctrl+C 停止", $"watching {watcher.Folder} — Ctrl+C to stop"));
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
        validate.Options.Add(final);
        validate.SetAction(parse => Guard(parse.GetValue(verbose), parse.GetValue(format) == "json", stdout, stderr, () =>
        {
            // validate is build without writing: it lays the brochure out and exports it in memory, so "ok" means build succeeds.
            using var progress = Progress(stderr, parse.GetValue(format) == "json");
            var result = BuildOnce(new BuildRequest(parse.GetValue(edition)!, "output", ParseMode(parse.GetValue(lang)!))
            {
                Progress = progress,
                Encoding = EncodingOf(parse.GetValue(encoding)),
                PdfX = parse.GetValue(pdfx),
                Final = parse.GetValue(final),
                WriteFiles = false,
            });
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(DiagnosticJson.Serialize(result.Diagnostics));
                return result.Succeeded ? 0 : 1;
            }
            Report(result.Diagnostics, stderr);
            if (!result.Succeeded) return 1;
            if (result.Draft) stderr.WriteLine(DraftNote);
            stdout.WriteLine(Say($"{parse.GetValue(edition)}：检查通过（{result.Pages.Count} 页）", $"{parse.GetValue(edition)}: ok ({result.Pages.Count} pages)"));
            return 0;
        }));

        var from = new Option<string>("--from") { HelpName = Say("文件夹", "folder"), Description = Say("以哪个版本为基础", "The edition to start from"), DefaultValueFactory = _ => "input" };
        var year = new Option<int>("--year") { HelpName = Say("年份", "year"), Description = Say("新版本的年份", "The new edition's year"), Required = true };
        year.CustomParser = r => (int)Number(r, "--year", Say("四位数的年份，例如 2026", "a year such as 2026"), whole: true);
        var nextCongress = new Option<bool>("--next-congress") { Description = Say("换届：届次顺延（第十三次 → 第十四次）；不加则是同一届的年度版", "Move the congress on (13th → 14th); without it, a yearly edition of the same congress") };
        var initOut = new Option<string>("--out") { HelpName = Say("文件夹", "folder"), Description = Say("新版本的文件夹（须为新建或空文件夹）", "The folder for the new edition (must be new or empty)"), Required = true };
        var init = new Command("init", Say("由现有版本生成新一年（或下一届）的版本，并列出需要补充的数据和需要检查的词语", "Scaffold a new year's (or the next congress's) edition from an existing one and list the figures it needs and the words to check"));
        init.Options.Add(from);
        init.Options.Add(year);
        init.Options.Add(nextCongress);
        init.Options.Add(initOut);
        init.SetAction(parse => Guard(parse.GetValue(verbose), false, stdout, stderr, () =>
        {
            var bag = new DiagnosticBag();
            var result = EditionScaffolder.Scaffold(parse.GetValue(from)!, parse.GetValue(year), parse.GetValue(initOut)!, bag, parse.GetValue(nextCongress));
            Report(bag.Items, stderr);
            if (result is null) return 1;
            int shift = result.ToYear - result.FromYear;
            var congress = result.Congress is { } c
                ? (result.NextCongress ? Say($"第{ChineseNumeral.Format(c)}次党代会（届次已顺延）", $"the {StaleWords.English(c)} Congress (moved on)") : Say($"仍为第{ChineseNumeral.Format(c)}次党代会", $"still the {StaleWords.English(c)} Congress"))
                : null;
            stdout.WriteLine(Say($"{result.Folder}：{result.ToYear} 年版，由 {result.FromYear} 年版生成" + (congress is null ? "" : $"，{congress}") + $"（数字引用顺延了 {shift} 年）",
                $"{result.Folder}: the {result.ToYear} edition, from {result.FromYear}" + (congress is null ? "" : $", {congress}") + $" (figure references moved on {shift} year{(shift == 1 ? "" : "s")})"));
            foreach (var file in result.Written) stdout.WriteLine(Say($"  已写出 {file}", $"  wrote {file}"));
            var table = result.IndicatorsFile;
            if (result.Needed.Count == 0) stdout.WriteLine(Say($"提纲引用的数字在指标表 {table} 中都已齐全", $"every figure the outline refers to is in {table}"));
            else
            {
                stdout.WriteLine(Say($"指标表 {table} 还缺 {result.Needed.Count} 个新数据，请各加一行：", $"{table} needs {result.Needed.Count} new value(s) — add a row for each:"));
                foreach (var n in result.Needed)
                    stdout.WriteLine($"  {n.IndicatorId},{n.Year}" + (n.Label is { } l ? $"  ({l.Zh} / {l.En})" : ""));
            }
            if (result.ToCheck.Count > 0)
            {
                stdout.WriteLine(Say($"正文中与旧版本有关的词语（年份、规划、届次），请逐一检查（{result.ToCheck.Count} 处；validate 会一直提示，直到改正或用“# ok:”确认）：",
                    $"words of the text tied to the old edition (years, plans, congresses), to check ({result.ToCheck.Count}; validate reports them until they are revised or confirmed with '# ok:'):"));
                foreach (var d in result.ToCheck) stdout.WriteLine("  " + d.ToString(_ui).Split('\n')[0]);
            }
            stdout.WriteLine(Say("然后修改提纲 outline.txt 和 edition.txt（日期、标题），再运行：hengnan-report validate ",
                "then revise outline.txt and edition.txt (date, titles), and run: hengnan-report validate ") + result.Folder);
            return 0;
        }));

        var oldEdition = new Argument<string>("old") { HelpName = Say("旧版本", "old-edition"), Description = Say("上一版的文件夹", "The last edition's folder") };
        var newEdition = new Argument<string>("new") { HelpName = Say("新版本", "new-edition"), Description = Say("新一版的文件夹", "The new edition's folder") };
        var diff = new Command("diff", Say("比较两个版本：列出改动、新增或删除的数据和正文段落，供编辑核对", "Compare two editions: the figures and paragraphs changed, new or gone, for an editor to check"));
        diff.Arguments.Add(oldEdition);
        diff.Arguments.Add(newEdition);
        var diffFormat = new Option<string>("--format") { HelpName = "text|json", Description = Say("输出格式：text（供人阅读）或 json（供其他程序读取）", "Output: text (to read) or json (for tools)"), DefaultValueFactory = _ => "text" };
        OneOf(diffFormat, "text", "json");
        diff.Options.Add(diffFormat);
        diff.SetAction(parse => Guard(parse.GetValue(verbose), parse.GetValue(diffFormat) == "json", stdout, stderr, () =>
        {
            var bag = new DiagnosticBag();
            var result = EditionDiff.Compare(parse.GetValue(oldEdition)!, parse.GetValue(newEdition)!, bag);
            // Differences are what was asked for, not errors: 0 whenever both editions could be read.
            if (result is null)
            {
                if (parse.GetValue(diffFormat) == "json") stdout.WriteLine(DiagnosticJson.Serialize(bag.Items));
                Report(bag.Items, stderr);
                return 1;
            }
            stdout.WriteLine(parse.GetValue(diffFormat) == "json" ? DiffReport.Json(result) : DiffReport.Text(result, _ui));
            return 0;
        }));

        var pdfFile = new Argument<string>("pdf") { HelpName = Say("PDF文件", "file.pdf"), Description = Say("要检查的 PDF（本工具或其他软件生成的均可）", "The PDF to check (ours or made by any other program)") };
        var chinese = new Option<bool>("--zh") { Description = Say("用中文显示检查结果（中文系统默认如此）", "Messages in Chinese (the default on a Chinese system)") };
        var only = new Option<string>("--only") { HelpName = "pdfx|pdfua", Description = Say("只检查一项标准：pdfx（印刷，如拼版文件）或 pdfua（无障碍阅读）", "Check one standard: pdfx (print; e.g. printer spreads, which are not for readers) or pdfua (accessibility)"), DefaultValueFactory = _ => "both" };
        OneOf(only, "both", "pdfx", "pdfua");
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
            return PrintPreflight(report, parse.GetValue(chinese) || _ui == UiLanguage.Zh, path, standard, stdout);
        }));

        var root = new RootCommand(Say("Hengnan.Report——由县域数据和文稿生成中英双语印刷宣传册", "Hengnan.Report — bilingual print brochures from a county's figures and narrative"));
        root.Options.Add(verbose);
        root.Options.Add(uiOption);
        root.Subcommands.Add(build);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(init);
        root.Subcommands.Add(diff);
        root.Subcommands.Add(preflight);
        HelpPage.Install(root, _ui, Examples(root));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parsed.Errors) stderr.WriteLine(Say("错误：", "error: ") + ParseErrors.Word(error.Message, _ui));
            stderr.WriteLine(Say("（输入 hengnan-report --help 查看命令、选项和示例）", "(run hengnan-report --help for the commands, their options and examples)"));
            // Tools asked for JSON get it on every path, a usage error included.
            if (AsksForJson(args))
                stdout.WriteLine(DiagnosticJson.SerializeFailure(UsageError, string.Join("; ", parsed.Errors.Select(e => ParseErrors.Word(e.Message, _ui)))));
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>
    /// A build of the command line, the one thing the process does meanwhile: its first 64 MiB are allocated without a
    /// collection (a brochure of the sample's size needs about 35, and its one full collection, set off by a few large
    /// tables, took a tenth of the run); a longer build collects as usual past that point.
    /// </summary>
    private static BuildResult BuildOnce(BuildRequest request)
    {
        bool quiet;
        try { quiet = GC.TryStartNoGCRegion(64L << 20); }
        catch (InvalidOperationException) { quiet = false; }   // another build of this process holds one (tests run several)
        try { return BrochureBuilder.Build(request); }
        finally
        {
            // Past 64 MiB the region has ended by itself (a collection, then as usual); ending it again would throw.
            if (quiet && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                try { GC.EndNoGCRegion(); }
                catch (InvalidOperationException) { }
            }
        }
    }

    /// <summary>--format json among the arguments (also written --format=json or --format:json).</summary>
    private static bool AsksForJson(string[] args)
    {
        int f = Array.IndexOf(args, "--format");
        return (f >= 0 && f + 1 < args.Length && args[f + 1] == "json") || args.Any(a => a is "--format=json" or "--format:json");
    }

    /// <summary>Said after a build (or a validate) of an edition with placeholders.</summary>
    private static string DraftNote => Say("样稿：版本中还有占位内容（见上面的警告），每页都印有“样稿”字样；补齐后用 build --final 生成付印文件",
        "draft: the edition still has placeholders (see the warnings above), so every page is marked 样稿 DRAFT; fill them in and run build --final for the printer");

    /// <summary>Started from Explorer (a double-click, a folder dropped on the exe), the finished PDF is opened too.</summary>
    private static string[] OpenOnWindows => OperatingSystem.IsWindows() ? ["--open"] : [];

    /// <summary>Opens a file as a double-click would: Explorer's association on Windows, open on macOS, xdg-open elsewhere.</summary>
    private static void OpenWithSystem(string path)
    {
        var info = OperatingSystem.IsWindows() ? new ProcessStartInfo(path) { UseShellExecute = true }
            : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", [path]) { UseShellExecute = false };
        using var _ = Process.Start(info);
    }

    /// <summary>The worked examples at the end of each command's help.</summary>
    private static Dictionary<Command, Example[]> Examples(RootCommand root)
    {
        Command Sub(string name) => root.Subcommands.Single(c => c.Name == name);
        return new()
        {
            [root] =
            [
                new("hengnan-report", "（双击）生成程序旁边 input 文件夹的宣传册，写到旁边的 output 文件夹", "(a double-click) builds the input folder beside the program into output beside it"),
                new("hengnan-report 第十四次", "生成“第十四次”文件夹的宣传册，写到它旁边的 output 文件夹（把文件夹拖到程序上也一样）", "builds the folder 第十四次 into the output folder beside it (as dropping the folder on the program does)"),
                new("hengnan-report build --help", "查看 build 命令的全部选项和示例", "every option of build, with examples"),
            ],
            [Sub("build")] =
            [
                new("hengnan-report build", "生成 input 文件夹的中英对照宣传册，写到 output 文件夹", "builds the bilingual brochure of input/ into output/"),
                new("hengnan-report build 2026 --out 2026/output --lang zh", "只生成 2026 文件夹的中文版", "builds the Chinese-only edition of the folder 2026"),
                new("hengnan-report build --pdfx --bleed 3 --crop-marks --impose", "交印刷厂：PDF/X-4、3 毫米出血、裁切线，另附骑马钉拼版文件", "for the print shop: PDF/X-4, 3 mm bleed, crop marks, and printer spreads"),
                new("hengnan-report build --final --pdfx --bleed 3 --crop-marks", "定稿付印：有缺照片、日期待定等占位内容时不生成（否则每页印“样稿”字样）", "for the printer: refuses an edition with placeholders (a missing photo, a date not set), which otherwise builds marked 样稿 DRAFT"),
                new("hengnan-report build --open", "生成后直接打开 PDF", "opens the PDF once it is built"),
                new("hengnan-report build --preview 72", "另外生成每页的预览图（72 dpi）", "also writes a PNG preview of every page at 72 dpi"),
                new("hengnan-report build --watch", "边改边看：文件一保存就重新生成", "rebuilds whenever a file of the edition is saved"),
            ],
            [Sub("validate")] =
            [
                new("hengnan-report validate", "检查 input 文件夹，不写出任何文件", "checks input/ without writing anything"),
                new("hengnan-report validate 2026 --pdfx", "检查 2026 文件夹能否生成印刷用的 PDF/X-4", "checks that the folder 2026 builds as PDF/X-4 for print"),
                new("hengnan-report validate 2026 --final", "检查 2026 文件夹能否定稿付印（没有任何占位内容）", "checks that the folder 2026 has no placeholders left and builds for the printer"),
                new("hengnan-report validate --format json", "以 JSON 列出问题，供其他程序读取", "lists the problems as JSON, for other programs"),
            ],
            [Sub("init")] =
            [
                new("hengnan-report init --from input --year 2022 --out 2022", "由 input 生成同一届的 2022 年度版到 2022 文件夹，列出需要补充的数据和需要检查的词语", "makes the 2022 edition of the same congress in the folder 2022 from input/, listing the figures it needs and the words to check"),
                new("hengnan-report init --from input --year 2026 --next-congress --out 2026", "换届：生成下一届（第十四次）党代会的 2026 年版", "the next congress: makes the 2026 edition of the 14th Congress"),
            ],
            [Sub("diff")] =
            [
                new("hengnan-report diff input 2022", "列出 2022 文件夹相对 input 改动、新增或删除的数据和正文段落", "lists the figures and paragraphs of the folder 2022 changed, new or gone since input/"),
                new("hengnan-report diff input 2022 --format json", "以 JSON 列出改动，供其他程序读取", "lists the differences as JSON, for other programs"),
            ],
            [Sub("preflight")] =
            [
                new("hengnan-report preflight output/hengnan-13th-congress-2021.pdf", "检查交印刷厂的 PDF", "checks the PDF for the print shop"),
                new("hengnan-report preflight 拼版.pdf --only pdfx", "只按印刷标准检查（如拼版文件）", "checks against the print standard only (printer spreads)"),
            ],
        };
    }

    /// <summary>Restricts an option to <paramref name="values"/>, with a message in the user's language.</summary>
    private static void OneOf(Option<string> option, params string[] values) =>
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !values.Contains(r.Tokens[^1].Value))
                r.AddError(Say($"{option.Name} 不能是“{r.Tokens[^1].Value}”，只能是：{string.Join("、", values)}", $"{option.Name} cannot be '{r.Tokens[^1].Value}'; it is one of: {string.Join(", ", values)}"));
        });

    /// <summary>Reads an option's number (invariant: 3 or 2.5), or says in the user's words what it should be.</summary>
    private static float Number(System.CommandLine.Parsing.ArgumentResult r, string option, string what, bool whole = false)
    {
        var token = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
        if (float.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && (!whole || (value == MathF.Floor(value) && Math.Abs(value) < 100000)))
            return value;
        r.AddError(Say($"{option} 后面应是{what}，而不是“{token}”", $"{option} takes {what}, not '{token}'"));
        return 0;
    }

    /// <summary>A status line for the stages of a build on an interactive terminal; null for piped output, --quiet and JSON.</summary>
    private static ConsoleProgress? Progress(TextWriter stderr, bool silent) =>
        !silent && ConsoleProgress.IsInteractive(stderr) ? new ConsoleProgress(stderr, _ui) : null;

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
                // A wrong value of an option: a usage error, like a wrong --bleed.
                throw new UsageException(Say($"不认识的编码“{name}”；请用 utf-8、utf-16 或 gb18030", $"unknown encoding '{name}'; use utf-8, utf-16 or gb18030"));
            }
        }
    }

    /// <summary>Prints a preflight report; 0 when nothing stands in the way, 1 otherwise (warnings alone pass);
    /// <paramref name="standard"/> is the one standard checked (--only), null for both.</summary>
    private static int PrintPreflight(Hengnan.Report.Preflight.PreflightReport report, bool chinese, string path,
        string? standard, TextWriter stdout)
    {
        var text = Hengnan.Report.Preflight.PreflightFormatter.Format(report, chinese);
        if (text.Length > 0) stdout.WriteLine(text.TrimEnd());
        // Name only the standards that were checked: with --only pdfx the file may well not be PDF/UA.
        var checkedZh = standard ?? $"{Hengnan.Report.Preflight.PreflightStandard.PdfX4}、{Hengnan.Report.Preflight.PreflightStandard.PdfUA1}";
        var checkedEn = checkedZh.Replace("、", ", ", StringComparison.Ordinal);
        stdout.WriteLine(report.Passed
            ? (chinese ? $"{path}：预检通过（{checkedZh}）" : $"{path}: preflight passed ({checkedEn})")
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
            stderr.WriteLine(Say("错误：", "error: ") + message);
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
            else stderr.WriteLine(Say("（加 --verbose 重新运行可看详细信息）", "(run with --verbose for details)"));
            return code;
        }
    }
}
