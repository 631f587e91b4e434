using Hengnan.Report.Compose;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>PNG previews are drawn from the same display lists as the PDF: one a page, at the size asked, showing what the page holds.</summary>
public sealed class PreviewTests
{
    [Fact]
    public void EveryPageHasAPreviewDrawnFromItsDisplayList()
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, output) { PreviewDpi = 30 });
            Assert.True(result.Succeeded);
            var pngs = result.Files.Where(f => f.EndsWith(".png")).ToList();
            Assert.Equal(result.Pages.Count, pngs.Count);
            var content = EditionLoader.Load(RepositoryPaths.SampleEdition, new DiagnosticBag())!;
            var primary = Palette.From(content.Settings.Colors).Primary.ToRgb8();
            for (int i = 0; i < pngs.Count; i++)
            {
                using var bitmap = SkiaSharp.SKBitmap.Decode(pngs[i]);
                Assert.Equal((int)Math.Ceiling(PaperSize.A4.Width * 30 / 72), bitmap.Width);
                var page = result.Pages[i];
                var list = page.DisplayList();
                // Every filled rectangle of the display list shows in its colour at its centre (paths drawn, not just text).
                for (int at = 0; at < list.Count; at++)
                {
                    var item = list[at];
                    if (item.Visual is not PathVisual { Fill: { } fill, Stroke: null } path || !fill.IsOpaque) continue;
                    // Rectangles only: the centre of another shape's box (a photo frame's mountain icon) may lie outside it.
                    if (!path.Path.Verbs.SequenceEqual([Hengnan.Report.Drawing.PathVerb.MoveTo, Hengnan.Report.Drawing.PathVerb.LineTo,
                            Hengnan.Report.Drawing.PathVerb.LineTo, Hengnan.Report.Drawing.PathVerb.LineTo, Hengnan.Report.Drawing.PathVerb.Close])) continue;
                    // The draft mark's letters are shapes too, but the centre of a letter's box may be its counter, not ink.
                    if (ReferenceEquals(item.Node, Hengnan.Report.Drawing.StructureNode.Watermark)) continue;
                    var (l, t, r, b) = path.Path.Bounds();
                    if (r - l < 20 || b - t < 20) continue;
                    float cx = item.X + (l + r) / 2, cy = item.Y + (t + b) / 2;
                    // Skip a centre that something drawn later covers.
                    if (list.Skip(at + 1).Any(o => Covers(o, cx, cy))) continue;
                    var pixel = bitmap.GetPixel((int)(cx * 30 / 72), (int)(cy * 30 / 72));
                    var want = fill.ToRgb8();
                    Assert.True(Math.Abs(pixel.Red - want.R) + Math.Abs(pixel.Green - want.G) + Math.Abs(pixel.Blue - want.B) < 40,
                        $"page {page.Number}: at ({cx:0},{cy:0}) the preview shows {pixel} where the display list fills {fill}");
                }
            }
            // The cover is the edition's red.
            using var cover = SkiaSharp.SKBitmap.Decode(pngs[0]);
            var c = cover.GetPixel(cover.Width / 2, cover.Height / 5);
            Assert.True(Math.Abs(c.Red - primary.R) + Math.Abs(c.Green - primary.G) + Math.Abs(c.Blue - primary.B) < 40, $"cover shows {c}");
        }
        finally { Directory.Delete(output, true); }
    }

    private static bool Covers(DisplayItem item, float x, float y)
    {
        var (l, t, r, b) = item.Visual switch
        {
            PathVisual p => p.Path.Bounds(),
            GlyphRunVisual g => (0f, -g.Size, g.X.Length > 0 ? g.X[^1] + g.Size : 0, g.Size * 0.3f),
            ImageVisual i => (0f, 0f, i.Width, i.Height),
            _ => (0f, 0f, 0f, 0f),
        };
        return x >= item.X + l - 2 && x <= item.X + r + 2 && y >= item.Y + t - 2 && y <= item.Y + b + 2;
    }
}
