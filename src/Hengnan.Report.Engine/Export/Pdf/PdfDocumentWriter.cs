namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Puts a PDF together: a sequential pre-scan numbers fonts, images and spot colours and finds the
/// anchors; page content streams, font programs and images are then built and compressed in
/// parallel, each job depending only on its own input; finally everything is numbered and written in
/// a fixed order. The content hash of what was written gives the XMP identifiers and the file /ID.
/// The conformance options (PDF/X-4p, PDF/UA-1) are checked first (<see cref="PdfConformance"/>) and
/// only add to this: with none of them set the bytes are those of a plain request.
/// </summary>
internal static class PdfDocumentWriter
{
    public static byte[] Write(PdfDocumentRequest request, PdfWriteOptions options) => Write(request, options, out _);

    public static byte[] Write(PdfDocumentRequest request, PdfWriteOptions options, out PdfReport report)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pages = request.Pages;
        if (pages.Count == 0) throw new ArgumentException("a PDF needs at least one page", nameof(request));
        var meta = request.Metadata;
        string language = meta.Language ?? "";
        bool tagged = request.Tagged;
        var pdfx = request.PdfX;
        bool pdfUA = request.PdfUA;
        if (pdfx is not null) PdfConformance.CheckPdfX(request);
        if (pdfUA) PdfConformance.CheckPdfUARequest(request);

        var registry = PdfResourceRegistry.Scan(pages);
        if (request.MaxImagePpi is { } maxPpi) registry.LimitResolution(maxPpi);
        var contents = BuildInParallel(pages, registry, tagged, language, pdfx is not null, options);

        // The text of every glyph: the first mapping in page order wins (shared content first).
        foreach (var content in registry.Forms.Select(f => f.Built!).Concat(contents))
            for (int f = 0; f < registry.Fonts.Count; f++)
                if (content.Unicode[f] is { } list)
                    foreach (var (cid, text) in list) registry.Fonts[f].ToUnicode.TryAdd(cid, text);

        var links = new PdfLinks(contents, registry.Anchors);
        var tree = tagged ? PdfStructureTree.Build(contents, links.AnnotationOf, links.Count, language, pdfUA) : null;
        var notes = pdfUA ? PdfConformance.CheckPdfUAStructure(tree!, contents, links) : [];
        var outline = request.Bookmarks.Count > 0 ? new PdfOutline(request.Bookmarks) : null;
        report = Report(registry, notes, request.MaxImagePpi);

        // ---- numbering ----
        long capacity = 64 * 1024;
        foreach (var c in contents) capacity += c.Data.Length + 512;
        foreach (var f in registry.Fonts) capacity += f.Face.SubsetBytes.Length;
        foreach (var i in registry.Images) capacity += i.Asset.Data.Length / 2;
        foreach (var f in registry.Forms) capacity += f.Built!.Data.Length + 512;
        var w = new PdfObjectWriter((int)Math.Min(capacity, int.MaxValue / 2), pdfx is null ? 7 : 6);
        int catalog = w.Allocate(), pageTree = w.Allocate();
        var pageObjects = new int[pages.Count];
        var contentObjects = new int[pages.Count];
        for (int p = 0; p < pages.Count; p++) { pageObjects[p] = w.Allocate(); contentObjects[p] = w.Allocate(); }
        links.Allocate(w);
        var fontObjects = new int[registry.Fonts.Count];
        for (int f = 0; f < fontObjects.Length; f++) fontObjects[f] = w.Allocate(PdfFontResource.ObjectCount);
        var imageObjects = new int[registry.Images.Count];
        for (int i = 0; i < imageObjects.Length; i++) imageObjects[i] = w.Allocate(registry.Images[i].ObjectCount);
        var formObjects = new int[registry.Forms.Count];
        for (int f = 0; f < formObjects.Length; f++) formObjects[f] = w.Allocate();
        var spotObjects = new int[registry.Spots.Count];
        for (int s = 0; s < spotObjects.Length; s++) spotObjects[s] = w.Allocate();
        // One ExtGState object per opacity used anywhere (fill ca, stroke CA), shared by all pages.
        var fillAlphas = new SortedDictionary<int, int>();
        var strokeAlphas = new SortedDictionary<int, int>();
        foreach (var content in registry.Forms.Select(f => f.Built!).Concat(contents))
        {
            foreach (int a in content.FillAlphas) fillAlphas[a] = 0;
            foreach (int a in content.StrokeAlphas) strokeAlphas[a] = 0;
        }
        foreach (int a in fillAlphas.Keys.ToArray()) fillAlphas[a] = w.Allocate();
        foreach (int a in strokeAlphas.Keys.ToArray()) strokeAlphas[a] = w.Allocate();
        // PDF/X: the sRGB ICC profile stream and the [/ICCBased …] colour space every RGB colour and image uses.
        int srgbSpace = 0, srgbProfile = 0;
        if (pdfx is not null) { srgbSpace = w.Allocate(); srgbProfile = w.Allocate(); }
        int outlineRoot = outline?.Allocate(w) ?? 0;
        int structRoot = tree?.Allocate(w) ?? 0;
        int metadata = w.Allocate(), info = w.Allocate();

        // ---- writing, in number order ----
        var b = w.Begin(catalog);
        b.Raw("<< /Type /Catalog /Pages "u8).Ref(pageTree);
        if (request.PageLabels.Count > 0)
        {
            b.Raw(" /PageLabels "u8);
            PdfPageLabels.Write(b, request.PageLabels, pages.Count);
        }
        if (outline is not null) b.Raw(" /Outlines "u8).Ref(outlineRoot);
        if (request.OpenTwoPagesWithBookmarks)
        {
            b.Raw(" /PageLayout /TwoPageRight"u8);
            if (outline is not null) b.Raw(" /PageMode /UseOutlines"u8);
        }
        b.Raw(" /ViewerPreferences << /DisplayDocTitle true >>"u8);
        if (!string.IsNullOrEmpty(language)) b.Raw(" /Lang "u8).TextString(language);
        b.Raw(" /Metadata "u8).Ref(metadata);
        if (pdfx is not null) OutputIntent(b.Raw(" /OutputIntents ["u8), pdfx).Byte((byte)']');
        if (tree is not null) b.Raw(" /MarkInfo << /Marked true >> /StructTreeRoot "u8).Ref(structRoot);
        b.Raw(" >>"u8);
        w.End();

        b = w.Begin(pageTree);
        b.Raw("<< /Type /Pages /Kids ["u8);
        for (int p = 0; p < pages.Count; p++)
        {
            if (p > 0) b.Space();
            b.Ref(pageObjects[p]);
        }
        b.Raw("] /Count "u8).Int(pages.Count).Raw(" >>"u8);
        w.End();

        for (int p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var content = contents[p];
            b = w.Begin(pageObjects[p]);
            b.Raw("<< /Type /Page /Parent "u8).Ref(pageTree)
             .Raw(" /MediaBox [0 0 "u8).Num(page.Width).Space().Num(page.Height).Byte((byte)']');
            if (page.TrimBox is { } trim) Box(b.Raw(" /TrimBox "u8), trim, page.Height);
            if (page.BleedBox is { } bleed) Box(b.Raw(" /BleedBox "u8), bleed, page.Height);
            b.Raw(" /Resources "u8);
            Resources(b, content, registry, fontObjects, imageObjects, formObjects, spotObjects, fillAlphas, strokeAlphas, srgbSpace);
            b.Raw(" /Contents "u8).Ref(contentObjects[p]);
            if (pdfx is not null && UsesTransparency(content, registry)) b.Raw(" /Group << /Type /Group /S /Transparency /CS /DeviceCMYK >>"u8);
            links.WriteAnnots(b, p);
            if (tree is not null) b.Raw(" /StructParents "u8).Int(p).Raw(" /Tabs /S"u8);
            b.Raw(" >>"u8);
            w.End();
            w.Stream(contentObjects[p], " /Filter /FlateDecode"u8, content.Data);
        }

        links.Write(w, pageObjects, tree, pages.Count, printable: pdfx is null);

        for (int f = 0; f < fontObjects.Length; f++) registry.Fonts[f].Write(w, fontObjects[f]);
        for (int i = 0; i < imageObjects.Length; i++) registry.Images[i].Write(w, imageObjects[i], srgbSpace);
        for (int f = 0; f < formObjects.Length; f++)
        {
            var form = registry.Forms[f];
            var head = new PdfBuffer(512);
            form.WriteHead(head);
            Resources(head.Raw(" /Resources "u8), form.Built!, registry, fontObjects, imageObjects, formObjects, spotObjects, fillAlphas, strokeAlphas, srgbSpace);
            w.Stream(formObjects[f], head.Raw(" /Filter /FlateDecode"u8).Span, form.Built!.Data);
        }
        for (int s = 0; s < spotObjects.Length; s++) registry.Spots[s].Write(w, spotObjects[s]);
        foreach (var (alpha, number) in fillAlphas)
        {
            w.Begin(number).Raw("<< /Type /ExtGState /ca "u8).Num(alpha / 1000.0).Raw(" >>"u8);
            w.End();
        }
        foreach (var (alpha, number) in strokeAlphas)
        {
            w.Begin(number).Raw("<< /Type /ExtGState /CA "u8).Num(alpha / 1000.0).Raw(" >>"u8);
            w.End();
        }
        if (pdfx is not null)
        {
            w.Begin(srgbSpace).Raw("[/ICCBased "u8).Ref(srgbProfile).Byte((byte)']');
            w.End();
            w.Stream(srgbProfile, " /N 3 /Filter /FlateDecode"u8, Flate.Compress(PdfIccProfiles.SRgb));
        }
        outline?.Write(w, pageObjects, pages);
        tree?.Write(w, pageObjects, links.Objects);

        // Identifiers from a hash of everything so far and the metadata; written last, never patched.
        var hash = w.ContentHash(PdfMetadataWriter.HashInput(meta));
        string? pdfxVersion = pdfx is null ? null : PdfMetadataWriter.PdfXVersion;
        var xmp = PdfMetadataWriter.Xmp(meta, PdfMetadataWriter.Uuid(hash), PdfMetadataWriter.Uuid(hash.AsSpan(16)), pdfxVersion, pdfUA);
        w.Stream(metadata, " /Type /Metadata /Subtype /XML"u8, xmp);
        PdfMetadataWriter.WriteInfo(w, info, meta, pdfxVersion);
        return w.Finish(catalog, info, hash.AsSpan(0, 16));
    }

    private static PdfPageContent[] BuildInParallel(IReadOnlyList<PdfPage> pages, PdfResourceRegistry registry, bool tagged, string language, bool iccRgb, PdfWriteOptions options)
    {
        var contents = new PdfPageContent[pages.Count];
        int images = registry.Images.Count, fonts = registry.Fonts.Count;
        // Shared content first (few, small), then the big jobs (images, font programs), then pages.
        foreach (var form in registry.Forms) form.Built = PdfContentBuilder.BuildForm(form, registry, iccRgb);
        void Job(int j)
        {
            if (j < images) registry.Images[j].Encode();
            else if (j < images + fonts) registry.Fonts[j - images].Encode();
            else contents[j - images - fonts] = PdfContentBuilder.Build(pages[j - images - fonts], registry, tagged, language, iccRgb);
        }
        int jobs = images + fonts + pages.Count;
        OrderedParallel.For(jobs, options.MaxDegreeOfParallelism, Job);
        return contents;
    }

    /// <summary>A y-down rectangle as a PDF box [llx lly urx ury].</summary>
    private static void Box(PdfBuffer b, Drawing.Rect r, float height) =>
        b.Byte((byte)'[').Num(r.Left).Space().Num(height - r.Bottom).Space().Num(r.Right).Space().Num(height - r.Top).Byte((byte)']');

    /// <summary>
    /// The PDF/X output intent: a registered CMYK condition whose profile is referenced, not embedded
    /// (DestOutputProfileRef, PDF/X-4p), identified by its MD5 so the receiver can check its own copy.
    /// </summary>
    private static PdfBuffer OutputIntent(PdfBuffer b, PdfXOutputIntent x)
    {
        b.Raw("<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier "u8).TextString(x.OutputConditionIdentifier)
         .Raw(" /OutputCondition "u8).TextString(x.OutputCondition)
         .Raw(" /RegistryName "u8).TextString(x.RegistryName)
         .Raw(" /Info "u8).TextString(x.Info)
         .Raw(" /DestOutputProfileRef << /ICCVersion "u8).HexString(x.IccVersionBytes())
         .Raw(" /ProfileCS (CMYK) /ProfileName "u8).TextString(x.ProfileName)
         .Raw(" /URLs ["u8);
        for (int i = 0; i < x.ProfileUrls.Count; i++)
        {
            if (i > 0) b.Space();
            b.Raw("<< /FS /URL /F "u8).TextString(x.ProfileUrls[i]).Raw(" >>"u8);
        }
        return b.Raw("] /CheckSum "u8).HexString(x.CheckSumBytes()).Raw(" >> >>"u8);
    }

    /// <summary>Whether a page blends: an opacity below 1 or an image with a soft mask.</summary>
    private static bool UsesTransparency(PdfPageContent content, PdfResourceRegistry registry)
    {
        if (content.FillAlphas.Any(a => a < 1000) || content.StrokeAlphas.Any(a => a < 1000)) return true;
        for (int i = 0; i < content.ImagesUsed.Length; i++)
            if (content.ImagesUsed[i] && registry.Images[i].HasMask) return true;
        for (int f = 0; f < content.FormsUsed.Length; f++)
            if (content.FormsUsed[f] && UsesTransparency(registry.Forms[f].Built!, registry)) return true;
        return false;
    }

    /// <summary>Every image placement with its resolution, and the notes gathered while writing.</summary>
    private static PdfReport Report(PdfResourceRegistry registry, List<string> notes, float? maxPpi)
    {
        var placements = new List<PdfImagePlacement>(registry.Placements.Count);
        foreach (var (page, image, visual) in registry.Placements)
        {
            var (_, _, w, h) = visual.Placement();
            var asset = visual.Asset;
            placements.Add(new PdfImagePlacement(page, asset.Name, asset.PixelWidth, asset.PixelHeight, w, h,
                (float)PdfResourceRegistry.Ppi(asset.PixelWidth, asset.PixelHeight, w, h), image.Downsampled,
                image.Width, image.Height, (float)PdfResourceRegistry.Ppi(image.Width, image.Height, w, h)));
        }
        var kept = new List<PdfKeptImage>();
        foreach (var image in registry.Images)
        {
            if (image.Note is not { } note) continue;
            notes.Add(note);
            var asset = image.Asset;
            kept.Add(new PdfKeptImage(asset.Name, asset.PixelWidth, asset.PixelHeight,
                (float)PdfResourceRegistry.Ppi(asset.PixelWidth, asset.PixelHeight, image.MaxPlacedWidth, image.MaxPlacedHeight),
                maxPpi ?? 0, image.TargetWidth, image.TargetHeight));
        }
        return new PdfReport(placements, notes) { KeptOverLimit = kept };
    }

    private static void Resources(PdfBuffer b, PdfPageContent content, PdfResourceRegistry registry, int[] fonts, int[] images, int[] forms, int[] spots,
        SortedDictionary<int, int> fillAlphas, SortedDictionary<int, int> strokeAlphas, int srgbSpace)
    {
        b.Raw("<<"u8);
        if (Array.IndexOf(content.FontsUsed, true) >= 0)
        {
            b.Raw(" /Font <<"u8);
            for (int f = 0; f < fonts.Length; f++)
                if (content.FontsUsed[f]) b.Space().Name(registry.Fonts[f].ResourceName).Space().Ref(fonts[f]);
            b.Raw(" >>"u8);
        }
        if (Array.IndexOf(content.ImagesUsed, true) >= 0 || Array.IndexOf(content.FormsUsed, true) >= 0)
        {
            b.Raw(" /XObject <<"u8);
            for (int i = 0; i < images.Length; i++)
                if (content.ImagesUsed[i]) b.Space().Name(registry.Images[i].ResourceName).Space().Ref(images[i]);
            for (int f = 0; f < forms.Length; f++)
                if (content.FormsUsed[f]) b.Space().Name(registry.Forms[f].ResourceName).Space().Ref(forms[f]);
            b.Raw(" >>"u8);
        }
        if (Array.IndexOf(content.SpotsUsed, true) >= 0 || content.UsesSrgb)
        {
            b.Raw(" /ColorSpace <<"u8);
            if (content.UsesSrgb) b.Raw(" /"u8).Ascii(PdfContentBuilder.SrgbResourceName).Space().Ref(srgbSpace);
            for (int s = 0; s < spots.Length; s++)
                if (content.SpotsUsed[s]) b.Space().Name(registry.Spots[s].ResourceName).Space().Ref(spots[s]);
            b.Raw(" >>"u8);
        }
        if (content.FillAlphas.Count > 0 || content.StrokeAlphas.Count > 0)
        {
            b.Raw(" /ExtGState <<"u8);
            foreach (int a in content.FillAlphas) b.Raw(" /GSf"u8).Int(a).Space().Ref(fillAlphas[a]);
            foreach (int a in content.StrokeAlphas) b.Raw(" /GSs"u8).Int(a).Space().Ref(strokeAlphas[a]);
            b.Raw(" >>"u8);
        }
        b.Raw(" >>"u8);
    }
}
