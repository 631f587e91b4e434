namespace Hengnan.Report.Layout.Text.Breaking;

/// <summary>
/// The three kinds of item in Knuth and Plass's paragraph model
/// (D. E. Knuth and M. F. Plass, "Breaking Paragraphs into Lines", Software—Practice and
/// Experience 11 (1981), §"The box/glue/penalty model").
/// </summary>
public enum BreakItemKind
{
    /// <summary>Something to be typeset with a fixed width: a glyph cluster, a word, an inline image.</summary>
    Box,

    /// <summary>
    /// Elastic space. A break may occur at glue only if the item before it is a box; the glue at a
    /// break, and any glue or penalties following it, are discarded at the start of the next line.
    /// </summary>
    Glue,

    /// <summary>
    /// A potential break with a cost. Its width is only typeset if the line breaks here (e.g. the
    /// hyphen of a discretionary hyphen). A penalty of at least <see cref="BreakItem.Infinity"/>
    /// forbids the break; one of at most <c>-</c><see cref="BreakItem.Infinity"/> forces it.
    /// </summary>
    Penalty,
}
