using System.Collections.Concurrent;

namespace Hengnan.Report.Layout.Text;

/// <summary>
/// Paragraphs already set, by their text, styles, paragraph settings and width. A document laid out
/// again (the contents page's numbers changed) gets the lines of every paragraph that did not change
/// instead of shaping and breaking it twice. Belongs to one build's layout; shared by the runs of that build laid
/// out in parallel (thread-safe: two runs setting the same paragraph at once both get lines equal to each other's,
/// as setting is deterministic, and one of them is kept).
/// </summary>
public sealed class LineCache
{
    private readonly ConcurrentDictionary<Key, (IReadOnlyList<TextLine> Lines, IReadOnlyList<LayoutProblem> Problems)> _entries = new();
    private int _hits, _misses;

    public int Hits => _hits;
    public int Misses => _misses;

    internal IReadOnlyList<TextLine> Get(IReadOnlyList<TextSpan> spans, ParagraphStyle style, float width, ICollection<LayoutProblem> found)
    {
        var key = new Key(spans, style, width);
        if (_entries.TryGetValue(key, out var entry))
        {
            Interlocked.Increment(ref _hits);
            foreach (var p in entry.Problems) found.Add(p);
        }
        else
        {
            Interlocked.Increment(ref _misses);
            var problems = new List<LayoutProblem>();
            entry = _entries.GetOrAdd(key, (ParagraphLayouter.Lay(spans, style, width, problems), problems));
            foreach (var p in problems) found.Add(p);
        }
        return entry.Lines;
    }

    /// <summary>Structural identity of a paragraph to set: span texts and styles (records compare by value), settings, width.</summary>
    private sealed class Key : IEquatable<Key>
    {
        private readonly IReadOnlyList<TextSpan> _spans;
        private readonly ParagraphStyle _style;
        private readonly float _width;
        private readonly int _hash;

        public Key(IReadOnlyList<TextSpan> spans, ParagraphStyle style, float width)
        {
            _spans = spans;
            _style = style;
            _width = MathF.Round(width * 100) / 100;
            var hash = new HashCode();
            foreach (var s in spans)
            {
                hash.Add(s.Text);
                hash.Add(s.Style);
            }
            hash.Add(style);
            hash.Add(_width);
            _hash = hash.ToHashCode();
        }

        public bool Equals(Key? other)
        {
            if (other is null || other._hash != _hash || other._spans.Count != _spans.Count || other._width != _width || !other._style.Equals(_style)) return false;
            for (int i = 0; i < _spans.Count; i++)
                if (!_spans[i].Equals(other._spans[i])) return false;
            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as Key);
        public override int GetHashCode() => _hash;
    }
}
