namespace Hengnan.Report.Layout.Text;

/// <summary>
/// Where a piece of a paragraph's text was written: the piece starts at <paramref name="Start"/> (a UTF-16 offset into
/// the paragraph's text) and runs to the next piece. <paramref name="Exact"/>: the piece is the text as written from
/// <paramref name="At"/> on, so its n-th unit is n columns further on the same line; otherwise it was made from what
/// is written at <paramref name="At"/> (a figure printed from a reference), and every character of it is said there.
/// </summary>
public sealed record TextOrigin(int Start, SourceLocation At, bool Exact = true);
