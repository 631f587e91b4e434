
namespace Hengnan.Report.Layout.Text;

/// <summary>Paragraph settings: language rules, alignment, first-line indent (in em of the first span), leading (baseline to baseline, pt).</summary>
public sealed record ParagraphStyle(Language Language, TextAlign Align, float FirstLineIndentEm, float Leading)
{
    /// <summary>Let English words break at Liang hyphenation points.</summary>
    public bool Hyphenate { get; init; } = true;
    /// <summary>Keep this many lines together at a region's bottom and top (orphans and widows).</summary>
    public int MinLinesAtEdge { get; init; } = 2;
    /// <summary>Words never divided at a line end (names and pinyin the edition lists; any capitals), beyond capitalised words, which never are.</summary>
    public IReadOnlySet<string>? KeepWhole { get; init; }
}
