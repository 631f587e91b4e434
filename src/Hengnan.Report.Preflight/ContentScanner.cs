using System.Globalization;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.General;
using UglyToad.PdfPig.Graphics.Operations.InlineImages;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Preflight;

/// <summary>
/// Interprets one page's content, and the form XObjects it draws, keeping just enough graphics state to check
/// fonts, colour spaces, image resolution, stroke widths, the colour of text and whether text is tagged.
/// </summary>
internal sealed class ContentScanner
{
    private const int MaxFormDepth = 12;
    private const int MaxOperations = 2_000_000;
    private const int MaxStateDepth = 256;

    private readonly PdfObjects _pdf;
    private readonly int _page;
    private readonly bool _checkTags;
    private readonly List<PreflightFinding> _findings;
    private readonly PageTally _tally = new();
    private readonly HashSet<object> _fontsChecked = [];
    private readonly HashSet<(object, long)> _imagesChecked = [];
    private readonly HashSet<object> _rgbImages = [];
    private readonly Dictionary<StreamToken, IReadOnlyList<IGraphicsStateOperation>?> _forms = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> _formsOpen = [];
    private readonly List<bool> _marked = []; // one entry per open marked-content sequence: tagged (MCID) or artifact
    private int _operations;

    private ContentScanner(PdfObjects pdf, int page, bool checkTags, List<PreflightFinding> findings)
    {
        _pdf = pdf;
        _page = page;
        _checkTags = checkTags;
        _findings = findings;
    }

    /// <summary>Scans a page's content; findings are added to <paramref name="findings"/>.</summary>
    public static void Scan(PdfObjects pdf, PageNode page, bool checkTags, List<PreflightFinding> findings)
    {
        var scanner = new ContentScanner(pdf, page.Number, checkTags, findings);
        var content = ReadContents(pdf, page.Dictionary);
        var ops = Parse(content, page.Number);
        scanner.CheckGroup(page.Dictionary, page.Resources);
        scanner.Execute(ops, page.Resources, new GraphicsState(), depth: 0);
        scanner.Report();
    }

    private static byte[] ReadContents(PdfObjects pdf, DictionaryToken page)
    {
        var contents = pdf.Get(page, "Contents");
        var streams = contents switch
        {
            StreamToken s => [s],
            ArrayToken a => a.Data.Select(pdf.Resolve).OfType<StreamToken>().ToList(),
            _ => new List<StreamToken>(),
        };
        using var all = new MemoryStream();
        foreach (var s in streams)
        {
            var bytes = pdf.Decode(s) ?? throw new InvalidOperationException("a content stream cannot be decoded");
            all.Write(bytes);
            all.WriteByte((byte)'\n');
        }
        return all.ToArray();
    }

    private static IReadOnlyList<IGraphicsStateOperation> Parse(byte[] content, int page)
    {
        var parser = new PageContentParser(ReflectionGraphicsStateOperationFactory.Instance, new StackDepthGuard(256), true);
        return parser.Parse(page, new MemoryInputBytes(content), NullLog.Instance);
    }

    private void Execute(IReadOnlyList<IGraphicsStateOperation> ops, DictionaryToken? resources, GraphicsState gs, int depth)
    {
        var saved = new Stack<GraphicsState>();
        int markedAtStart = _marked.Count;
        bool pathHasSegments = false;
        IReadOnlyDictionary<NameToken, IToken>? inlineImage = null;
        foreach (var op in ops)
        {
            if (++_operations > MaxOperations) break;
            switch (op)
            {
                case Push:
                    if (saved.Count < MaxStateDepth) saved.Push(gs.Clone());
                    break;
                case Pop:
                    if (saved.Count > 0) gs = saved.Pop();
                    break;
                case ModifyCurrentTransformationMatrix cm:
                    if (Matrix.From(cm.Value) is { } m) gs.Ctm = m.Then(gs.Ctm);
                    break;
                case SetLineWidth w:
                    gs.LineWidth = w.Width;
                    break;
                case SetGraphicsStateParametersFromDictionary g:
                    var ext = _pdf.Dict(_pdf.Dict(resources, "ExtGState"), g.Name.Data);
                    if (_pdf.Number(ext, "LW") is double lw) gs.LineWidth = lw;
                    break;

                case SetNonStrokeColorDeviceRgb rg:
                    SetRgb(gs, fill: true, rg.R, rg.G, rg.B, resources, $"{Num(rg.R)} {Num(rg.G)} {Num(rg.B)} rg");
                    break;
                case SetStrokeColorDeviceRgb RG:
                    SetRgb(gs, fill: false, RG.R, RG.G, RG.B, resources, $"{Num(RG.R)} {Num(RG.G)} {Num(RG.B)} RG");
                    break;
                case SetNonStrokeColorDeviceGray g1:
                    gs.FillSpace = ColourSpace.DeviceGray; gs.Fill = [g1.Gray];
                    break;
                case SetStrokeColorDeviceGray g2:
                    gs.StrokeSpace = ColourSpace.DeviceGray; gs.Stroke = [g2.Gray];
                    break;
                case SetNonStrokeColorDeviceCmyk k1:
                    gs.FillSpace = ColourSpace.DeviceCmyk; gs.Fill = [k1.C, k1.M, k1.Y, k1.K];
                    break;
                case SetStrokeColorDeviceCmyk k2:
                    gs.StrokeSpace = ColourSpace.DeviceCmyk; gs.Stroke = [k2.C, k2.M, k2.Y, k2.K];
                    break;
                case SetNonStrokeColorSpace cs:
                    gs.FillSpace = SetSpace(cs.Name, resources, "cs");
                    gs.Fill = gs.FillSpace.Initial();
                    break;
                case SetStrokeColorSpace CS:
                    gs.StrokeSpace = SetSpace(CS.Name, resources, "CS");
                    gs.Stroke = gs.StrokeSpace.Initial();
                    break;
                case SetNonStrokeColor sc:
                    gs.Fill = sc.Operands.ToArray();
                    break;
                case SetNonStrokeColorAdvanced scn:
                    gs.Fill = scn.Operands.ToArray();
                    break;
                case SetStrokeColor SC:
                    gs.Stroke = SC.Operands.ToArray();
                    break;
                case SetStrokeColorAdvanced SCN:
                    gs.Stroke = SCN.Operands.ToArray();
                    break;
                case PaintShading sh:
                    var shading = _pdf.AsDict(_pdf.Get(_pdf.Dict(resources, "Shading"), sh.Name.Data));
                    if (shading is not null && ColourSpace.Resolve(_pdf, _pdf.Get(shading, "ColorSpace"), resources).UncalibratedRgb)
                        CountRgb($"/{sh.Name.Data} sh");
                    break;

                case SetFontAndSize tf:
                    var fonts = _pdf.Dict(resources, "Font");
                    object? key = fonts is not null && fonts.Data.TryGetValue(tf.Font.Data, out var raw)
                        ? raw is IndirectReferenceToken r ? r.Data : _pdf.Resolve(raw)
                        : null;
                    gs.Font = _pdf.AsDict(key is null ? null : _pdf.Get(fonts, tf.Font.Data));
                    gs.FontKey = key;
                    gs.FontResource = tf.Font.Data;
                    break;
                case SetTextRenderingMode tr:
                    gs.TextRenderingMode = (int)tr.Mode;
                    break;
                case ShowText t:
                    if (!t.Bytes.IsEmpty || !string.IsNullOrEmpty(t.Text)) ShowsText(gs);
                    break;
                case ShowTextsWithPositioning tj:
                    if (tj.Array.Any(x => x is StringToken or HexToken)) ShowsText(gs);
                    break;
                case MoveToNextLineShowText q1:
                    if (!q1.Bytes.IsEmpty || !string.IsNullOrEmpty(q1.Text)) ShowsText(gs);
                    break;
                case MoveToNextLineShowTextWithSpacing q2:
                    if (!q2.Bytes.IsEmpty || !string.IsNullOrEmpty(q2.Text)) ShowsText(gs);
                    break;

                case BeginNewSubpath or AppendStraightLineSegment or AppendRectangle or AppendDualControlPointBezierCurve
                    or AppendStartControlPointBezierCurve or AppendEndControlPointBezierCurve:
                    pathHasSegments = true;
                    break;
                case StrokePath or CloseAndStrokePath or FillPathEvenOddRuleAndStroke or FillPathNonZeroWindingAndStroke
                    or CloseFillPathEvenOddRuleAndStroke or CloseFillPathNonZeroWindingAndStroke:
                    if (pathHasSegments) Stroked(gs);
                    pathHasSegments = false;
                    break;
                case FillPathEvenOddRule or FillPathNonZeroWinding or FillPathNonZeroWindingCompatibility or EndPath:
                    pathHasSegments = false;
                    break;

                case InvokeNamedXObject x:
                    Draw(x.Name.Data, resources, gs, depth);
                    break;
                case BeginInlineImageData id:
                    inlineImage = id.Dictionary;
                    break;
                case EndInlineImage:
                    if (inlineImage is not null) InlineImage(inlineImage, resources, gs);
                    inlineImage = null;
                    break;

                case BeginMarkedContent bmc:
                    _marked.Add(bmc.Name.Data == "Artifact");
                    break;
                case BeginMarkedContentWithProperties bdc:
                    var props = bdc.Properties ?? (bdc.PropertyDictionaryName is { } pn
                        ? _pdf.AsDict(_pdf.Get(_pdf.Dict(resources, "Properties"), pn.Data)) : null);
                    _marked.Add(bdc.Name.Data == "Artifact" || (props is not null && props.Data.ContainsKey("MCID")));
                    break;
                case EndMarkedContent:
                    if (_marked.Count > markedAtStart) _marked.RemoveAt(_marked.Count - 1);
                    break;
            }
        }
        // Sequences left open by this stream end with it.
        if (_marked.Count > markedAtStart) _marked.RemoveRange(markedAtStart, _marked.Count - markedAtStart);
    }

    private void SetRgb(GraphicsState gs, bool fill, double r, double g, double b, DictionaryToken? resources, string example)
    {
        var space = ColourSpace.Resolve(_pdf, NameToken.Create("DeviceRGB"), resources);
        if (fill) { gs.FillSpace = space; gs.Fill = [r, g, b]; }
        else { gs.StrokeSpace = space; gs.Stroke = [r, g, b]; }
        if (space.UncalibratedRgb) CountRgb(example);
    }

    private ColourSpace SetSpace(NameToken name, DictionaryToken? resources, string op)
    {
        var space = ColourSpace.Resolve(_pdf, name, resources);
        if (space.UncalibratedRgb) CountRgb($"/{name.Data} {op} ({space.Label})");
        return space;
    }

    /// <summary>A transparency group (of a page or a form) blended in DeviceRGB counts as DeviceRGB colour.</summary>
    private void CheckGroup(DictionaryToken owner, DictionaryToken? resources)
    {
        var group = _pdf.Dict(owner, "Group");
        if (group is null || _pdf.Name(group, "S") != "Transparency") return;
        var space = ColourSpace.Resolve(_pdf, _pdf.Get(group, "CS"), resources);
        if (space.UncalibratedRgb) CountRgb($"/Group /CS ({space.Label})");
    }

    private void CountRgb(string example)
    {
        _tally.RgbSettings++;
        _tally.RgbExample ??= example;
    }

    private void ShowsText(GraphicsState gs)
    {
        if (gs.Font is { } font && gs.FontKey is { } key && _fontsChecked.Add(key)) CheckFont(font, gs.FontResource);
        if (_checkTags && !_marked.Any(m => m)) _tally.UntaggedText++;
        int mode = gs.TextRenderingMode;
        string? rich = null;
        if (mode is 0 or 2 or 4 or 6) rich = RichBlack(gs.FillSpace, gs.Fill);
        if (rich is null && mode is 1 or 2 or 5 or 6) rich = RichBlack(gs.StrokeSpace, gs.Stroke);
        if (rich is not null)
        {
            _tally.RichBlackText++;
            _tally.RichBlackExample ??= rich;
        }
    }

    /// <summary>
    /// A description of the colour when it is black or dark grey made of several inks: neutral RGB at or under 0.25
    /// (r=g=b within 0.02), CMYK with C, M and Y all above 0 and K at least 0.5, or C+M+Y+K over 2.4 with K over 0.6.
    /// </summary>
    internal static string? RichBlack(ColourSpace space, double[] c)
    {
        switch (space.Model)
        {
            case ColourModel.Rgb when c.Length >= 3:
                double max = Math.Max(c[0], Math.Max(c[1], c[2])), min = Math.Min(c[0], Math.Min(c[1], c[2]));
                return max - min <= 0.02 && max <= 0.25 ? $"{space.Label} {Num(c[0])}/{Num(c[1])}/{Num(c[2])}" : null;
            case ColourModel.Cmyk when c.Length >= 4:
                bool fourColour = c[0] > 0 && c[1] > 0 && c[2] > 0 && c[3] >= 0.5;
                bool rich = c[0] + c[1] + c[2] + c[3] > 2.4 && c[3] > 0.6;
                return fourColour || rich
                    ? $"C{Pct(c[0])} M{Pct(c[1])} Y{Pct(c[2])} K{Pct(c[3])}"
                    : null;
            default:
                return null;
        }
    }

    private void CheckFont(DictionaryToken font, string? resourceName)
    {
        string name = _pdf.Name(font, "BaseFont") ?? _pdf.Name(font, "Name") ?? "/" + resourceName;
        string subtype = _pdf.Name(font, "Subtype") ?? "?";
        if (subtype == "Type3")
        {
            _findings.Add(Rules.Type3Font.At(_page, name));
            return;
        }
        var descriptorOwner = font;
        if (subtype == "Type0" && _pdf.Array(font, "DescendantFonts") is { Data.Count: > 0 } descendants)
            descriptorOwner = _pdf.AsDict(descendants.Data[0]) ?? font;
        var descriptor = _pdf.Dict(descriptorOwner, "FontDescriptor");
        bool embedded = descriptor is not null
            && (_pdf.Get(descriptor, "FontFile") is StreamToken || _pdf.Get(descriptor, "FontFile2") is StreamToken
                || _pdf.Get(descriptor, "FontFile3") is StreamToken);
        if (!embedded) _findings.Add(Rules.FontNotEmbedded.At(_page, name, subtype));
    }

    private void Stroked(GraphicsState gs)
    {
        double width = Math.Abs(gs.LineWidth) * gs.Ctm.MinScale;
        if (width >= 0.25 - 1e-9) return;
        _tally.Hairlines++;
        _tally.Thinnest = Math.Min(_tally.Thinnest, width);
    }

    private void Draw(string name, DictionaryToken? resources, GraphicsState gs, int depth)
    {
        var xobjects = _pdf.Dict(resources, "XObject");
        if (xobjects is null || !xobjects.Data.TryGetValue(name, out var raw)) return;
        if (_pdf.Resolve(raw) is not StreamToken stream) return;
        object key = raw is IndirectReferenceToken r ? r.Data : stream;
        var dict = stream.StreamDictionary;
        switch (_pdf.Name(dict, "Subtype"))
        {
            case "Image":
                Image(key, dict, resources, gs.Ctm, inline: false);
                break;
            case "Form":
                if (depth >= MaxFormDepth || _formsOpen.Contains(key)) return;
                if (!_forms.TryGetValue(stream, out var ops))
                {
                    var bytes = _pdf.Decode(stream);
                    try { ops = bytes is null ? null : Parse(bytes, _page); }
                    catch (Exception) { ops = null; }
                    _forms[stream] = ops;
                }
                if (ops is null) return;
                var inner = gs.Clone();
                if (Matrix.From((_pdf.Get(dict, "Matrix") as ArrayToken)?.Data.Select(t => (_pdf.Resolve(t) as NumericToken)?.Double ?? double.NaN).ToArray()) is { } fm)
                    inner.Ctm = fm.Then(gs.Ctm);
                _formsOpen.Add(key);
                var formResources = _pdf.Dict(dict, "Resources") ?? resources;
                CheckGroup(dict, formResources);
                Execute(ops, formResources, inner, depth + 1);
                _formsOpen.RemoveAt(_formsOpen.Count - 1);
                break;
        }
    }

    private void InlineImage(IReadOnlyDictionary<NameToken, IToken> entries, DictionaryToken? resources, GraphicsState gs)
    {
        var normal = new Dictionary<NameToken, IToken>();
        foreach (var (k, v) in entries)
        {
            string full = k.Data switch
            {
                "W" => "Width", "H" => "Height", "CS" => "ColorSpace", "IM" => "ImageMask", "BPC" => "BitsPerComponent",
                var other => other,
            };
            normal[NameToken.Create(full)] = v;
        }
        Image(new object(), new DictionaryToken(normal), resources, gs.Ctm, inline: true);
    }

    private void Image(object key, DictionaryToken dict, DictionaryToken? resources, Matrix ctm, bool inline)
    {
        if (_pdf.Number(dict, "Width") is not double w || _pdf.Number(dict, "Height") is not double h || w < 1 || h < 1) return;
        if (_pdf.Bool(dict, "ImageMask") == true) return; // a stencil: no colour of its own, resolution judged elsewhere
        var space = ColourSpace.Resolve(_pdf, _pdf.Get(dict, "ColorSpace"), inline ? resources : null);
        if (space.UncalibratedRgb && _rgbImages.Add(key))
            _findings.Add(Rules.DeviceRgbImage.At(_page, (int)w, (int)h, space.Label));

        double wPt = ctm.XScale, hPt = ctm.YScale;
        if (wPt < 1e-6 || hPt < 1e-6) return;
        double ppi = Math.Min(w * 72 / wPt, h * 72 / hPt);
        if (ppi >= 300) return;
        if (!_imagesChecked.Add((key, (long)Math.Round(ppi)))) return;
        var rule = ppi < 150 ? Rules.VeryLowResolutionImage : Rules.LowResolutionImage;
        _findings.Add(rule.At(_page, (int)w, (int)h, Mm(wPt), Mm(hPt), Math.Round(ppi).ToString("0", CultureInfo.InvariantCulture)));
    }

    private void Report()
    {
        if (_tally.RgbSettings > 0) _findings.Add(Rules.DeviceRgbColour.At(_page, _tally.RgbSettings, _tally.RgbExample!));
        if (_tally.Hairlines > 0) _findings.Add(Rules.Hairline.At(_page, _tally.Hairlines, Num(_tally.Thinnest)));
        if (_tally.RichBlackText > 0) _findings.Add(Rules.RichBlackText.At(_page, _tally.RichBlackText, _tally.RichBlackExample!));
        if (_tally.UntaggedText > 0) _findings.Add(Rules.UntaggedText.At(_page, _tally.UntaggedText));
    }

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Pct(double v) => Math.Round(v * 100).ToString("0", CultureInfo.InvariantCulture);

    private static string Mm(double pt) => (pt * 25.4 / 72).ToString("0.#", CultureInfo.InvariantCulture);
}
