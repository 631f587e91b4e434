using Hengnan.Report.Drawing;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// One step of a page's reading order for the structure tree: a marked-content sequence
/// (<see cref="Mcid"/> ≥ 0) of <see cref="Node"/> — in a /Span with <see cref="SpanLanguage"/> when
/// the text's language differs from the node's — or a link area (<see cref="LinkIndex"/> ≥ 0 into the
/// page's links) placed in <see cref="Node"/> (null: directly in the document).
/// </summary>
internal readonly record struct PdfMarkEvent(int Mcid, StructureNode? Node, string? SpanLanguage, int LinkIndex);
