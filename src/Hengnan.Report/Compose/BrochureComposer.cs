using Hengnan.Report.Charts;
using Hengnan.Report.Content;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;
using Hengnan.Report.Layout.Text;
using Hengnan.Report.Units;

namespace Hengnan.Report.Compose;

/// <summary>
/// The brochure design: turns an edition's content into page runs — cover, contents, foreword,
/// the five sections (opener, "数字力量 / By the Numbers" panel, "权威回顾 / Review" — labels the edition may rename), closing,
/// colophon and back cover. Knows nothing of pages' mechanics: it builds elements; the layout
/// engine flows them.
/// </summary>
public sealed class BrochureComposer
{
    private readonly EditionContent _content;
    private readonly Typography _type;
    private readonly LanguageMode _mode;
    private readonly PaperSize _paper;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(IReadOnlyList<Placed> Visuals, List<LayoutProblem> Problems)>> _charts = new();
    private readonly ICollection<LayoutProblem> _composeProblems;

    // Problems found while a box is drawn during layout go to the context laying it out: the paginator lays runs out
    // in parallel, each in a context of its own, and reports their problems in document order. Outside layout (while
    // composing), they go to the build's list.
    private ICollection<LayoutProblem> _problems => LayoutContext.Current?.Problems ?? _composeProblems;

    public BrochureComposer(EditionContent content, Typography typography, LanguageMode mode, PaperSize paper,
        ICollection<LayoutProblem> problems)
    {
        _content = content;
        _type = typography;
        _mode = mode;
        _paper = paper;
        _composeProblems = problems;
    }

    /// <summary>The credits run on after the closing instead of on a page of their own (to save blank pages in a saddle-stitched booklet).</summary>
    public bool CreditsFollowClosing { get; set; }

    /// <summary>A PDF/X build for the print shop: photos are held to offset printing's 300 ppi.</summary>
    public bool ForPrint { get; init; }

    private Palette P => _type.Palette;
    private EditionSettings S => _content.Settings;
    private bool HasZh => _mode != LanguageMode.En;
    private bool HasEn => _mode != LanguageMode.Zh;
    private Language Primary => _mode == LanguageMode.En ? Language.En : Language.Zh;

    public const string ForewordAnchor = "intro";
    public const string ClosingAnchor = "closing";
    public const string ColophonAnchor = "colophon";
    public static string SectionAnchor(string id) => "section:" + id;

    /// <summary>How a section's number is printed everywhere: 01, 02, … (100 and up as they are).</summary>
    public static string SectionNumber(int number) => number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);


    // ---------------------------------------------------------------- geometry

    /// <summary>Body text block: a whole number of body characters wide (版心), inner margin wider than outer.</summary>
    public static Rect BodyRect(PaperSize paper, bool left)
    {
        float chars = MathF.Floor((paper.Width - 118) / Typography.BodySize);
        float width = chars * Typography.BodySize;
        float inner = (paper.Width - width) * 0.54f;
        float outer = paper.Width - width - inner;
        float top = 74, bottom = 70;
        float x = left ? outer : inner;
        return new Rect(x, top, x + width, paper.Height - bottom);
    }

    /// <summary>A4 and the 16开 sizes hold three cards or charts a row; A5 does not.</summary>
    private bool WidePage => BodyRect(_paper, false).Width >= 400;

    public PageTemplate BodyTemplate => new(PageKind.Body, true, BodyRect(_paper, false), BodyRect(_paper, true));
    public PageTemplate FrontTemplate => new(PageKind.FrontMatter, false, BodyRect(_paper, false), BodyRect(_paper, true));
    public PageTemplate BackMatterTemplate => new(PageKind.BackMatter, false, BodyRect(_paper, false), BodyRect(_paper, true));

    /// <summary>The width of the body on a right-hand page: what every element of the body is made for (a left-hand page's is the same).</summary>
    private float BodyWidth => BodyRect(_paper, false).Width;

    // ---------------------------------------------------------------- whole document

    /// <summary>The placeholder printed for a page number before the final layout is known.</summary>
    public const string UnknownPage = "00";

    public static string NumbersAnchor(string id) => SectionAnchor(id) + "#numbers";
    public static string ReviewAnchor(string id) => SectionAnchor(id) + "#review";

    /// <summary>The anchor a cross reference {page:target} points to.</summary>
    public static string AnchorOf(string target) => target switch
    {
        "intro" => ForewordAnchor,
        "closing" => ClosingAnchor,
        "credits" => ColophonAnchor,
        _ => SectionAnchor(target),
    };

    private IReadOnlyDictionary<string, string>? _labels;

    private string PageLabel(string anchor)
    {
        var label = LabelOf(anchor);
        t_printed?.TryAdd(anchor, label);
        return label;
    }

    private string LabelOf(string anchor) => _labels is not null && _labels.TryGetValue(anchor, out var label) ? label : UnknownPage;

    /// <summary>
    /// The elements of the foreword, each section and the closing, with the page numbers they print (cross references):
    /// the next layout pass reuses them, the very same objects, while those numbers have not moved, and the paginator
    /// then takes their pages as they were laid out (<see cref="Paginator"/>). Only the contents is set again every pass.
    /// </summary>
    private readonly Dictionary<object, (List<Element> Elements, Dictionary<string, string> Printed)> _composed = new(ReferenceEqualityComparer.Instance);

    /// <summary>The page numbers the part being composed on this thread printed.</summary>
    [ThreadStatic] private static Dictionary<string, string>? t_printed;

    /// <summary>Cores the parts are composed on (the elements do not depend on it).</summary>
    public int Cores { get; init; } = 1;

    /// <summary>
    /// The parts' elements, in order: those composed before and still valid as they were, the others composed on
    /// <see cref="Cores"/> cores, each in a layout context of its own sharing the document's set paragraphs; what
    /// composing them found is reported in the parts' order, whichever finished first.
    /// </summary>
    private List<Element> ComposeParts(IReadOnlyList<(object Part, Func<IEnumerable<Element>> Compose)> parts)
    {
        var elements = new List<Element>?[parts.Count];
        var missing = new List<int>();
        for (int i = 0; i < parts.Count; i++)
        {
            if (_composed.TryGetValue(parts[i].Part, out var done) && done.Printed.All(p => LabelOf(p.Key) == p.Value)) elements[i] = done.Elements;
            else missing.Add(i);
        }
        var document = LayoutContext.Current;
        var made = new (List<Element> Elements, Dictionary<string, string> Printed, List<LayoutProblem> Problems)[missing.Count];
        void Compose(int k)
        {
            var own = document?.Share() ?? new LayoutContext();
            using var scope = LayoutContext.Enter(own);
            t_printed = new Dictionary<string, string>(StringComparer.Ordinal);
            try { made[k] = (parts[missing[k]].Compose().ToList(), t_printed, own.Problems); }
            finally { t_printed = null; }
        }
        // What fails first in the document's order is what one core would have met first.
        OrderedParallel.For(missing.Count, Cores, Compose);
        for (int k = 0; k < missing.Count; k++)
        {
            int i = missing[k];
            _composed[parts[i].Part] = (made[k].Elements, made[k].Printed);
            foreach (var problem in made[k].Problems) _problems.Add(problem);
            elements[i] = made[k].Elements;
        }
        return elements.SelectMany(e => e!).ToList();
    }

    /// <param name="labels">Printed page number of each anchor from the previous layout pass; null in the first pass.</param>
    public IReadOnlyList<PageRun> Compose(IReadOnlyDictionary<string, string>? labels)
    {
        _labels = labels;
        var cover = Cover();
        var runs = new List<PageRun>
        {
            new(FrontTemplate, Contents()),
        };
        var body = new List<Element>();
        var parts = new List<(object, Func<IEnumerable<Element>>)>();
        if (_content.Outline.Intro is { } intro) parts.Add((intro, () => Passage(intro, ForewordAnchor)));
        foreach (var section in _content.Outline.Sections) parts.Add((section, () => SectionElements(section)));
        if (_content.Outline.Closing is { } closing) parts.Add((closing, () => Passage(closing, ClosingAnchor)));
        body.AddRange(ComposeParts(parts));
        if (CreditsFollowClosing)
        {
            // The credits continue on the closing's page when there is room (a saddle-stitched booklet saves a sheet's side).
            body.Add(new Spacer(28));
            body.Add(Colophon(startsPage: false));
            runs.Add(new PageRun(BodyTemplate, new Stack(body)) { MaxSpillLines = 3 });
        }
        else
        {
            runs.Add(new PageRun(BodyTemplate, new Stack(body)) { MaxSpillLines = 3 });
            runs.Add(new PageRun(BackMatterTemplate, Colophon(startsPage: true)));
        }
        // The back cover is the last, left-hand page of the booklet: a blank page goes before it when needed.
        runs.Add(new PageRun(BackTemplate(), BackCover()) { StartsOnLeftPage = true });
        // The cover's template last: what setting its imprint finds is reported after what composing found, before
        // what the layout finds, as when the imprint was set while the pages were made.
        runs.Insert(0, new PageRun(CoverTemplate(), cover));
        return runs;
    }

    // ---------------------------------------------------------------- text helpers

    private string Resolve(RichText text, Language language) => Resolved(text, language).Text;

    /// <summary>
    /// The text of a paragraph in <paramref name="language"/> (its figures and page numbers printed), and where each piece
    /// of it was written: a literal piece exactly, character by character; a figure or page number at its reference.
    /// </summary>
    private (string Text, List<TextOrigin> Origins) Resolved(RichText text, Language language, int offset = 0)
    {
        var sb = new System.Text.StringBuilder();
        var origins = new List<TextOrigin>();
        foreach (var part in text.Parts)
        {
            var (piece, at, exact) = part switch
            {
                LiteralText l => (l.Text, l.Location, true),
                FigureBinding b => (FigureFormatter.InProse(b, _content.Indicators, language), b.Location, false),
                PageReference r => (PageLabel(AnchorOf(r.Target)), r.Location, false),
                _ => ("", null, true),
            };
            // A literal without a place (the space joining an English paragraph's lines) runs on from the piece before.
            if (at is not null && piece.Length > 0) origins.Add(new TextOrigin(offset + sb.Length, at, exact));
            sb.Append(piece);
        }
        return (sb.ToString(), origins);
    }

    /// <summary>
    /// Body text. English is set in a narrower measure (about 66 characters a line, never more than 75), indented from the left: in the
    /// bilingual edition that also sets it apart under its Chinese; in the English edition, at the Chinese body's
    /// size, the indent leaves the headings and figures their full width.
    /// </summary>
    private Element Body(string text, Language language, SourceLocation? origin = null, IReadOnlyList<TextOrigin>? origins = null)
    {
        if (language == Language.Zh) return new Paragraph([new TextSpan(text, _type.BodyZh)], _type.BodyZhPara) { Origin = origin, Origins = origins };
        var style = HasZh ? _type.BodyEn : _type.BodyEnAlone;
        var paragraph = new Paragraph([new TextSpan(text, style)], HasZh ? _type.BodyEnPara : _type.BodyEnAlonePara) { Origin = origin, Origins = origins };
        float indent = Typography.EnglishIndent(BodyRect(_paper, false).Width, style.Size);
        return indent > 0 ? new Indented(paragraph, indent) : paragraph;
    }

    /// <summary>A zh/en pair as the language mode wants it: Chinese, then English set apart.</summary>
    private IEnumerable<Element> Pair(ParagraphPair pair)
    {
        if (HasZh && Resolved(pair.Zh, Language.Zh) is var (zh, zhOrigins)) yield return Body(zh, Language.Zh, pair.Zh.Location, zhOrigins);
        if (HasZh && HasEn) yield return new Spacer(3);
        if (HasEn && Resolved(pair.En, Language.En) is var (en, enOrigins)) yield return Body(en, Language.En, pair.En.Location, enOrigins);
        yield return new Spacer(9);
    }

    private TextStyle Style(TextStyle baseStyle, float size, Color color) => baseStyle with { Size = size, Color = color };

    /// <summary>A two-language heading: Chinese strong, English lighter after it.</summary>
    private Element Heading(BilingualText text, float size, Color color, StructureRole role, bool keepWithNext = true)
    {
        var spans = new List<TextSpan>();
        if (HasZh) spans.Add(new TextSpan(text.Zh, Style(_type.SansBold, size, color)));
        if (HasZh && HasEn) spans.Add(new TextSpan("  ", Style(_type.Sans, size * 0.72f, P.Muted)));
        // The English of a bilingual heading is an English span (/Lang en) inside the Chinese heading.
        if (HasEn) spans.Add(new TextSpan(text.En, (HasZh ? Style(_type.Sans, size * 0.72f, P.Muted) : Style(_type.SansBold, size, color)) with { Language = Language.En.Tag() }));
        var para = LineSetter.Spans(spans, Primary, TextAlign.Left, 1.5f, role);
        return new Stack([para]) { KeepWithNext = keepWithNext };
    }

    private static Element Rule(float width, float thickness, Color color) =>
        new Layout.Elements.Rule(thickness, color) { Length = width };

    // ---------------------------------------------------------------- passages and sections

    private IEnumerable<Element> Passage(Passage passage, string anchor)
    {
        yield return new PageBreak();
        yield return new Anchor(anchor);
        yield return PassageOpener(passage.Title);
        foreach (var e in BlockElements(passage.Blocks)) yield return e;
    }

    private Element PassageOpener(BilingualText title) => new Stack(
    [
        new Spacer(6),
        Rule(36, 3, P.Accent),
        new Spacer(10),
        Heading(title, 22, P.Primary, StructureRole.H1),
        new Spacer(16),
    ]) { KeepWithNext = true };

    private IEnumerable<Element> SectionElements(Section section)
    {
        yield return new PageBreak();
        yield return new Anchor(SectionAnchor(section.Id));
        yield return SectionOpener(section);
        if (section.Numbers.Count > 0)
        {
            yield return new Anchor(NumbersAnchor(section.Id));
            yield return Heading(S.NumbersLabel, 14, P.Primary, StructureRole.H2);
            yield return new Spacer(8);
            foreach (var e in BlockElements(section.Numbers)) yield return e;
            yield return new Spacer(8);
        }
        if (section.Review.Count > 0)
        {
            yield return new Anchor(ReviewAnchor(section.Id));
            yield return Heading(S.ReviewLabel, 14, P.Primary, StructureRole.H2);
            yield return new Spacer(8);
            foreach (var e in BlockElements(section.Review)) yield return e;
        }
    }

    /// <summary>
    /// The elements of a run of blocks, in the order written: consecutive KPI cards make one grid of cards,
    /// consecutive charts one grid of charts, and two photos in a row are set side by side.
    /// </summary>
    private IEnumerable<Element> BlockElements(IReadOnlyList<Block> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is PhotoBlock a && i + 1 < blocks.Count && blocks[i + 1] is PhotoBlock b)
            {
                foreach (var e in PhotoPair(a, b)) yield return e;
                i++;
                continue;
            }
            if (blocks[i] is KpiCard)
            {
                var kpis = blocks.Skip(i).TakeWhile(x => x is KpiCard).Cast<KpiCard>().ToList();
                i += kpis.Count - 1;
                // Three cards a row on a wide page (two when there are four), two on a narrow one (A5).
                yield return new KeepTogether(new Grid(kpis.Select(KpiCardElement).ToList(), WidePage && kpis.Count != 4 ? 3 : 2, 8) { CenterLastRow = true });
                yield return new Spacer(12);
                continue;
            }
            if (blocks[i] is ChartBlock)
            {
                var charts = blocks.Skip(i).TakeWhile(x => x is ChartBlock).Cast<ChartBlock>().ToList();
                i += charts.Count - 1;
                foreach (var row in ChartRows(charts))
                {
                    yield return row;
                    yield return new Spacer(12);
                }
                continue;
            }
            var elements = blocks[i] switch
            {
                ParagraphPair pair => Pair(pair),
                PhotoBlock photo => Photo(photo),
                TableBlock table => [new TableDesign(table, _content.Indicators, _type, _mode, _problems).Build(), new Spacer(14)],
                _ => [],
            };
            foreach (var e in elements) yield return e;
        }
    }

    private Element SectionOpener(Section section)
    {
        var number = LineSetter.Text(SectionNumber(section.Number),
            Style(_type.SansBold, 44, P.Primary), Language.En, TextAlign.Left, 1.1f, StructureRole.Artifact, section.Location);
        var items = new List<Element>
        {
            new Spacer(4),
            number,
            new Spacer(4),
            Rule(40, 3, P.Accent),
            new Spacer(10),
        };
        // One H1 per section: the title in each language is a span of it (the big number is decoration).
        if (HasZh) items.Add(LineSetter.Text(section.Title.Zh, Style(_type.SansBold, 24, P.Text), Language.Zh, TextAlign.Left, 1.4f, StructureRole.Span, section.Location));
        if (HasEn) items.Add(LineSetter.Text(section.Title.En, Style(HasZh ? _type.Sans : _type.SansBold, HasZh ? 13 : 22, HasZh ? P.Muted : P.Text), Language.En, TextAlign.Left, 1.4f, StructureRole.Span, section.Location));
        items.Add(new Spacer(18));
        return new Tagged(new Stack(items) { KeepWithNext = true }, new StructureNode(StructureRole.H1, null, Primary.Tag()));
    }

    // ---------------------------------------------------------------- figures

    private Element KpiCardElement(KpiCard kpi)
    {
        var ind = _content.Indicators.Get(kpi.IndicatorId, kpi.Year);
        var lines = new List<Element>();
        var main = _content.Indicators.Units.Format(ind.Value, ind.Unit, Primary);
        var bigStyle = Style(_type.SansBold, 20, P.Primary);
        var unitStyle = Style(_type.Sans, 9.5f, P.Primary);
        var spans = new List<TextSpan>();
        if (main.Prefix.Length > 0) spans.Add(new TextSpan(main.Prefix, unitStyle));
        spans.Add(new TextSpan(main.Number, bigStyle));
        if (main.Suffix.Length > 0) spans.Add(new TextSpan(main.Suffix, unitStyle));
        lines.Add(LineSetter.Spans(spans, Primary, TextAlign.Left, 1.25f, at: ind.Location));
        var english = _content.Indicators.Units.Format(ind.Value, ind.Unit, Language.En);
        // The English figure is worth a line only when it says more than the number above (a conversion or a unit).
        if (HasZh && HasEn && english.ToString() != main.Number && english.ToString() != main.Number + "%")
            lines.Add(LineSetter.Text(english.ToString(), Style(_type.Sans, 8, P.Muted), Language.En, at: ind.Location));
        else if (HasZh && HasEn)
            // The line's room is kept, so that the labels of the cards in a row stand at one height.
            lines.Add(new Spacer(8 * 1.35f));
        lines.Add(new Spacer(3));
        // The label says the time the figure covers: 2020年 / 2020, a five-year total 2016—2020年 / 2016–2020, a count 截至2020年底 / by end-2020.
        if (HasZh) lines.Add(LineSetter.Text($"{ind.Label.Zh}（{ind.Period.Label(Language.Zh)}）", Style(_type.Sans, 8.5f, P.Text), Language.Zh, TextAlign.Left, 1.4f, at: ind.Location));
        // No-break spaces keep the period with the label's last word: never a year alone on a line.
        if (HasEn) lines.Add(LineSetter.Text($"{ind.Label.En},\u00A0{ind.Period.Label(Language.En).Replace(' ', '\u00A0')}", Style(_type.Sans, 7.5f, HasZh ? P.Muted : P.Text), Language.En, TextAlign.Left, 1.35f, at: ind.Location));
        if (kpi.FromYear is { } from)
        {
            var before = _content.Indicators.Get(kpi.IndicatorId, from);
            // The same derived figure the narrative's {id@from..to:change%} prints (percentage points for a percentage).
            var kind = ind.Unit == "%" ? FigureFormat.Change : FigureFormat.ChangePercent;
            var binding = new FigureBinding(kpi.IndicatorId, kpi.Year, from, kind, kpi.Location);
            string Signed(string s) => s.StartsWith('-') ? s : "+" + s;
            var beforeZh = _content.Indicators.Units.Format(before.Value, before.Unit, Language.Zh).ToString();
            var beforeEn = _content.Indicators.Units.Format(before.Value, before.Unit, Language.En).ToString();
            lines.Add(new Spacer(2));
            if (HasZh) lines.Add(LineSetter.Text($"较{before.Period.Point(Language.Zh)}（{beforeZh}）{Signed(FigureFormatter.Format(binding, _content.Indicators, Language.Zh))}", Style(_type.Sans, 7.5f, P.Accent), Language.Zh, at: kpi.Location));
            if (HasEn) lines.Add(LineSetter.Text($"{Signed(FigureFormatter.Format(binding, _content.Indicators, Language.En))} on {before.Period.Point(Language.En)} ({beforeEn})", Style(_type.Sans, 7, P.Accent), Language.En, at: kpi.Location));
        }
        return new Card(new Stack(lines), P.Panel, P.Accent, 8);
    }

    private const float ChartGap = 14, ChartHeight = 132;

    /// <summary>
    /// Charts in rows: charts that need the width (bars, groups of bars, long lines) a row each; the others
    /// side by side, three a row when there are three, else two (one on a narrow page). In a row, titles of
    /// different lengths are given the same room, so the charts themselves stand level, at one height.
    /// </summary>
    private IEnumerable<Element> ChartRows(IReadOnlyList<ChartBlock> charts)
    {
        var palette = new ChartPalette(P.Primary, P.Accent, P.Text, P.Muted);
        var run = new List<(ChartBlock Chart, ChartDrawing Drawing)>();
        IEnumerable<Element> Flush()
        {
            if (run.Count == 0) yield break;
            int perRow = WidePage ? Math.Min(run.Count, run.Count == 3 ? 3 : 2) : 1;
            float cell = (BodyRect(_paper, false).Width - ChartGap * (perRow - 1)) / perRow;
            var cells = new List<Element>();
            foreach (var row in run.Chunk(perRow))
            {
                float head = row.Max(c => ChartHead(c.Chart, c.Drawing).Sum(p => p.Lines(cell, new List<LayoutProblem>()).Sum(l => l.Height)));
                float plot = row.Max(c => c.Drawing.HeightFor(cell, ChartHeight));
                cells.AddRange(row.Select(c => ChartElement(c.Chart, c.Drawing, cell, head, plot)));
            }
            yield return new Grid(cells, perRow, ChartGap);
            run.Clear();
        }
        foreach (var chart in charts)
        {
            var drawing = new ChartDrawing(chart, _content.Indicators, _mode, palette, _type);
            if (!drawing.WantsFullWidth) { run.Add((chart, drawing)); continue; }
            foreach (var e in Flush()) yield return e;
            run.Add((chart, drawing));
            foreach (var e in Flush()) yield return e;
        }
        foreach (var e in Flush()) yield return e;
    }

    /// <summary>A chart's title and unit line: the Chinese title strong, the English lighter under it; the unit in each language.</summary>
    private List<Paragraph> ChartHead(ChartBlock chart, ChartDrawing drawing)
    {
        var title = chart.Title ?? DefaultChartTitle(chart);
        var head = new List<Paragraph>();
        var at = chart.Location;
        if (HasZh) head.Add(LineSetter.Text(title.Zh, Style(_type.SansBold, Typography.ChartTitleSize, P.Text), Language.Zh, at: at));
        if (HasEn) head.Add(LineSetter.Text(title.En, HasZh ? Style(_type.Sans, 8, P.Muted) : Style(_type.SansBold, Typography.ChartTitleSize, P.Text), Language.En, at: at));
        var (zh, en) = drawing.UnitLine;
        if (zh is not null) head.Add(LineSetter.Text(zh, Style(_type.Sans, Typography.ChartUnitSize, P.Muted), Language.Zh, at: at));
        if (en is not null) head.Add(LineSetter.Text(en, Style(_type.Sans, HasZh ? Typography.ChartSecondSize : Typography.ChartUnitSize, P.Muted), Language.En, at: at));
        return head;
    }

    private Element ChartElement(ChartBlock chart, ChartDrawing drawing, float width, float headHeight, float plotHeight)
    {
        var items = new List<Element>();
        var head = ChartHead(chart, drawing);
        items.AddRange(head);
        float own = head.Sum(p => p.Lines(width, new List<LayoutProblem>()).Sum(l => l.Height));
        items.Add(new Spacer(6 + Math.Max(0, headHeight - own)));
        var (visuals, problems) = ChartVisuals(drawing, width, plotHeight);
        items.Add(new FixedBox(plotHeight, visuals, "chart") { Origin = chart.Location, Width = width, Problems = problems });
        var legend = drawing.LegendBeside(width) ? [] : drawing.Legend;
        if (legend.Count > 0) items.Add(new Spacer(4));
        if (drawing.Kind == ChartKind.Grouped)
        {
            // A wide chart's series in one running line under it (swatch, name and its English, swatch, name …),
            // or, where they do not fit on one line, an entry a line: an entry is never broken between lines.
            List<TextSpan> Entry(ChartDrawing.LegendEntry entry)
            {
                var spans = new List<TextSpan>
                {
                    new("■\u00A0", Style(_type.Sans, 8, entry.Color)),
                    new(HasZh ? entry.Label.Zh : entry.Label.En, Style(_type.Sans, Typography.ChartLabelSize, P.Text)),
                };
                if (HasZh && HasEn)
                    spans.Add(new TextSpan("\u00A0" + entry.Label.En, Style(_type.Sans, Typography.ChartSecondSize, P.Muted) with { Language = Language.En.Tag() }));
                return spans;
            }
            var gap = new TextSpan("\u2003 ", Style(_type.Sans, Typography.ChartLabelSize, P.Text));
            var running = LineSetter.Spans(legend.SelectMany((e, i) => i == 0 ? Entry(e) : Entry(e).Prepend(gap)).ToList(), Primary, TextAlign.Left, 1.45f);
            if (running.Lines(width, new List<LayoutProblem>()).Count == 1) items.Add(running);
            else items.AddRange(legend.Select(e => LineSetter.Spans(Entry(e), Primary, TextAlign.Left, 1.45f)));
            legend = [];
        }
        foreach (var entry in legend)
        {
            var value = entry.Value is null ? "" : "  " + entry.Value;
            var spans = new List<TextSpan>
            {
                new("■", Style(_type.Sans, 8, entry.Color)),
                new(" " + (HasZh ? entry.Label.Zh : entry.Label.En) + value, Style(_type.Sans, Typography.ChartLabelSize, P.Text)),
            };
            items.Add(LineSetter.Spans(spans, Primary, TextAlign.Left, HasZh && HasEn ? 1.3f : 1.45f));
            // The bilingual legend names each series in English too, on a line of its own under the Chinese.
            if (HasZh && HasEn)
                items.Add(LineSetter.Spans([new TextSpan("\u2003\u2002" + entry.Label.En, Style(_type.Sans, Typography.ChartSecondSize, P.Muted))], Language.En, TextAlign.Left, 1.45f));
        }
        if (chart.Note is { } note)
        {
            items.Add(new Spacer(4));
            if (HasZh) items.Add(LineSetter.Text(note.Zh, Style(_type.Sans, Typography.ChartUnitSize, P.Muted), Language.Zh, TextAlign.Left, 1.4f, at: chart.Location));
            if (HasEn) items.Add(LineSetter.Text(note.En, Style(_type.Sans, HasZh ? Typography.ChartSecondSize : Typography.ChartUnitSize, P.Muted), Language.En, TextAlign.Left, 1.4f, at: chart.Location));
        }
        // A reader who cannot see the chart gets its title and every value in words.
        var title = chart.Title ?? DefaultChartTitle(chart);
        var unit = Primary == Language.Zh ? drawing.UnitLine.Zh : drawing.UnitLine.En;
        var alt = title.In(Primary) + (unit is null ? "" : Primary == Language.Zh ? "（" + unit + "）" : " (" + unit + ")") + ": " + drawing.Description(Primary);
        return new KeepTogether(new Tagged(new Stack(items), new StructureNode(StructureRole.Figure, alt, Primary.Tag())));
    }

    /// <summary>The chart's vectors for a box of the given width, captured once per width and build (parts composed in
    /// parallel share the capture), and the capture's problems: the box reports them wherever the chart is placed, so
    /// that the first report is in document order whichever part captured it (the build reports each problem once).</summary>
    private (IReadOnlyList<Placed> Visuals, IReadOnlyList<LayoutProblem> Problems) ChartVisuals(ChartDrawing drawing, float width, float height)
    {
        var key = drawing.Key + "@" + width.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var figure = _charts.GetOrAdd(key, _ => new(() =>
        {
            var problems = new List<LayoutProblem>();
            return (drawing.Capture(width, height, problems), problems);
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return (figure.Visuals, figure.Problems);
    }

    private BilingualText DefaultChartTitle(ChartBlock chart)
    {
        var ind = _content.Indicators.Get(chart.IndicatorIds[0], chart.Years[0]);
        var (first, last) = (chart.Years[0], chart.Years[^1]);
        switch (chart.Kind)
        {
            case ChartKind.Line: return new BilingualText($"{ind.Label.Zh}（{first}—{last}年）", $"{ind.Label.En}, {first}–{last}");
            case ChartKind.Grouped: return new BilingualText($"{first}—{last}年", $"{first}–{last}");
            case ChartKind.Compare: break;
            default: return new BilingualText(ind.Period.Label(Language.Zh), ind.Period.Label(Language.En));
        }
        var periods = chart.Years.Select(y => _content.Indicators.Get(chart.IndicatorIds[0], y).Period).ToList();
        // Figures of single years read as a range of years; totals over spans or counts at a year's end are named each.
        return periods.All(p => p.Kind == PeriodKind.Year)
            ? new BilingualText($"{ind.Label.Zh}（{first}—{last}年）", $"{ind.Label.En}, {first}–{last}")
            : new BilingualText($"{ind.Label.Zh}（{string.Join("、", periods.Select(p => p.Point(Language.Zh)))}）",
                $"{ind.Label.En}, {string.Join(", ", periods.Take(periods.Count - 1).Select(p => p.Point(Language.En)))} and {periods[^1].Point(Language.En)}");
    }

    private IEnumerable<Element> Photo(PhotoBlock photo)
    {
        yield return PhotoFigure(photo, 130, 210);
        yield return new Spacer(12);
    }

    /// <summary>Two photos in a row, side by side.</summary>
    private IEnumerable<Element> PhotoPair(PhotoBlock first, PhotoBlock second)
    {
        yield return new Grid([PhotoFigure(first, 150, 150), PhotoFigure(second, 150, 150)], 2, 12);
        yield return new Spacer(12);
    }

    private Element PhotoFigure(PhotoBlock photo, float minHeight, float preferredHeight)
    {
        _content.Photos.TryGetValue(photo.File, out var asset);
        var caption = new List<Element> { new Spacer(5) };
        const string Mark = "▲ ";
        if (HasZh && Resolved(photo.CaptionZh, Language.Zh, Mark.Length) is var (zh, zhOrigins))
            caption.Add(new Paragraph([new TextSpan(Mark + zh, Style(_type.CaptionZh, 8.5f, P.Text))],
                Typography.Line(Language.Zh, 8.5f, TextAlign.Justify, 1.5f)) { Origin = photo.CaptionZh.Location, Origins = zhOrigins, Role = StructureRole.Caption });
        if (HasEn && Resolved(photo.CaptionEn, Language.En) is var (en, enOrigins))
            caption.Add(new Paragraph([new TextSpan(en, HasZh ? _type.CaptionEn : Style(_type.CaptionZh, 8.5f, P.Text))],
                Typography.Line(Language.En, 8.5f, TextAlign.Left, 1.45f)) { Origin = photo.CaptionEn.Location, Origins = enOrigins, Role = StructureRole.Caption });
        // The photo is a figure; its alternate text is its caption in the edition's first language.
        var alt = Primary == Language.Zh ? Resolve(photo.CaptionZh, Language.Zh) : Resolve(photo.CaptionEn, Language.En);
        var figure = new StructureNode(StructureRole.Figure, alt, Primary.Tag());
        return new ImageFrame(minHeight, preferredHeight, new Stack(caption), "photo " + photo.File)
        {
            Origin = photo.Location,
            Image = asset,
            Node = figure,
            Resolution = asset is null ? null : PhotoResolution(photo.File),
            Placeholder = asset is null ? PhotoPlaceholder(photo.File, photo.Location) : null,
        };
    }

    /// <summary>
    /// Offset printing wants about 300 pixels per inch at the printed size; under 150 shows. A print (PDF/X) build warns
    /// under 300 and refuses under 150; a proof warns under 150.
    /// </summary>
    private ResolutionCheck PhotoResolution(string file)
    {
        var low = new ResolutionLimit(ForPrint ? 300 : 150, "IMG003",
            "photo '{0}' prints at {1} pixels per inch ({2}×{3} px in {4}×{5} mm); 300 is usual for print", IsWarning: true);
        return new ResolutionCheck(file, ForPrint
            ? [new ResolutionLimit(150, "IMG007", "photo '{0}' prints at {1} pixels per inch ({2}×{3} px in {4}×{5} mm); a print file needs at least 150, and 300 is usual", IsWarning: false), low]
            : [low]);
    }

    /// <summary>A photo still to come: a tinted frame with a landscape pictogram and the file's name about its middle.</summary>
    private Element PhotoPlaceholder(string file, SourceLocation at) => new FramePlaceholder(P.Panel, P.Muted.Tinted(0.35f), P.Panel.Mix(P.Muted, 0.27f),
        LineSetter.Text(HasZh && HasEn ? $"图片  Photo · {Path.GetFileName(file)}" : Path.GetFileName(file),
            Style(_type.Sans, 8, P.Muted), Primary, TextAlign.Center, 1.35f, StructureRole.Artifact, at));

    /// <summary>
    /// What stands in a photo's frame while the photo is missing, drawn to the frame's size (the layout chooses its
    /// height): the frame tinted and outlined, a quiet landscape pictogram and the label about its middle.
    /// </summary>
    private sealed class FramePlaceholder(Color fill, Color border, Color art, Paragraph label) : Element
    {
        public override string Describe() => "photo placeholder";

        public override LayoutResult Layout(LayoutContext context, float w, float height)
        {
            var items = new List<Placed>
            {
                new(0, 0, PathVisual.Rect(w, height, fill, border, 0.6f)),
            };
            float cx = w / 2, cy = height / 2 - 6;
            var hills = new PathBuilder()
                .MoveTo(cx - 38, cy + 18).LineTo(cx - 12, cy - 10).LineTo(cx + 4, cy + 6).LineTo(cx + 16, cy - 4).LineTo(cx + 38, cy + 18)
                .Close().Build();
            items.Add(new Placed(0, 0, new PathVisual(hills, art)));
            items.Add(new Placed(0, 0, new PathVisual(PathData.Circle(cx + 20, cy - 16, 6), art)));
            items.AddRange(LineSetter.Place(label, 0, height / 2 + 26, w, context.Problems).Items);
            return LayoutResult.Full(new Fragment(w, height, items));
        }
    }

    // ---------------------------------------------------------------- front and back matter

    private Rect CoverBody => new(60, 70, _paper.Width - 60, _paper.Height - 60);

    private PageTemplate CoverTemplate() => new(PageKind.Cover, false, CoverBody) { Background = CoverBackground(_paper) };

    private List<Placed> CoverBackground(PaperSize paper)
    {
        // The imprint sits in the shaded foot of the cover, under the gold band.
        var items = CoverArt(paper).ToList();
        float y = paper.Height * 0.70f + 28, width = paper.Width - 120;
        if (HasZh)
        {
            var (zh, h, _) = LineSetter.Place(LineSetter.Text($"{S.County.Zh}  {S.Year}", Style(_type.SansBold, 12, P.Paper), Language.Zh, TextAlign.Left, 1.5f, at: Setting("county.zh"), origins: AsWritten("county.zh", (S.County.Zh.Length, "year"))), 60, y, width, _problems);
            items.AddRange(zh);
            y += h;
        }
        if (HasEn)
            items.AddRange(LineSetter.Place(LineSetter.Text($"{S.County.En}  {S.Year}", Style(_type.Sans, 9, P.Paper), Language.En, TextAlign.Left, 1.5f, at: Setting("county.en"), origins: AsWritten("county.en", (S.County.En.Length, "year"))), 60, y, width, _problems).Items);
        return items;
    }

    private PageTemplate BackTemplate() => new(PageKind.BackCover, false, new Rect(60, _paper.Height * 0.62f, _paper.Width - 60, _paper.Height - 60))
        { Background = BackArt(_paper).ToList() };

    /// <summary>How far full-page grounds run past the trim, to fill any bleed (the renderer clips to the bleed box).</summary>
    private const float Overdraw = 24;

    /// <summary>Cover ground: the primary colour over a gold band and a shaded foot (the arcs rising from the band are set with the titles: <see cref="RisingArcs"/>).</summary>
    private IEnumerable<Placed> CoverArt(PaperSize paper)
    {
        float w = paper.Width, h = paper.Height;
        yield return Ground(-Overdraw, -Overdraw, w + 2 * Overdraw, h + 2 * Overdraw, P.Primary);
        yield return Ground(-Overdraw, h * 0.70f, w + 2 * Overdraw, 4, P.Accent);
        yield return Ground(-Overdraw, h * 0.70f + 4, w + 2 * Overdraw, h * 0.30f + Overdraw, P.Primary.Darkened(0.14f));
    }

    private IEnumerable<Placed> BackArt(PaperSize paper)
    {
        yield return Ground(-Overdraw, -Overdraw, paper.Width + 2 * Overdraw, paper.Height + 2 * Overdraw, P.Primary);
        yield return Ground(paper.Width / 2 - 20, paper.Height * 0.58f, 40, 3, P.Accent);
    }

    private static Placed Ground(float x, float y, float w, float h, Color color) => new(x, y, PathVisual.Rect(w, h, color));

    private Element Cover()
    {
        var white = P.Paper;
        var gold = P.Accent;
        var items = new List<Element>();
        // The cover's type scales with the paper (A4 is the design size): an A5 cover is an A4 cover made smaller.
        float k = Math.Min(1, _paper.Width / PaperSize.A4.Width);
        if (HasZh) items.Add(LineSetter.Text(S.Congress.Zh, Style(_type.Sans, 11 * k, gold), Language.Zh, TextAlign.Left, 1.5f, at: Setting("congress.zh"), origins: AsWritten("congress.zh")));
        if (HasEn) items.Add(LineSetter.Text(S.Congress.En, Style(_type.Sans, 8.5f * k, gold), Language.En, TextAlign.Left, 1.5f, at: Setting("congress.en"), origins: AsWritten("congress.en")));
        items.Add(new Spacer(_paper.Height * 0.18f));
        items.Add(Rule(48 * k, 4 * k, gold));
        items.Add(new Spacer(18 * k));
        // Titles wrap to a few lines and are set smaller when longer; the whole block must end above the gold band.
        float width = CoverBody.Width;
        SourceLocation? At(string key) => S.Locations.GetValueOrDefault(key);
        Paragraph Title(string text, TextStyle style, Language language, float leading, int lines, string key) =>
            LineSetter.Fit([new TextSpan(text, style)], language, TextAlign.Left, leading, StructureRole.P, width, lines, 0.6f, _problems, At(key), "LAY010.cover");
        if (HasZh) items.Add(Title(S.Title.Zh, Style(_type.SansBold, 38 * k, white), Language.Zh, 1.3f, 2, "title.zh"));
        if (HasEn) items.Add(Title(S.Title.En, Style(HasZh ? _type.Sans : _type.SansBold, (HasZh ? 17 : 30) * k, white), Language.En, 1.35f, 3, "title.en"));
        items.Add(new Spacer(22 * k));
        if (HasZh) items.Add(Title(S.Subtitle.Zh, Style(_type.SansBold, 17 * k, gold), Language.Zh, 1.5f, 2, "subtitle.zh"));
        if (HasEn) items.Add(Title(S.Subtitle.En, Style(_type.Sans, 11 * k, gold), Language.En, 1.5f, 2, "subtitle.en"));
        float free = _paper.Height * 0.70f - 12 - CoverBody.Top;
        // The arcs fill what the titles leave above the band, so they never run through a line of text.
        items.Add(new RisingArcs(_paper.Height * 0.30f - 60, _paper.Width * 0.78f - 60, P.Primary.Mix(P.Accent, 0.43f)));
        return new Bounded(new Stack(items), free, "the cover's titles", At("title.zh"));
    }

    /// <summary>Where edition.txt sets <paramref name="key"/>, for what is printed from it (null: the setting is not written).</summary>
    private SourceLocation? Setting(string key) => S.Locations.GetValueOrDefault(key);

    /// <summary>
    /// Where the characters of a text printed from settings were written: from its start, the value of
    /// <paramref name="key"/> as written; from each further offset given, the setting named there (a year, not typed out).
    /// </summary>
    private IReadOnlyList<TextOrigin>? AsWritten(string key, params (int Start, string Key)[] then)
    {
        if (Setting(key) is not { } at) return null;
        var origins = new List<TextOrigin> { new(0, at) };
        foreach (var (start, other) in then)
            if (Setting(other) is { } there) origins.Add(new TextOrigin(start, there, Exact: false));
        return origins;
    }

    private Element BackCover()
    {
        var white = P.Paper;
        var items = new List<Element>();
        if (HasZh) items.Add(LineSetter.Text(S.County.Zh, Style(_type.SansBold, 16, white), Language.Zh, TextAlign.Center, 1.6f, at: Setting("county.zh"), origins: AsWritten("county.zh")));
        if (HasEn) items.Add(LineSetter.Text(S.County.En, Style(_type.Sans, 10, white), Language.En, TextAlign.Center, 1.6f, at: Setting("county.en"), origins: AsWritten("county.en")));
        items.Add(new Spacer(8));
        if (HasZh) items.Add(LineSetter.Text(S.Congress.Zh, Style(_type.Sans, 9, P.Accent), Language.Zh, TextAlign.Center, 1.6f, at: Setting("congress.zh"), origins: AsWritten("congress.zh")));
        if (HasEn) items.Add(LineSetter.Text(S.Congress.En, Style(_type.Sans, 7.5f, P.Accent), Language.En, TextAlign.Center, 1.6f, at: Setting("congress.en"), origins: AsWritten("congress.en")));
        items.Add(LineSetter.Text(S.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Style(_type.Sans, 9, white), Language.En, TextAlign.Center, 1.8f, at: Setting("year")));
        return new Stack(items);
    }

    /// <summary>The contents page: bilingual entries with dot leaders and the page numbers of the final layout.</summary>
    private Element Contents()
    {
        var items = new List<Element>
        {
            new Spacer(10),
            Rule(36, 3, P.Accent),
            new Spacer(10),
            Heading(new BilingualText("目录", "Contents"), 22, P.Primary, StructureRole.H1, false),
            new Spacer(28),
        };
        var entries = new List<(string Number, BilingualText Title, string Anchor, SourceLocation? At)>();
        if (_content.Outline.Intro is { } intro) entries.Add(("", intro.Title, ForewordAnchor, intro.Location));
        foreach (var s in _content.Outline.Sections) entries.Add((SectionNumber(s.Number), s.Title, SectionAnchor(s.Id), s.Location));
        if (_content.Outline.Closing is { } closing) entries.Add(("", closing.Title, ClosingAnchor, closing.Location));
        entries.Add(("", new BilingualText("编后记", "Credits"), ColophonAnchor, null));
        foreach (var (number, title, anchor, at) in entries)
        {
            items.Add(ContentsEntry(number, title, PageLabel(anchor), anchor, at));
        }
        return new Stack(items);
    }

    private Element ContentsEntry(string number, BilingualText title, string page, string anchor, SourceLocation? at)
    {
        float w = BodyWidth;
        var num = LineSetter.Text(number, Style(_type.SansBold, 16, P.Primary), Language.En, at: at);
        var pg = LineSetter.Text(page, Style(_type.SansBold, 12, P.Text), Language.En, TextAlign.Right, at: at);
        // The title runs between the number and the page number: two lines at most, set smaller if it must;
        // the entry grows with it, so nothing is ever set over the next entry.
        var zh = LineSetter.Fit([new TextSpan(HasZh ? title.Zh : title.En, Style(_type.SansBold, 13, P.Text))], Primary, TextAlign.Left, 1.35f,
            StructureRole.P, w - 44 - 60, 2, 0.8f, _problems, at, "LAY010.contents");
        var en = LineSetter.Fit([new TextSpan(title.En, Style(_type.Sans, 9, P.Muted))], Language.En, TextAlign.Left, 1.35f,
            StructureRole.P, w - 104, 2, 0.8f, _problems, at, "LAY010.contents");
        var zhLines = zh.Lines(w - 44 - 60, _problems);
        float zhHeight = zhLines.Sum(l => l.Height);
        float enHeight = HasZh && HasEn ? en.Lines(w - 104, _problems).Sum(l => l.Height) : 0;
        float firstLine = zhLines.Count > 0 ? zhLines[0].Height : 17.55f;
        float height = HasZh && HasEn ? Math.Max(44, zhHeight + enHeight + 8) : Math.Max(32, zhHeight + 14);
        // Set for the body's width; what setting the number and page finds is reported where the entry is placed.
        var problems = new List<LayoutProblem>();
        var items = new List<Placed>();
        items.AddRange(LineSetter.Place(num, 0, 0, 40, problems).Items);
        items.AddRange(LineSetter.Place(zh, 44, 0, w - 44 - 60, problems).Items);
        if (HasZh && HasEn) items.AddRange(LineSetter.Place(en, 44, zhHeight + 2.45f, w - 104, problems).Items);
        items.AddRange(LineSetter.Place(pg, w - 50, zhHeight - firstLine, 50, problems).Items);
        // Dot leaders from the end of the title's last line to the page number.
        float leaderY = zhHeight - firstLine + 12;
        float from = 44 + (zhLines.Count > 0 ? zhLines[^1].Width : 0) + 8, to = w - 30;
        if (to > from) items.Add(new Placed(from, leaderY, PathVisual.Line(to - from, 0, P.Muted, 0.8f, [0.8f, 3.2f])));
        items.Add(new Placed(0, height - 6, PathVisual.Line(w, 0, P.Muted.Tinted(0.24f), 0.4f)));
        items.Add(new Placed(0, -4, new LinkVisual(w, height, anchor, (HasZh ? title.Zh : title.En) + " " + page)));
        return new FixedBox(height, items, "contents entry") { Origin = at, Width = w, Problems = problems };
    }

    private Element Colophon(bool startsPage)
    {
        var items = new List<Element>
        {
            startsPage ? new PageBreak() : new Spacer(0),
            new Anchor(ColophonAnchor),
            PassageOpener(new BilingualText("编后记", "Credits")),
        };
        if (_content.Outline.Credits is { } credits) items.AddRange(Pair(credits));
        var sources = _content.Indicators.Rows.Select(r => r.Source).Where(s => s.Length > 0).Distinct().ToList();
        if (sources.Count > 0)
        {
            if (HasZh) items.Add(Body("数据来源：" + string.Join("；", sources) + "。", Language.Zh));
            if (HasEn) items.Add(Body("Figures from: " + string.Join("; ", sources) + ".", Language.En));
            items.Add(new Spacer(9));
        }
        if (HasZh) items.Add(Body("正文字体：思源宋体（Noto Serif SC）、思源黑体（Noto Sans SC）、Noto Serif、Noto Sans，均依 SIL 开源字体许可协议 1.1 使用。本册由 Hengnan.Report 排版生成。", Language.Zh));
        if (HasEn) items.Add(Body("Typefaces: Noto Serif SC, Noto Sans SC, Noto Serif and Noto Sans, used under the SIL Open Font License 1.1. Typeset with Hengnan.Report.", Language.En));
        return new Stack(items);
    }

    /// <summary>
    /// Concentric gold arcs rising from the cover's band like a sun over fields, in the space the titles leave:
    /// the largest stays <see cref="Gap"/> below the last line above it. Takes no height in the flow (it draws into
    /// the space below it, down to the band); decoration, so an artifact.
    /// </summary>
    private sealed class RisingArcs(float belowBand, float centreX, Color color) : Element
    {
        private const float Gap = 16, Smallest = 60, Step = 26;
        private const int Most = 9;

        public override string Describe() => "cover arcs";

        public override LayoutResult Layout(LayoutContext context, float width, float height)
        {
            // The band lies belowBand above the foot of the region; the arcs stand on it.
            float band = height - belowBand;
            var stroke = new Stroke(color, 0.8f);
            var items = new List<Placed>();
            for (int i = 0; i < Most && Smallest + i * Step <= band - Gap; i++)
                items.Add(new Placed(0, 0, new PathVisual(HalfCircle(centreX, band, Smallest + i * Step), null, stroke)));
            return LayoutResult.Full(new Fragment(width, 0, items) { Node = StructureNode.Artifact });
        }

        /// <summary>The upper half of a circle standing on its diameter at <paramref name="cy"/>.</summary>
        private static PathData HalfCircle(float cx, float cy, float r)
        {
            float k = r * 0.5522847498f;
            return new PathBuilder()
                .MoveTo(cx - r, cy)
                .CubicTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
                .CubicTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
                .Build();
        }
    }
}
