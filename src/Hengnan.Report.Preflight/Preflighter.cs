using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Hengnan.Report.Preflight;

/// <summary>
/// Checks any PDF against what PDF/X-4 (print) and PDF/UA-1 (accessibility) need and lists what stands in the way.
/// It never throws on bad input: a file that cannot be read gives a PF000 finding.
/// </summary>
public static class Preflighter
{
    /// <summary>Preflights the PDF at <paramref name="pdfPath"/>.</summary>
    public static PreflightReport Check(string pdfPath)
    {
        ArgumentNullException.ThrowIfNull(pdfPath);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(pdfPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Unreadable(e.Message);
        }
        return Check(bytes);
    }

    /// <summary>Preflights a PDF held in memory.</summary>
    public static PreflightReport Check(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var findings = new List<PreflightFinding>();
        PdfDocument document;
        try
        {
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, Logger = NullLog.Instance };
            document = PdfDocument.Open(pdf, options);
        }
        catch (Exception e)
        {
            return Unreadable(e.Message);
        }

        using (document)
        {
            var objects = new PdfObjects(document);
            bool tagged = false;
            try
            {
                DocumentChecks.Run(objects, findings);
                tagged = objects.Dict(document.Structure.Catalog.CatalogDictionary, "StructTreeRoot") is not null;
            }
            catch (Exception e)
            {
                return Unreadable(e.Message, findings);
            }

            List<PageNode> pages;
            try
            {
                pages = PageTree.Walk(objects);
            }
            catch (Exception e)
            {
                return Unreadable(e.Message, findings);
            }
            if (pages.Count == 0) return Unreadable("no pages", findings);

            foreach (var page in pages)
            {
                try
                {
                    BoxChecks.Run(objects, page, findings);
                }
                catch (Exception e)
                {
                    findings.Add(Rules.PageUnreadableX.At(page.Number, "page boxes", e.Message));
                }
                try
                {
                    ContentScanner.Scan(objects, page, tagged, findings);
                }
                catch (Exception e)
                {
                    findings.Add(Rules.PageUnreadableX.At(page.Number, "content", e.Message));
                    findings.Add(Rules.PageUnreadableUA.At(page.Number, "content", e.Message));
                }
            }

            try
            {
                var pageNumbers = new Dictionary<IndirectReference, int>();
                foreach (var p in pages)
                    if (p.Reference is { } r) pageNumbers.TryAdd(r, p.Number);
                StructureChecks.Run(objects, pageNumbers, findings);
            }
            catch (Exception e)
            {
                findings.Add(Rules.UnreadableUA.At(null, "structure tree: " + e.Message));
            }
        }
        return Sorted(findings);
    }

    private static PreflightReport Unreadable(string reason, List<PreflightFinding>? before = null)
    {
        var findings = before ?? [];
        findings.Add(Rules.UnreadableX.At(null, reason));
        findings.Add(Rules.UnreadableUA.At(null, reason));
        return Sorted(findings);
    }

    /// <summary>Document-level findings first, then by page; within one page, by code (the order found otherwise).</summary>
    private static PreflightReport Sorted(List<PreflightFinding> findings) =>
        new(findings.Select((f, i) => (f, i)).OrderBy(x => x.f.Page ?? 0).ThenBy(x => x.f.Code, StringComparer.Ordinal)
            .ThenBy(x => x.i).Select(x => x.f));
}
