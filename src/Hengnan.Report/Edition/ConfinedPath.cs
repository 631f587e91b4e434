using System.Formats.Tar;

namespace Hengnan.Report.Edition;

/// <summary>
/// Resolves the file names an edition gives (photos, fonts) inside one folder: absolute names and
/// <c>..</c> escapes are refused before anything is looked up, and every symbolic link on the way is
/// followed one step at a time, refusing the name as soon as a step leaves the folder — so nothing
/// outside the folder is ever examined, and the answer says nothing about what is there. Only a
/// regular file is reported as <see cref="EntryKind.File"/>; pipes and devices are recognised without
/// opening them.
/// </summary>
public static class ConfinedPath
{
    private const int MostLinks = 40;

    private static StringComparison Comparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Resolves <paramref name="name"/> (relative, '/' or '\' separated) inside <paramref name="folder"/>.</summary>
    /// <returns>The kind of entry and, for every kind but Outside and Invalid, its real full path.</returns>
    public static (EntryKind Kind, string? Path) Resolve(string folder, string name)
    {
        if (name.Length == 0 || name.Contains('\0') || name.Contains(':') || Path.IsPathRooted(name) || name[0] is '/' or '\\')
            return name.Length == 0 || name.Contains('\0') ? (EntryKind.Invalid, null) : (EntryKind.Outside, null);
        var parts = name.Split('/', '\\', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p == "..")) return (EntryKind.Outside, null);
        string root;
        try { root = RealPath(folder); }
        catch (IOException) { return (EntryKind.Invalid, null); }
        var pending = new List<string>(parts);
        var current = root;
        int links = 0;
        while (pending.Count > 0)
        {
            var part = pending[0];
            pending.RemoveAt(0);
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                if (!Inside(current, root)) return (EntryKind.Outside, null);
                continue;
            }
            var next = Path.Join(current, part);
            if (!Inside(next, root)) return (EntryKind.Outside, null);
            var info = new FileInfo(next);
            string? target;
            try { target = info.LinkTarget; }
            catch (IOException) { return (EntryKind.Invalid, null); }
            catch (UnauthorizedAccessException) { return (EntryKind.Invalid, null); }
            if (target is null)
            {
                if (!info.Exists && !Directory.Exists(next)) return pending.Count == 0 ? (EntryKind.Missing, next) : (EntryKind.Missing, next);
                current = next;
                continue;
            }
            if (++links > MostLinks) return (EntryKind.Invalid, null);
            // A link: its target replaces it. An absolute target must lie in the folder; a relative one is read from the link's folder.
            if (Path.IsPathRooted(target))
            {
                var full = Path.GetFullPath(target);
                if (!Inside(full, root)) return (EntryKind.Outside, null);
                pending.InsertRange(0, Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
                current = root;
            }
            else
                pending.InsertRange(0, target.Split('/', '\\', StringSplitOptions.RemoveEmptyEntries));
        }
        return (KindOf(current), current);
    }

    /// <summary>The real path of a folder: every link in it followed (the folder itself may be reached through links).</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new List<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        int links = 0;
        while (pending.Count > 0)
        {
            var part = pending[0];
            pending.RemoveAt(0);
            if (part == ".") continue;
            if (part == "..") { current = Path.GetDirectoryName(current) ?? current; continue; }
            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null) { current = next; continue; }
            if (++links > MostLinks) throw new IOException($"too many links in '{path}'");
            if (Path.IsPathRooted(target))
            {
                var full2 = Path.GetFullPath(target);
                current = Path.GetPathRoot(full2) ?? root;
                pending.InsertRange(0, full2[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
            }
            else
                pending.InsertRange(0, target.Split('/', '\\', StringSplitOptions.RemoveEmptyEntries));
        }
        return current;
    }

    /// <summary>Reads a regular file found by <see cref="Resolve"/>, refusing one larger than <paramref name="limit"/> bytes.</summary>
    public static byte[]? ReadBounded(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.Length > limit) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return stream.ReadByte() < 0 ? bytes : null;
    }

    private static bool Inside(string path, string root)
    {
        var r = Path.TrimEndingDirectorySeparator(root);
        return path.Equals(r, Comparison) || path.StartsWith(r + Path.DirectorySeparatorChar, Comparison)
            || (r.Length > 0 && r[^1] == Path.DirectorySeparatorChar && path.StartsWith(r, Comparison));
    }

    /// <summary>
    /// The type of an entry, without following a link and without opening anything but a regular file.
    /// .NET has no public lstat; the tar writer reads the entry's type from it (a pipe is recorded, never
    /// opened), and the header it writes first says which type it found.
    /// </summary>
    internal static EntryKind KindOf(string path)
    {
        if (Directory.Exists(path)) return EntryKind.Directory;
        if (!File.Exists(path)) return EntryKind.Missing;
        var header = new HeaderOnly();
        try
        {
            using var writer = new TarWriter(header, TarEntryFormat.Ustar, leaveOpen: true);
            writer.WriteEntry(path, "entry");
        }
        catch (HeaderOnly.Seen) { }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return EntryKind.Special;
        }
        return header.TypeFlag switch
        {
            (byte)'0' or 0 => EntryKind.File,
            (byte)'5' => EntryKind.Directory,
            _ => EntryKind.Special,
        };
    }

    /// <summary>Takes the first tar header written and stops the writer there (before any file data is copied).</summary>
    private sealed class HeaderOnly : Stream
    {
        public sealed class Seen : Exception;

        public byte TypeFlag { get; private set; } = (byte)'?';
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (TypeFlag == (byte)'?' && buffer.Length > 156) TypeFlag = buffer[156];
            throw new Seen();
        }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => 0;
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
