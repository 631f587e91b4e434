using Hengnan.Report.Drawing;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The cheap sequential pre-scan of all pages: fonts, images and spot colours numbered in order of
/// first use (so resource names never depend on which thread built which page), and where every
/// anchor lands, and every image placement (for resolution reports and downsampling). Read-only once
/// built, shared by the parallel page builders.
/// </summary>
internal sealed class PdfResourceRegistry
{
    private readonly Dictionary<FontFace, PdfFontResource> _fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, PdfImageResource> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, float, float, float, float), PdfSpotColor> _spots = new();
    private readonly Dictionary<string, PdfAnchor> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<Fragment, PdfFormResource> _forms = new(ReferenceEqualityComparer.Instance);

    public List<PdfFontResource> Fonts { get; } = new();
    public List<PdfImageResource> Images { get; } = new();
    public List<PdfSpotColor> Spots { get; } = new();
    /// <summary>Shared content (<see cref="SharedVisual"/>), one form per fragment, numbered in order of first use.</summary>
    public List<PdfFormResource> Forms { get; } = new();
    public IReadOnlyDictionary<string, PdfAnchor> Anchors => _anchors;
    /// <summary>Every drawn image, in page order: the page, its resource and the visual (whose asset names it).</summary>
    public List<(int Page, PdfImageResource Image, ImageVisual Visual)> Placements { get; } = new();

    public static PdfResourceRegistry Scan(IReadOnlyList<PdfPage> pages)
    {
        var r = new PdfResourceRegistry();
        for (int p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            foreach (var panel in page.Panels)
                foreach (var item in panel.Items)
                    r.Add(item, p, page.Height, panel.OffsetX, panel.OffsetY);
        }
        return r;
    }

    private void Add(DisplayItem item, int page, float height, float offsetX, float offsetY)
    {
        switch (item.Visual)
        {
            case GlyphRunVisual run:
                if (run.Glyphs.Length == 0) break;
                if (!_fonts.ContainsKey(run.Face))
                {
                    var font = new PdfFontResource(run.Face, Fonts.Count);
                    _fonts.Add(run.Face, font);
                    Fonts.Add(font);
                }
                AddColor(run.Color);
                break;
            case PathVisual path:
                if (path.Fill is { } fill) AddColor(fill);
                if (path.Stroke is { } stroke) AddColor(stroke.Color);
                break;
            case ImageVisual image:
                if (!_images.TryGetValue(image.Asset.Digest, out var resource))
                {
                    resource = new PdfImageResource(image.Asset, Images.Count);
                    _images.Add(image.Asset.Digest, resource);
                    Images.Add(resource);
                }
                if (image.Width > 0 && image.Height > 0)
                {
                    var (_, _, w, h) = image.Placement();
                    Placements.Add((page, resource, image));
                    resource.MaxPlacedWidth = Math.Max(resource.MaxPlacedWidth, w);
                    resource.MaxPlacedHeight = Math.Max(resource.MaxPlacedHeight, h);
                }
                break;
            case SharedVisual shared:
                if (_forms.ContainsKey(shared.Content)) break;
                var form = new PdfFormResource(shared.Content, Forms.Count);
                _forms.Add(shared.Content, form);
                Forms.Add(form);
                // What the form draws needs its fonts, colours and images like any page (its anchors are not kept).
                foreach (var inner in form.Items)
                    if (inner.Visual is not AnchorVisual) Add(inner, page, height, offsetX + item.X, offsetY + item.Y);
                break;
            case AnchorVisual anchor:
                _anchors.TryAdd(anchor.Id, new PdfAnchor(page, offsetX + item.X, height - (offsetY + item.Y)));
                break;
        }
    }

    private void AddColor(Color color)
    {
        if (color.Space != ColorSpace.Spot) return;
        var key = PdfSpotColor.KeyOf(color);
        if (_spots.ContainsKey(key)) return;
        var spot = new PdfSpotColor(key.Item1, key.Item2, key.Item3, key.Item4, key.Item5, Spots.Count);
        _spots.Add(key, spot);
        Spots.Add(spot);
    }

    /// <summary>
    /// Asks every image whose resolution at its largest placement exceeds <paramref name="maxPpi"/> to be
    /// embedded at that resolution (the pixel size rounded, never below one pixel).
    /// </summary>
    public void LimitResolution(float maxPpi)
    {
        if (!(maxPpi > 0)) throw new ArgumentOutOfRangeException(nameof(maxPpi), "the resolution limit must be positive");
        foreach (var image in Images)
        {
            if (image.MaxPlacedWidth <= 0 || image.MaxPlacedHeight <= 0) continue;
            double ppi = Ppi(image.Asset.PixelWidth, image.Asset.PixelHeight, image.MaxPlacedWidth, image.MaxPlacedHeight);
            if (ppi <= maxPpi) continue;
            double scale = maxPpi / ppi;
            image.SetTarget(Math.Max(1, (int)Math.Round(image.Asset.PixelWidth * scale)), Math.Max(1, (int)Math.Round(image.Asset.PixelHeight * scale)));
        }
    }

    /// <summary>Pixels per inch of an image of <paramref name="pixelWidth"/> × <paramref name="pixelHeight"/> drawn at w × h points (the lower axis).</summary>
    public static double Ppi(int pixelWidth, int pixelHeight, double width, double height) =>
        Math.Min(pixelWidth * 72.0 / width, pixelHeight * 72.0 / height);

    public PdfFontResource Font(FontFace face) => _fonts[face];
    public PdfImageResource Image(ImageAsset asset) => _images[asset.Digest];
    public PdfSpotColor Spot(Color color) => _spots[PdfSpotColor.KeyOf(color)];
    public PdfFormResource Form(SharedVisual shared) => _forms[shared.Content];
}
