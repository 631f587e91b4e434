using System.Diagnostics;

namespace Hengnan.Report;

/// <summary>What stood in the way of writing a build's outputs; each is said by its own diagnostic (WRT001–WRT005).</summary>
public enum OutputProblem
{
    /// <summary>The output folder cannot be made or used (a file of that name, no permission): WRT001.</summary>
    Folder,
    /// <summary>A folder stands where an output file goes: WRT002.</summary>
    FolderInPlace,
    /// <summary>An output cannot be written beside its target (no permission, disk full): WRT003.</summary>
    Write,
    /// <summary>An existing output cannot be set aside or replaced (open in another program): WRT004.</summary>
    Replace,
    /// <summary>The previous outputs set aside by a run that was killed cannot be put back: WRT005.</summary>
    Restore,
}

/// <summary>An output that could not be written, at <see cref="Target"/>; nothing of the previous outputs was replaced.</summary>
public sealed class OutputException(OutputProblem problem, string target, Exception inner)
    : IOException($"{target}: {inner.Message}", inner)
{
    public OutputProblem Problem { get; } = problem;
    public string Target { get; } = target;
    /// <summary>The system's reason, as it gave it.</summary>
    public string Reason => InnerException!.Message;
}

/// <summary>
/// All or nothing: a build's outputs are written to temporary files beside their targets; then the previous
/// outputs are set aside under backup names, the new ones moved into place, and the backups deleted. A journal
/// names the targets while they are being replaced: on any failure, or after a kill (at the next build, before it
/// does anything), every previous output is put back and every new one removed. Temporary, backup and journal
/// names carry the process id (and a number for each write), so the next build knows a killed run's files.
/// </summary>
public static class OutputFiles
{
    /// <summary>A new output being written: <c>.NAME.hengnan-tmp-ID</c>.</summary>
    private const string Marker = ".hengnan-tmp-";
    /// <summary>A previous output set aside while the new ones are moved in: <c>.NAME.hengnan-bak-ID</c>.</summary>
    private const string BackupMarker = ".hengnan-bak-";
    /// <summary>Present (in the first output's folder) from before the first previous output is set aside until the last new one is in place.</summary>
    private const string JournalPrefix = ".hengnan-journal-";

    /// <summary>
    /// For tests only (FaultTests): the name of a point of <see cref="WriteAll"/> — <c>temps</c> (every temporary file written),
    /// <c>backups</c> (every previous output set aside), <c>moves</c> (the first new output moved in), <c>committed</c> (every
    /// new output in place, the backups not yet deleted) — where the build says <c>hengnan-test-paused: POINT</c> on standard
    /// error and waits a minute, so that a test can kill it there. Not for use otherwise.
    /// </summary>
    public const string PauseVariable = "HENGNAN_REPORT_TEST_PAUSE_AT";

    /// <summary>The writes going on in this process, by id, with their temporary files.</summary>
    private static readonly Dictionary<string, List<string>> Pending = new();
    /// <summary>Held while outputs are set aside and moved in, and by <see cref="Abort"/>: a stop waits for the moves to end.</summary>
    private static readonly object Gate = new();
    private static bool _aborted;
    private static int _sequence;

    /// <summary>
    /// Writes every output, then replaces the previous outputs with them together: either every target holds its new
    /// output or every target is as it was (a file that was not there is not there), and no temporary or backup file is
    /// left. A failure throws <see cref="OutputException"/> naming the file that stood in the way.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> outputs)
    {
        if (outputs.Count == 0) return;
        var id = $"{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}";
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputs[0].Path))!;
        var journal = Path.Combine(folder, JournalPrefix + id);
        var targets = outputs.Select(o => Path.GetFullPath(o.Path)).ToList();
        lock (Pending) Pending.Add(id, [.. targets.Select(t => Temp(t, id)), Temp(journal, id)]);
        try
        {
            foreach (var (target, (_, bytes)) in targets.Zip(outputs))
                Guarded(OutputProblem.Write, target, () => File.WriteAllBytes(Temp(target, id), bytes));
            // Every target must be a file that can be replaced before any is: a folder in the way fails here, not halfway through.
            foreach (var target in targets)
                if (Directory.Exists(target))
                    throw new OutputException(OutputProblem.FolderInPlace, target, new IOException($"'{target}' is a folder, not a file that can be replaced"));
            PauseFor("temps");
            lock (Gate)
            {
                if (_aborted) throw new OutputException(OutputProblem.Replace, targets[0], new OperationCanceledException("the build was stopped"));
                Replace(targets, id, folder, journal);
            }
        }
        finally
        {
            foreach (var target in targets)
                try { File.Delete(Temp(target, id)); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            lock (Pending) Pending.Remove(id);
        }
    }

    /// <summary>Sets the previous outputs aside, moves the new ones in, deletes the backups; on a failure puts everything back.</summary>
    private static void Replace(List<string> targets, string id, string folder, string journal)
    {
        // The journal names each target and whether it had a previous output; it is in place (whole: written under a
        // temporary name, then moved) before anything is set aside, and deleted once every new output is in.
        var lines = targets.Select(t => (File.Exists(t) ? "1 " : "0 ") + Path.GetRelativePath(folder, t)).ToList();
        Guarded(OutputProblem.Write, journal, () =>
        {
            File.WriteAllLines(Temp(journal, id), lines);
            File.Move(Temp(journal, id), journal);
        });
        try
        {
            foreach (var target in targets)
                if (File.Exists(target)) Guarded(OutputProblem.Replace, target, () => File.Move(target, Backup(target, id)));
            PauseFor("backups");
            // The first output (the PDF) is moved in last.
            for (int i = targets.Count - 1; i >= 0; i--)
            {
                var target = targets[i];
                Guarded(OutputProblem.Replace, target, () => File.Move(Temp(target, id), target));
                if (i == targets.Count - 1) PauseFor("moves");
            }
            Guarded(OutputProblem.Replace, journal, () => File.Delete(journal));
        }
        catch (OutputException)
        {
            // Put back what was: a failure here leaves the journal and backups for the next build to put back.
            try { RollBack(folder, journal, id); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
        PauseFor("committed");
        // Every new output is in place: the previous ones are no longer needed (one that cannot be deleted now is swept later).
        foreach (var target in targets)
            try { File.Delete(Backup(target, id)); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Puts back the previous outputs named by <paramref name="journal"/> and removes the new ones, then the journal.</summary>
    private static void RollBack(string folder, string journal, string id)
    {
        foreach (var line in File.ReadAllLines(journal))
        {
            if (line.Length < 3 || line[1] != ' ') continue;
            var target = Path.GetFullPath(Path.Combine(folder, line[2..]));
            var backup = Backup(target, id);
            if (File.Exists(backup)) File.Move(backup, target, overwrite: true);
            // A target that had no previous output gets none: a new one moved in is removed.
            else if (line[0] == '0' && File.Exists(target)) File.Delete(target);
            if (File.Exists(Temp(target, id))) File.Delete(Temp(target, id));
        }
        File.Delete(journal);
    }

    /// <summary>Removes the temporary files of writes in progress (called when the process is told to stop).</summary>
    /// <remarks>Waits for outputs being moved in to be in place: a stop never leaves them half replaced.</remarks>
    public static void Abort()
    {
        lock (Gate)
        {
            _aborted = true;
            lock (Pending)
            {
                foreach (var temp in Pending.Values.SelectMany(t => t))
                    try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                Pending.Clear();
            }
        }
    }

    /// <summary>
    /// Makes <paramref name="folder"/> if need be and puts it in order: what runs that are no longer alive left is
    /// undone — previous outputs a killed run had set aside are put back (with any new output it had moved in removed),
    /// or, where it had moved every new output in, its backups deleted — and their temporary files removed.
    /// </summary>
    /// <returns>How many files were removed or put back.</returns>
    /// <exception cref="OutputException">The folder cannot be made, or a killed run's previous outputs cannot be put back.</exception>
    public static int Prepare(string folder)
    {
        Guarded(OutputProblem.Folder, Path.GetFullPath(folder), () => Directory.CreateDirectory(folder));
        return Recover(folder);
    }

    /// <summary>
    /// Undoes what runs that are no longer alive left in <paramref name="folder"/> (see <see cref="Prepare"/>); nothing when
    /// the folder does not exist. Called by a build before it reads the edition, so that the previous outputs are back
    /// whatever the build then finds.
    /// </summary>
    public static int Recover(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        folder = Path.GetFullPath(folder);
        int done = 0;
        // First the interrupted replacements: put back every previous output, remove the new ones.
        foreach (var journal in SafeList(folder, JournalPrefix + "*"))
        {
            var id = Path.GetFileName(journal)[JournalPrefix.Length..];
            if (IsTempName(id) || !IsDead(id)) continue;
            Guarded(OutputProblem.Restore, journal, () => RollBack(folder, journal, id));
            done++;
        }
        // Then what is left of runs that finished replacing (backups) or had not begun (temporary files).
        foreach (var file in SafeList(folder, "*" + Marker + "*").Concat(SafeList(folder, "*" + BackupMarker + "*")))
        {
            var name = Path.GetFileName(file);
            int temp = name.LastIndexOf(Marker, StringComparison.Ordinal), backup = name.LastIndexOf(BackupMarker, StringComparison.Ordinal);
            var id = temp > backup ? name[(temp + Marker.Length)..] : name[(backup + BackupMarker.Length)..];
            if (!IsDead(id)) continue;
            try
            {
                File.Delete(file);
                done++;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return done;
    }

    /// <summary>Deletes temporary and backup files in <paramref name="folder"/> left by runs that are no longer alive (<see cref="Recover"/>).</summary>
    public static int SweepStale(string folder) => Recover(folder);

    private static string Temp(string target, string id) => Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + Marker + id);

    private static string Backup(string target, string id) => Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + BackupMarker + id);

    private static bool IsTempName(string id) => id.Contains(Marker, StringComparison.Ordinal);

    private static IEnumerable<string> SafeList(string folder, string pattern)
    {
        try { return Directory.GetFiles(folder, pattern); }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }

    /// <summary>Whether the write <paramref name="id"/> (<c>PID</c> or <c>PID-N</c>) is no longer going on: its process is gone, or it is this one's and not pending.</summary>
    private static bool IsDead(string id)
    {
        int dash = id.IndexOf('-');
        if (!int.TryParse(dash < 0 ? id : id[..dash], out var pid)) return false;
        if (pid == Environment.ProcessId)
            lock (Pending) return !Pending.ContainsKey(id);
        return !IsAlive(pid);
    }

    /// <summary>Runs <paramref name="action"/>; an input/output failure becomes an <see cref="OutputException"/> at <paramref name="target"/>.</summary>
    private static void Guarded(OutputProblem problem, string target, Action action)
    {
        try { action(); }
        catch (OutputException) { throw; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(problem, target, e);
        }
    }

    /// <summary>For tests only: called at each point named by <see cref="PauseVariable"/>, in the flow of the write that reaches it.</summary>
    internal static readonly AsyncLocal<Action<string>?> AtPoint = new();

    /// <summary>The test hooks: see <see cref="PauseVariable"/> and <see cref="AtPoint"/>.</summary>
    private static void PauseFor(string point)
    {
        AtPoint.Value?.Invoke(point);
        if (Environment.GetEnvironmentVariable(PauseVariable) != point) return;
        Console.Error.WriteLine("hengnan-test-paused: " + point);
        Console.Error.Flush();
        Thread.Sleep(TimeSpan.FromMinutes(1));
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
