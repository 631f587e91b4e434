using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Builds one page's content stream from its panels' display items. Coordinates are converted from
/// the display list's y-down points to PDF's y-up user space (y' = page height − y), so no flipping
/// matrix is needed and text matrices stay upright. Graphics state (colours, opacity, line style, font)
/// is tracked to skip redundant operators. Tagged output wraps content in marked-content sequences:
/// structure content gets MCIDs from 0 (consecutive items of one node share a sequence), artifacts
/// /Artifact BMC (a watermark /Artifact &lt;&lt;/Type /Pagination /Subtype /Watermark&gt;&gt; BDC). With <c>iccRgb</c> (PDF/X), RGB colours are written in the ICCBased sRGB colour
/// space /CS0 (cs/CS … sc/SC) instead of DeviceRGB. Only reads shared state, so pages may be built in parallel.
/// </summary>
internal sealed class PdfContentBuilder
{
    private static readonly string[] RoleTags = BuildRoleTags();

    private readonly PdfResourceRegistry _registry;
    private readonly bool _tagged;
    private readonly bool _iccRgb;
    private readonly string _documentLanguage;
    // The content is compressed as soon as it is made, so each thread keeps one buffer for the pages it builds (a new
    // one a page was a sixth of a long build's allocations); one grown past a megabyte is not kept.
    [ThreadStatic] private static PdfBuffer? t_buffer;
    private readonly PdfBuffer _b = TakeBuffer();
    private readonly Dictionary<StructureNode, string> _languages = new(ReferenceEqualityComparer.Instance);
    private readonly PdfPageContent _result;
    private double _height;
    private GraphicsState _gs = GraphicsState.Initial;

    private enum MarkKind { None, Artifact, Structure }
    private MarkKind _mark;
    private StructureNode? _markNode;
    private string? _markSpan;
    private string? _markArtifact;

    /// <summary>The page resource name of the ICCBased sRGB colour space (spot colours are /CS1, /CS2, …).</summary>
    public const string SrgbResourceName = "CS0";

    private PdfContentBuilder(PdfResourceRegistry registry, bool tagged, string documentLanguage, bool iccRgb)
    {
        _registry = registry;
        _tagged = tagged;
        _iccRgb = iccRgb;
        _documentLanguage = documentLanguage;
        _result = new PdfPageContent(registry.Fonts.Count, registry.Images.Count, registry.Spots.Count, registry.Forms.Count);
    }

    public static PdfPageContent Build(PdfPage page, PdfResourceRegistry registry, bool tagged, string documentLanguage, bool iccRgb = false)
    {
        var builder = new PdfContentBuilder(registry, tagged, documentLanguage, iccRgb);
        try { builder.BuildPage(page); }
        finally { builder.ClearSeen(); }
        return builder._result;
    }

    /// <summary>
    /// A form's content stream: untagged, in the form's y-up space (the fragment's top-left corner at the origin, so
    /// y' = −y), and from a graphics state assumed unknown, since a form inherits the one it is drawn in.
    /// </summary>
    public static PdfPageContent BuildForm(PdfFormResource form, PdfResourceRegistry registry, bool iccRgb)
    {
        var builder = new PdfContentBuilder(registry, tagged: false, "", iccRgb) { _height = 0, _gs = GraphicsState.Unknown };
        try
        {
            foreach (var item in form.Items) builder.Item(item, item.X, item.Y);
            builder.Finish();
        }
        finally { builder.ClearSeen(); }
        return builder._result;
    }

    private void BuildPage(PdfPage page)
    {
        _height = page.Height;
        foreach (var panel in page.Panels)
        {
            bool clip = panel.Clip is not null;
            var saved = _gs;
            if (panel.Clip is { } r)
            {
                CloseMark();
                _b.Raw("q "u8);
                Rectangle(panel.OffsetX + r.Left, panel.OffsetY + r.Top, r.Width, r.Height);
                _b.Raw(" re W n\n"u8);
            }
            var items = panel.Items;
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                Item(item, panel.OffsetX + (double)item.X, panel.OffsetY + (double)item.Y);
            }
            if (clip)
            {
                CloseMark();
                _b.Raw("Q\n"u8);
                _gs = saved;
            }
        }
        Finish();
    }

    private void Finish()
    {
        CloseMark();
        _result.RawLength = _b.Length;
        // zlib's default level, not its smallest: with a page's content compressed at level 9 the search for longer
        // matches took a quarter of a 1,000-page build's CPU time, for files 0.7 % smaller (README, "Speed").
        // Font programs and images, compressed once each, keep the smallest size.
        _result.Data = Flate.Compress(_b.Span, System.IO.Compression.CompressionLevel.Optimal);
        _b.Clear();
        if (_b.Capacity <= 1 << 20) t_buffer = _b;
    }

    // Which glyph codes of each font the page being built has given a text: one bit a code, kept by the thread and
    // cleared after each page, however it ends (a dictionary a page and font was a twentieth of a long build's allocations).
    [ThreadStatic] private static ulong[][]? t_seen;

    private static ulong[] Seen(int font)
    {
        var seen = t_seen ??= [];
        if (font >= seen.Length)
        {
            Array.Resize(ref seen, font + 1);
            t_seen = seen;
        }
        return seen[font] ??= new ulong[65536 / 64];
    }

    private void ClearSeen()
    {
        for (int f = 0; f < _result.Unicode.Length; f++)
            if (_result.Unicode[f] is { } list)
            {
                var seen = Seen(f);
                foreach (var (cid, _) in list) seen[cid >> 6] = 0;
            }
    }

    private static PdfBuffer TakeBuffer()
    {
        var buffer = t_buffer ?? new PdfBuffer(64 * 1024);
        t_buffer = null;
        return buffer;
    }

    private void Item(in DisplayItem item, double x, double y)
    {
        switch (item.Visual)
        {
            case GlyphRunVisual run when run.Glyphs.Length > 0 && run.Size > 0:
                Mark(item, run);
                Text(run, x, y);
                break;
            case PathVisual path when path.Path.Verbs.Count > 0 && (path.Fill is not null || path.Stroke is { Width: > 0 }):
                Mark(item, path);
                Path(path, x, y);
                break;
            case ImageVisual image when image.Width > 0 && image.Height > 0:
                Mark(item, image);
                Image(image, x, y);
                break;
            case SharedVisual shared when shared.Content.Items.Count > 0:
                Mark(item, shared);
                Form(shared, x, y);
                break;
            case LinkVisual link:
                var node = item.IsArtifact ? null : item.Node;
                _result.Links.Add(new PdfLinkArea(x, _height - (y + link.Height), x + link.Width, _height - y, link.Anchor, link.Contents, node));
                if (_tagged) _result.Events.Add(new PdfMarkEvent(-1, node, null, _result.Links.Count - 1));
                break;
        }
    }

    // ---- marked content ----

    private void Mark(in DisplayItem item, Visual visual)
    {
        if (!_tagged) return;
        if (item.IsArtifact)
        {
            var subtype = item.Node?.ArtifactSubtype;
            if (_mark == MarkKind.Artifact && string.Equals(_markArtifact, subtype, StringComparison.Ordinal)) return;
            CloseMark();
            if (subtype is null) _b.Raw("/Artifact BMC\n"u8);
            else _b.Raw("/Artifact <</Type /Pagination /Subtype /"u8).Ascii(subtype).Raw(">> BDC\n"u8);
            _mark = MarkKind.Artifact;
            _markArtifact = subtype;
            return;
        }
        var node = item.Node!;
        string? span = null;
        if (visual is GlyphRunVisual run && !string.IsNullOrEmpty(run.Language) && !PdfLanguage.Same(run.Language, LanguageOf(node)))
            span = run.Language;
        if (_mark == MarkKind.Structure && ReferenceEquals(_markNode, node) && string.Equals(_markSpan, span, StringComparison.Ordinal))
            return;
        CloseMark();
        int mcid = _result.McidCount++;
        _b.Byte((byte)'/').Ascii(span is null ? RoleTags[(int)node.Role] : "Span").Raw(" <<"u8);
        if (span is not null) _b.Raw("/Lang "u8).TextString(span).Space();
        _b.Raw("/MCID "u8).Int(mcid).Raw(">> BDC\n"u8);
        _result.Events.Add(new PdfMarkEvent(mcid, node, span, -1));
        _mark = MarkKind.Structure;
        _markNode = node;
        _markSpan = span;
    }

    private void CloseMark()
    {
        if (_mark == MarkKind.None) return;
        _b.Raw("EMC\n"u8);
        _mark = MarkKind.None;
        _markNode = null;
        _markSpan = null;
        _markArtifact = null;
    }

    private string LanguageOf(StructureNode node)
    {
        if (!_languages.TryGetValue(node, out var language))
            _languages[node] = language = PdfLanguage.Effective(node, _documentLanguage);
        return language;
    }

    // ---- text ----

    private void Text(GlyphRunVisual run, double x, double y)
    {
        int n = run.Glyphs.Length;
        if (run.X.Length < n || run.Y.Length < n || run.Clusters.Length < n)
            throw new ArgumentException($"glyph run \"{run.Text}\" has fewer positions or clusters than glyphs");
        var font = _registry.Font(run.Face);
        _result.FontsUsed[font.Index] = true;
        var unicode = _result.Unicode[font.Index] ??= new List<(ushort, string)>();
        var seen = Seen(font.Index);
        bool monotonic = true;
        for (int i = 1; i < n; i++)
            if (run.Clusters[i] < run.Clusters[i - 1]) { monotonic = false; break; }

        if (run.ActualText is { } actual)
        {
            _b.Raw("/Span <</ActualText "u8).TextString(actual).Raw(">> BDC\n"u8);
        }
        SetFill(run.Color);
        _b.Raw("BT\n"u8);
        double size = PdfBuffer.Round3(run.Size);
        if (_gs.Font != font.Index || _gs.FontSize != size)
        {
            _b.Byte((byte)'/').Ascii(font.ResourceName).Space().Num(size).Raw(" Tf\n"u8);
            _gs.Font = font.Index;
            _gs.FontSize = size;
        }
        double scale = size / 1000;
        int start = 0;
        while (start < n)
        {
            float baseline = run.Y[start];
            double x0 = PdfBuffer.Round3(x + run.X[start]);
            _b.Raw("1 0 0 1 "u8).Num(x0).Space().Num(_height - (y + baseline)).Raw(" Tm\n[("u8);
            double pen = x0;
            int i = start;
            for (; i < n && run.Y[i] == baseline; i++)
            {
                if (i > start)
                {
                    // TJ adjustment in thousandths of text space: positive moves the next glyph left.
                    // Below a thousandth of a point (the precision of every coordinate written) the
                    // pen is left alone; the next glyph is measured against its own target again.
                    double gap = pen - (x + run.X[i]);
                    double adjust = Math.Abs(gap) < 0.001 ? 0 : PdfBuffer.Round3(gap / scale);
                    if (adjust != 0)
                    {
                        _b.Byte((byte)')').Num(adjust).Byte((byte)'(');
                        pen -= adjust * scale;
                    }
                }
                ushort cid = font.Map(run.Glyphs[i], out double width);
                _b.Code2(cid);
                pen += width * scale;
                if ((seen[cid >> 6] & (1UL << cid)) == 0 && ToUnicodeCMap.GlyphText(run.Text, run.Clusters, i, n, monotonic) is { } text)
                {
                    seen[cid >> 6] |= 1UL << cid;
                    unicode.Add((cid, text));
                }
            }
            _b.Raw(")] TJ\n"u8);
            start = i;
        }
        _b.Raw("ET\n"u8);
        if (run.ActualText is not null) _b.Raw("EMC\n"u8);
    }

    // ---- paths ----

    private void Path(PathVisual visual, double x, double y)
    {
        bool fill = visual.Fill is not null;
        bool stroke = visual.Stroke is { Width: > 0 };
        if (fill) SetFill(visual.Fill!.Value);
        if (stroke) SetStroke(visual.Stroke!);
        var verbs = visual.Path.Verbs;
        var points = visual.Path.Points;
        int p = 0;
        for (int v = 0; v < verbs.Count; v++)
        {
            switch (verbs[v])
            {
                case PathVerb.MoveTo:
                    Point(x, y, points[p], points[p + 1]); _b.Raw(" m\n"u8); p += 2; break;
                case PathVerb.LineTo:
                    Point(x, y, points[p], points[p + 1]); _b.Raw(" l\n"u8); p += 2; break;
                case PathVerb.CubicTo:
                    Point(x, y, points[p], points[p + 1]); _b.Space();
                    Point(x, y, points[p + 2], points[p + 3]); _b.Space();
                    Point(x, y, points[p + 4], points[p + 5]); _b.Raw(" c\n"u8); p += 6; break;
                case PathVerb.Close:
                    _b.Raw("h\n"u8); break;
            }
        }
        _b.Raw(fill && stroke ? "B\n"u8 : fill ? "f\n"u8 : "S\n"u8);
    }

    private void Point(double x, double y, float px, float py) => _b.Num(x + px).Space().Num(_height - (y + py));

    /// <summary>x y w h of a y-down rectangle, in PDF coordinates.</summary>
    private void Rectangle(double left, double top, double width, double height) =>
        _b.Num(left).Space().Num(_height - (top + height)).Space().Num(width).Space().Num(height);

    // ---- images ----

    private void Image(ImageVisual visual, double x, double y)
    {
        var image = _registry.Image(visual.Asset);
        _result.ImagesUsed[image.Index] = true;
        SetFillAlpha(1000); // ca applies to images too
        var (px, py, pw, ph) = visual.Placement();
        bool clip = px < -0.001f || py < -0.001f;
        _b.Raw("q\n"u8);
        if (clip)
        {
            Rectangle(x, y, visual.Width, visual.Height);
            _b.Raw(" re W n\n"u8);
        }
        _b.Num(pw).Raw(" 0 0 "u8).Num(ph).Space().Num(x + px).Space().Num(_height - (y + py + ph))
          .Raw(" cm /"u8).Ascii(image.ResourceName).Raw(" Do\nQ\n"u8);
    }

    // ---- shared content ----

    /// <summary>Draws a form with its top-left corner at (x, y); what it changes in the graphics state ends with it.</summary>
    private void Form(SharedVisual visual, double x, double y)
    {
        var form = _registry.Form(visual);
        _result.FormsUsed[form.Index] = true;
        _b.Raw("q 1 0 0 1 "u8).Num(x).Space().Num(_height - y).Raw(" cm /"u8).Ascii(form.ResourceName).Raw(" Do Q\n"u8);
    }

    // ---- graphics state ----

    /// <summary>
    /// Sets the fill or stroke colour: rg/RG (or sc/SC in /CS0 for PDF/X), k/K, or a Separation colour
    /// space with its tint (cs/CS only when the space changes).
    /// </summary>
    private void WriteColor(Color color, Color? current, bool stroking)
    {
        switch (color.Space)
        {
            case ColorSpace.Rgb when _iccRgb:
                _result.UsesSrgb = true;
                if (current is not { Space: ColorSpace.Rgb })
                    _b.Byte((byte)'/').Ascii(SrgbResourceName).Raw(stroking ? " CS "u8 : " cs "u8);
                _b.Num(color.C0).Space().Num(color.C1).Space().Num(color.C2).Raw(stroking ? " SC\n"u8 : " sc\n"u8);
                break;
            case ColorSpace.Rgb:
                _b.Num(color.C0).Space().Num(color.C1).Space().Num(color.C2).Raw(stroking ? " RG\n"u8 : " rg\n"u8);
                break;
            case ColorSpace.Cmyk:
                _b.Num(color.C0).Space().Num(color.C1).Space().Num(color.C2).Space().Num(color.C3).Raw(stroking ? " K\n"u8 : " k\n"u8);
                break;
            default:
                var spot = _registry.Spot(color);
                _result.SpotsUsed[spot.Index] = true;
                if (current is not { Space: ColorSpace.Spot } previous || PdfSpotColor.KeyOf(previous) != PdfSpotColor.KeyOf(color))
                    _b.Byte((byte)'/').Ascii(spot.ResourceName).Raw(stroking ? " CS "u8 : " cs "u8);
                _b.Num(color.Tint).Raw(stroking ? " SCN\n"u8 : " scn\n"u8);
                break;
        }
    }

    private void SetFill(Color color)
    {
        var opaque = Opaque(color);
        if (_gs.Fill != opaque)
        {
            WriteColor(color, _gs.Fill, stroking: false);
            _gs.Fill = opaque;
        }
        SetFillAlpha(AlphaCode(color.Alpha));
    }

    private void SetStroke(Stroke stroke)
    {
        var color = stroke.Color;
        var opaque = Opaque(color);
        if (_gs.Stroke != opaque)
        {
            WriteColor(color, _gs.Stroke, stroking: true);
            _gs.Stroke = opaque;
        }
        int alpha = AlphaCode(color.Alpha);
        if (_gs.StrokeAlpha != alpha)
        {
            _b.Raw("/GSs"u8).Int(alpha).Raw(" gs\n"u8);
            _result.StrokeAlphas.Add(alpha);
            _gs.StrokeAlpha = alpha;
        }
        double width = PdfBuffer.Round3(stroke.Width);
        if (_gs.LineWidth != width) { _b.Num(width).Raw(" w\n"u8); _gs.LineWidth = width; }
        var dash = stroke.Dash is { Length: > 0 } d && Array.Exists(d, static v => v > 0) ? d : null;
        if (!SameDash(_gs.Dash, dash))
        {
            _b.Byte((byte)'[');
            if (dash is not null)
                for (int i = 0; i < dash.Length; i++)
                {
                    if (i > 0) _b.Space();
                    _b.Num(Math.Max(0, dash[i]));
                }
            _b.Raw("] 0 d\n"u8);
            _gs.Dash = dash;
        }
        if (_gs.Cap != stroke.Cap) { _b.Int((int)stroke.Cap).Raw(" J\n"u8); _gs.Cap = stroke.Cap; }
        if (_gs.Join != stroke.Join) { _b.Int((int)stroke.Join).Raw(" j\n"u8); _gs.Join = stroke.Join; }
    }

    private void SetFillAlpha(int alpha)
    {
        if (_gs.FillAlpha == alpha) return;
        _b.Raw("/GSf"u8).Int(alpha).Raw(" gs\n"u8);
        _result.FillAlphas.Add(alpha);
        _gs.FillAlpha = alpha;
    }

    private static int AlphaCode(float alpha) => (int)Math.Clamp(Math.Round(alpha * 1000.0), 0, 1000);

    private static Color Opaque(Color color) => color.Alpha == 1f ? color : color.WithAlpha(255);

    private static bool SameDash(float[]? a, float[]? b)
    {
        if (a is null || b is null) return a is null && b is null;
        return a.AsSpan().SequenceEqual(b);
    }

    private static string[] BuildRoleTags()
    {
        var roles = Enum.GetValues<StructureRole>();
        var tags = new string[roles.Length];
        foreach (var role in roles) tags[(int)role] = role.ToString();
        return tags;
    }

    private struct GraphicsState
    {
        public Color? Fill, Stroke;
        public int FillAlpha, StrokeAlpha;
        public double LineWidth;
        public float[]? Dash;
        public LineCap Cap;
        public LineJoin Join;
        public int Font;
        public double FontSize;

        public static GraphicsState Initial => new()
        {
            FillAlpha = 1000, StrokeAlpha = 1000, LineWidth = 1, Cap = LineCap.Butt, Join = LineJoin.Miter, Font = -1,
        };

        /// <summary>Nothing known (a form's start): every colour, opacity and line style is written before its first use.</summary>
        public static GraphicsState Unknown => new()
        {
            FillAlpha = -1, StrokeAlpha = -1, LineWidth = -1, Dash = UnknownDash, Cap = (LineCap)(-1), Join = (LineJoin)(-1), Font = -1,
        };

        /// <summary>A dash no stroke has (negative), so that the first stroke sets its own, solid or dashed.</summary>
        private static readonly float[] UnknownDash = [-1];
    }
}
