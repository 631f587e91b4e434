using System.Globalization;
using Hengnan.Report;

namespace Hengnan.Report.Cli;

/// <summary>
/// One status line on an interactive terminal, rewritten in place: the stage a build is in, once it has run
/// longer than <see cref="Threshold"/>, with its seconds or its steps (previews 12/18). Cleared when the build
/// ends, so the diagnostics and the list of files written follow on a clean line. Never used for piped output.
/// </summary>
public sealed class ConsoleProgress : IBuildProgress, IDisposable
{
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(0.5);

    private readonly TextWriter _out;
    private readonly UiLanguage _ui;
    private readonly Func<TimeSpan> _now;
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private BuildStage? _stage;
    private TimeSpan _began;
    private int _steps, _done, _shown;

    /// <param name="now">The clock (tests give their own); <paramref name="tick"/> false: no timer, the caller calls <see cref="Tick"/>.</param>
    public ConsoleProgress(TextWriter output, UiLanguage ui, Func<TimeSpan>? now = null, bool tick = true)
    {
        _out = output;
        _ui = ui;
        if (now is null)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            now = () => clock.Elapsed;
        }
        _now = now;
        if (tick) _timer = new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
    }

    /// <summary>Whether <paramref name="stderr"/> is the console's own error stream on a terminal (not redirected to a file or pipe).</summary>
    public static bool IsInteractive(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

    public void Begin(BuildStage stage, int steps = 0)
    {
        lock (_gate)
        {
            _stage = stage;
            _began = _now();
            _steps = steps;
            _done = 0;
        }
        Tick();
    }

    public void Advance() => Interlocked.Increment(ref _done);

    public void End()
    {
        lock (_gate)
        {
            _stage = null;
            Clear();
        }
    }

    /// <summary>Shows the current stage if it has run long enough; called by the timer every 0.1 s.</summary>
    public void Tick()
    {
        lock (_gate)
        {
            if (_stage is not { } stage) return;
            var elapsed = _now() - _began;
            if (elapsed < Threshold) return;
            var line = _steps > 0
                ? $"{Name(stage)} {Volatile.Read(ref _done)}/{_steps}"
                : _ui == UiLanguage.Zh
                    ? $"{Name(stage)}…（{elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒）"
                    : $"{Name(stage)}… {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
            Clear();
            _out.Write(line);
            _out.Flush();
            _shown = TerminalText.Width(line);
        }
    }

    private string Name(BuildStage stage) => (stage, _ui) switch
    {
        (BuildStage.Load, UiLanguage.Zh) => "正在读取版本文件",
        (BuildStage.Layout, UiLanguage.Zh) => "正在排版",
        (BuildStage.Fonts, UiLanguage.Zh) => "正在嵌入字体",
        (BuildStage.Pdf, UiLanguage.Zh) => "正在生成 PDF",
        (BuildStage.Preflight, UiLanguage.Zh) => "正在做印前检查",
        (BuildStage.Spreads, UiLanguage.Zh) => "正在拼版",
        (BuildStage.Previews, UiLanguage.Zh) => "正在生成预览图",
        (BuildStage.Write, UiLanguage.Zh) => "正在写出文件",
        (BuildStage.Load, _) => "reading the edition",
        (BuildStage.Layout, _) => "laying out the pages",
        (BuildStage.Fonts, _) => "embedding the fonts",
        (BuildStage.Pdf, _) => "writing the PDF",
        (BuildStage.Preflight, _) => "preflight",
        (BuildStage.Spreads, _) => "printer spreads",
        (BuildStage.Previews, _) => "page previews",
        (BuildStage.Write, _) => "writing the files",
        _ => stage.ToString(),
    };

    private void Clear()
    {
        if (_shown == 0) return;
        _out.Write("\r" + new string(' ', _shown) + "\r");
        _out.Flush();
        _shown = 0;
    }

    public void Dispose()
    {
        _timer?.Dispose();
        End();
    }
}
