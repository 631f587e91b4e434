using System.Diagnostics;

namespace Hengnan.Report;

/// <summary>
/// All or nothing: a build's outputs are written to temporary files beside their targets and moved
/// into place only when every one is written; a failure removes them. Temporary names carry the
/// process id, so the next build sweeps what a killed run left behind.
/// </summary>
public static class OutputFiles
{
    private const string Marker = ".hengnan-tmp-";
    private static readonly HashSet<string> Pending = new();

    /// <summary>
    /// Writes every output, then moves them all into place, the first (the PDF) last; on any failure before the moves the
    /// previous files stay as they were, on a failed move the first output does, and no temporary file is left.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> outputs)
    {
        var temps = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (target, bytes) in outputs)
            {
                var temp = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + Marker + Environment.ProcessId);
                lock (Pending) Pending.Add(temp);
                temps.Add((temp, target));
                File.WriteAllBytes(temp, bytes);
            }
            // Every target must be a file that can be replaced before any is: a folder in the way fails here, not halfway through.
            foreach (var (_, target) in temps)
                if (Directory.Exists(target)) throw new IOException($"'{target}' is a folder, not a file that can be replaced");
            // The first output (the PDF) is moved last: a move that still fails (a preview open in another program) leaves it as it was.
            for (int i = temps.Count - 1; i >= 0; i--) File.Move(temps[i].Temp, temps[i].Target, overwrite: true);
        }
        finally
        {
            foreach (var (temp, _) in temps)
            {
                if (File.Exists(temp)) File.Delete(temp);
                lock (Pending) Pending.Remove(temp);
            }
        }
    }

    /// <summary>Removes the temporary files of writes in progress (called when the process is told to stop).</summary>
    public static void Abort()
    {
        lock (Pending)
        {
            foreach (var temp in Pending)
                try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            Pending.Clear();
        }
    }

    /// <summary>Deletes temporary files in <paramref name="folder"/> left by runs that are no longer alive.</summary>
    public static int SweepStale(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        int swept = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Marker + "*"))
        {
            var tail = file[(file.LastIndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..];
            if (int.TryParse(tail, out var pid) && pid != Environment.ProcessId && IsAlive(pid)) continue;
            if (pid == Environment.ProcessId && IsPending(file)) continue;
            try
            {
                File.Delete(file);
                swept++;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return swept;
    }

    private static bool IsPending(string file)
    {
        lock (Pending) return Pending.Contains(file);
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
