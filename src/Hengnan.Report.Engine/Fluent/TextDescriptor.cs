using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Fluent;

/// <summary>A paragraph being described: its spans, alignment, leading, indent and structural role.</summary>
public sealed class TextDescriptor
{
    private readonly Language _language;
    private readonly List<TextSpan> _spans = new();
    private TextAlign _align = TextAlign.Justify;
    private float? _leading;
    private float _indent;
    private StructureRole _role = StructureRole.P;
    private bool _keepWithNext;

    internal TextDescriptor(Language language) => _language = language;

    /// <summary>More text in another style; a span in another language than the paragraph's is tagged with it.</summary>
    public TextDescriptor Span(string text, TextStyle style, Language? language = null)
    {
        _spans.Add(new TextSpan(text, language is { } l && l != _language ? style with { Language = l.Tag() } : style));
        return this;
    }

    public TextDescriptor Align(TextAlign align)
    {
        _align = align;
        return this;
    }

    /// <summary>Baseline to baseline, as a multiple of the largest size.</summary>
    public TextDescriptor Leading(float factor)
    {
        _leading = factor;
        return this;
    }

    /// <summary>First-line indent in em (two for Chinese body text).</summary>
    public TextDescriptor Indent(float em)
    {
        _indent = em;
        return this;
    }

    /// <summary>A heading of level 1–3: set ragged, kept with what follows, tagged H1–H3.</summary>
    public TextDescriptor Heading(int level)
    {
        _role = level switch { 1 => StructureRole.H1, 2 => StructureRole.H2, 3 => StructureRole.H3, _ => throw new ArgumentOutOfRangeException(nameof(level), "headings are of level 1 to 3") };
        _align = TextAlign.Left;
        _keepWithNext = true;
        return this;
    }

    /// <summary>Page furniture, not read as content.</summary>
    public TextDescriptor Artifact()
    {
        _role = StructureRole.Artifact;
        return this;
    }

    internal Element Build()
    {
        float size = _spans.Max(s => s.Style.Size);
        var style = new ParagraphStyle(_language, _align, _indent, size * (_leading ?? (_language == Language.Zh ? 1.8f : 1.45f)))
        {
            Hyphenate = _role == StructureRole.P,
        };
        return new Paragraph(_spans, style) { Role = _role, KeepWithNext = _keepWithNext };
    }
}
