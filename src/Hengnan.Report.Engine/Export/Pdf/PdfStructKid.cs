namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// A kid of a structure element: marked content (<see cref="Mcid"/> ≥ 0 on <see cref="Page"/>), a child
/// element, or an annotation (<see cref="Annotation"/> ≥ 0, an OBJR on <see cref="Page"/>).
/// </summary>
internal readonly record struct PdfStructKid(int Page, int Mcid, PdfStructElement? Child, int Annotation)
{
    public static PdfStructKid Content(int page, int mcid) => new(page, mcid, null, -1);
    public static PdfStructKid Element(PdfStructElement child) => new(-1, -1, child, -1);
    public static PdfStructKid Object(int page, int annotation) => new(page, -1, null, annotation);
}
