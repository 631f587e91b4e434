using System.Globalization;
using UglyToad.PdfPig.Core;

namespace Hengnan.Report.Preflight;

/// <summary>The page boxes PDF/X needs: TrimBox or ArtBox (not both), a BleedBox, all inside the MediaBox.</summary>
internal static class BoxChecks
{
    private const double Tolerance = 0.01;

    public static void Run(PdfObjects pdf, PageNode page, List<PreflightFinding> findings)
    {
        int n = page.Number;
        var trim = pdf.Rect(page.Dictionary, "TrimBox");
        var art = pdf.Rect(page.Dictionary, "ArtBox");
        var bleed = pdf.Rect(page.Dictionary, "BleedBox");
        if (trim is null && art is null) findings.Add(Rules.NoTrimBox.At(n));
        if (trim is not null && art is not null) findings.Add(Rules.TrimAndArtBox.At(n));
        if (bleed is null) findings.Add(Rules.NoBleedBox.At(n));
        if (page.MediaBox is not { } media || media.Width <= 0 || media.Height <= 0)
        {
            findings.Add(Rules.NoMediaBox.At(n));
            return;
        }
        foreach (var (name, box) in new[] { ("CropBox", page.CropBox), ("BleedBox", bleed), ("TrimBox", trim), ("ArtBox", art) })
            if (box is { } b && !Inside(b, media)) findings.Add(Rules.BoxNotNested.At(n, name, Show(b), "MediaBox", Show(media)));
        if (bleed is { } bl)
            foreach (var (name, box) in new[] { ("TrimBox", trim), ("ArtBox", art) })
                if (box is { } b && !Inside(b, bl)) findings.Add(Rules.BoxNotNested.At(n, name, Show(b), "BleedBox", Show(bl)));
    }

    private static bool Inside(PdfRectangle inner, PdfRectangle outer) =>
        inner.Left >= outer.Left - Tolerance && inner.Bottom >= outer.Bottom - Tolerance
        && inner.Right <= outer.Right + Tolerance && inner.Top <= outer.Top + Tolerance;

    private static string Show(PdfRectangle r) => string.Create(CultureInfo.InvariantCulture,
        $"[{r.Left:0.##} {r.Bottom:0.##} {r.Right:0.##} {r.Top:0.##}]");
}
