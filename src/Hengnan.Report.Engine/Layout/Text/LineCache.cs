namespace Hengnan.Report.Layout.Text;

/// <summary>
/// Paragraphs already set, by their text, styles, paragraph settings and width. A document laid out
/// again (the contents page's numbers changed) gets the lines of every paragraph that did not change
/// instead of shaping and breaking it twice. Belongs to one build's layout context; not shared.
/// </summary>
public sealed class LineCache
{
    private readonly Dictionary<Key, (IReadOnlyList<TextLine> Lines, IReadOnlyList<LayoutProblem> Problems)> _entries = new();

    public int Hits { get; private set; }
    public int Misses { get; private set; }

    internal IReadOnlyList<TextLine> Get(IReadOnlyList<TextSpan> spans, ParagraphStyle style, float width, ICollection<LayoutProblem> found)
    {
        var key = new Key(spans, style, width);
        if (_entries.TryGetValue(key, out var entry))
        {
            Hits++;
            foreach (var p in entry.Problems) found.Add(p);
        }
        else
        {
            Misses++;
            var problems = new List<LayoutProblem>();
            entry = (ParagraphLayouter.Lay(spans, style, width, problems), problems);
            _entries[key] = entry;
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
