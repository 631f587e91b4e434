using System.Diagnostics;

namespace Hengnan.Report.Edition;

/// <summary>
/// Rebuilds when a file of the edition folder changes: waits until the changes settle (an editor saves
/// in several steps), then runs the build and reports which files changed and how long it took.
/// Keeps going after a failed build; the previous PDF stays as it was.
/// </summary>
public sealed class EditionWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Func<BuildResult> _rebuild;
    private readonly TextWriter _log;
    private readonly TimeSpan _settle;
    private readonly object _gate = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private bool _building;

    private readonly string? _ignore;
    private readonly UiLanguage _ui;

    /// <param name="ignore">A folder whose changes are not input (the output, if it lies inside the edition).</param>
    /// <param name="ui">The language of the reports.</param>
    public EditionWatcher(string folder, Func<BuildResult> rebuild, TextWriter log, TimeSpan? settle = null, string? ignore = null, UiLanguage ui = UiLanguage.En)
    {
        _ui = ui;
        Folder = Path.GetFullPath(folder);
        _ignore = ignore is null ? null : Path.GetFullPath(ignore) + Path.DirectorySeparatorChar;
        _rebuild = rebuild;
        _log = log;
        _settle = settle ?? TimeSpan.FromMilliseconds(300);
        _timer = new Timer(_ => Rebuild(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += (_, e) => Touched(e.FullPath);
        _watcher.Created += (_, e) => Touched(e.FullPath);
        _watcher.Deleted += (_, e) => Touched(e.FullPath);
        _watcher.Renamed += (_, e) => Touched(e.FullPath);
    }

    public string Folder { get; }

    private string Say(string zh, string en) => _ui == UiLanguage.Zh ? zh : en;

    /// <summary>Number of rebuilds run so far.</summary>
    public int Rebuilds { get; private set; }

    public void Start() => _watcher.EnableRaisingEvents = true;

    /// <summary>Records a change (also callable directly, e.g. from tests) and restarts the settle timer.</summary>
    public void Touched(string path)
    {
        if (_ignore is not null && Path.GetFullPath(path).StartsWith(_ignore, StringComparison.Ordinal)) return;
        var name = Path.GetRelativePath(Folder, path);
        // Editors' swap and backup files are not input.
        // Office lock files (~$outline.txt) are not input either.
        var leaf = Path.GetFileName(name);
        if (leaf.StartsWith("~$", StringComparison.Ordinal) || leaf.StartsWith(".~lock", StringComparison.Ordinal)) return;
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal)) return;
        lock (_gate)
        {
            _changed.Add(name);
            _timer.Change(_settle, Timeout.InfiniteTimeSpan);
        }
    }

    private void Rebuild()
    {
        string[] changed;
        lock (_gate)
        {
            if (_building)
            {
                _timer.Change(_settle, Timeout.InfiniteTimeSpan);
                return;
            }
            if (_changed.Count == 0) return;
            changed = _changed.ToArray();
            _changed.Clear();
            _building = true;
        }
        try
        {
            var clock = Stopwatch.StartNew();
            var files = string.Join(", ", changed);
            BuildResult result;
            try
            {
                result = _rebuild();
            }
            catch (Exception e)
            {
                _log.WriteLine(Say($"已改动：{files} —— 生成时程序出错：{e.Message}", $"changed: {files} — build crashed: {e.Message}"));
                return;
            }
            foreach (var d in result.Diagnostics) _log.WriteLine(d.ToString(_ui));
            long ms = clock.ElapsedMilliseconds;
            _log.WriteLine(result.Succeeded
                ? Say($"已改动：{files} —— 已重新生成 {Path.GetFileName(result.PdfPath)}，用时 {ms} 毫秒", $"changed: {files} — rebuilt {Path.GetFileName(result.PdfPath)} in {ms} ms")
                : Say($"已改动：{files} —— 生成失败（{ms} 毫秒），原有 PDF 未改动", $"changed: {files} — build failed after {ms} ms; the previous PDF is unchanged"));
            _log.Flush();
            // Counted once its report is written: whoever waits for a rebuild then finds it said.
            Rebuilds++;
        }
        finally
        {
            lock (_gate) _building = false;
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
