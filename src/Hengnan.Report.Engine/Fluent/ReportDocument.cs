using System.Globalization;
using Hengnan.Report.Export;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using Hengnan.Report.Paging;

namespace Hengnan.Report.Fluent;

/// <summary>
/// A document composed with the fluent API: <c>ReportDocument.Create(paper, doc => doc.Page(page => …))</c>.
/// Lays itself out into pages (display lists) and writes a tagged PDF with our own exporter.
/// </summary>
public sealed class ReportDocument
{
    private readonly PaperSize _paper;
    private readonly DocumentDescriptor _descriptor;

    private ReportDocument(PaperSize paper, DocumentDescriptor descriptor)
    {
        _paper = paper;
        _descriptor = descriptor;
    }

    public static ReportDocument Create(PaperSize paper, Action<DocumentDescriptor> compose)
    {
        var descriptor = new DocumentDescriptor();
        compose(descriptor);
        return new ReportDocument(paper, descriptor);
    }

    /// <summary>The pages, numbered 1, 2, …; problems (text in no font, overfull boxes) are added to <paramref name="problems"/>.</summary>
    public IReadOnlyList<PageModel> Layout(ICollection<LayoutProblem> problems)
    {
        var context = new LayoutContext();
        var runs = _descriptor.Pages.Select(p => p.Build(_paper, context.Problems)).ToList();
        var pages = Paginator.Paginate(runs, context);
        foreach (var page in pages) page.Label = page.Number.ToString(CultureInfo.InvariantCulture);
        foreach (var problem in context.Problems) problems.Add(problem);
        return pages;
    }

    /// <summary>Lays out and writes the PDF; throws when the layout found a problem.</summary>
    public byte[] ToPdf(PdfMetadata metadata, IEnumerable<Fonts.FontFace> faces)
    {
        var problems = new List<LayoutProblem>();
        var pages = Layout(problems);
        if (problems.FirstOrDefault(p => !p.IsWarning) is { } problem) throw new InvalidOperationException(problem.Message);
        foreach (var face in faces) if (face.CodePoints.Count > 0) face.Seal();
        var sheets = PrintSheets.Booklet(pages.Select(p => p.DisplayList()).ToList(), _paper, PrintMarks.None);
        return PdfExporter.Write(new PdfDocumentRequest(sheets, metadata) { PageLabels = [new PageLabelRange(0, "D", null, 1)] });
    }
}
