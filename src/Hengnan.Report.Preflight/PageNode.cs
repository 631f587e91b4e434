using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Preflight;

/// <summary>A leaf of the page tree with the attributes it inherits (resources, MediaBox, CropBox).</summary>
internal sealed record PageNode(int Number, DictionaryToken Dictionary, IndirectReference? Reference,
    DictionaryToken? Resources, PdfRectangle? MediaBox, PdfRectangle? CropBox);
