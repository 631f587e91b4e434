using System.Runtime.CompilerServices;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;

namespace Hengnan.Report.Paging;

/// <summary>
/// The pieces a document's last pagination laid out, by what they were made of: the next pass (the contents and cross
/// references printing the page numbers found) takes a piece's pages as they were when the piece is made of the very
/// same elements (the composer reuses a section's elements when the page numbers it prints have not moved), on the
/// same template. A piece laid out from its first, right-hand page depends on nothing else: its pages are the same.
/// Only the pieces of the last pass are kept.
/// </summary>
internal sealed class LaidOutPieces
{
    private readonly Lock _lock = new();
    private Dictionary<Key, object> _kept = new();
    private Dictionary<Key, object> _used = new();

    public T GetOrAdd<T>(PageRun run, Func<T> layOut) where T : class
    {
        var key = Key.Of(run);
        lock (_lock)
        {
            if (_used.TryGetValue(key, out var used)) return (T)used;
            if (_kept.TryGetValue(key, out var kept)) { _used[key] = kept; return (T)kept; }
        }
        var made = layOut();
        lock (_lock) _used.TryAdd(key, made);
        return made;
    }

    /// <summary>Ends a pagination: what it did not use is let go.</summary>
    public void EndPass()
    {
        lock (_lock)
        {
            _kept = _used;
            _used = new();
        }
    }

    /// <summary>A run's template and options, and the elements of its content (a plain stack's children, or the content
    /// itself), compared by reference.</summary>
    private readonly struct Key : IEquatable<Key>
    {
        private readonly PageRun _run;
        private readonly bool _stacked;
        private readonly IReadOnlyList<Element> _elements;
        private readonly int _hash;

        private Key(PageRun run, bool stacked, IReadOnlyList<Element> elements)
        {
            _run = run;
            _stacked = stacked;
            _elements = elements;
            var hash = new HashCode();
            hash.Add(run.Template);
            hash.Add(run.MaxSpillLines);
            hash.Add(run.StartsOnLeftPage);
            hash.Add(stacked);
            foreach (var e in elements) hash.Add(RuntimeHelpers.GetHashCode(e));
            _hash = hash.ToHashCode();
        }

        public static Key Of(PageRun run) => run.Content is Stack { KeepWithNext: false } stack
            ? new(run, true, stack.Children)
            : new(run, false, [run.Content]);

        public bool Equals(Key other)
        {
            if (_hash != other._hash || _stacked != other._stacked || _elements.Count != other._elements.Count) return false;
            if (!Equals(_run.Template, other._run.Template) || _run.MaxSpillLines != other._run.MaxSpillLines || _run.StartsOnLeftPage != other._run.StartsOnLeftPage)
                return false;
            for (int i = 0; i < _elements.Count; i++)
                if (!ReferenceEquals(_elements[i], other._elements[i])) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is Key k && Equals(k);
        public override int GetHashCode() => _hash;
    }
}
