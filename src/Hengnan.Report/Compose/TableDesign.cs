using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;
using Hengnan.Report.Layout.Text;
using Hengnan.Report.Units;

namespace Hengnan.Report.Compose;

/// <summary>
/// The indicators table (<c>table: 2015 2020 gdp hightech_enterprises | 主要指标 | Key indicators</c>): a
/// row per indicator, with its label, its unit and a column per year. Set in the brochure's sans, between
/// a rule in the primary colour above and below, with the header on the card tint and hairlines between
/// rows; figures stand on their decimal points and are the very texts the narrative prints for them
/// (<see cref="FigureFormatter"/>; the unit moves to the unit column). The bilingual edition carries
/// both languages in one table — the Chinese figures and units, with each label and unit named in
/// English under the Chinese, as the charts do; a single-language edition has that language only.
/// Tagged as a Table of rows (TR) of header (TH) and data (TD) cells, its title the table's Caption.
/// </summary>
internal sealed class TableDesign(TableBlock table, IndicatorTable indicators, Typography type, LanguageMode mode,
    ICollection<LayoutProblem> composing)
{
    /// <summary>Where a problem goes: the context laying the table out when it is placed (runs are laid out in parallel,
    /// each reporting in its own context), else the list given while composing.</summary>
    private ICollection<LayoutProblem> problems => LayoutContext.Current?.Problems ?? composing;

    private bool HasZh => mode != LanguageMode.En;
    private bool HasEn => mode != LanguageMode.Zh;
    private Language Figures => HasZh ? Language.Zh : Language.En;
    private Palette P => type.Palette;

    private const float Size = 9, SubSize = 7, Leading = 1.4f, PadY = 5, Gap = 10;

    /// <summary>The narrowest the indicator column may be (about six Chinese characters).</summary>
    public const float NarrowestLabels = 60;

    /// <summary>One printed figure: its text, and where its decimal point stands (from the left of the text).</summary>
    private sealed record Figure(string Text, Paragraph Set, float Width, float Point);

    /// <param name="Unit">The unit in the figures' language (亿元; CNY billion in the English edition).</param>
    /// <param name="UnitEn">The bilingual table's English name of that Chinese unit (CNY 100 million).</param>
    private sealed record RowData(Indicator Indicator, string Unit, string UnitEn, IReadOnlyList<Figure> Figures);

    public Element Build() => new TableBox(this);

    private TextStyle Style(TextStyle baseStyle, float size, Color color) => baseStyle with { Size = size, Color = color };

    // What a cell prints is reported where it was written: an indicator's label and unit in its row of the table of
    // indicators, the rest at the table's line in the outline.
    private Paragraph Text(string text, TextStyle style, Language language, TextAlign align = TextAlign.Left, SourceLocation? at = null) =>
        LineSetter.Text(text, style, language, align, Leading, StructureRole.Span, at ?? table.Location);

    /// <summary>The figure as the narrative prints it, and the unit it leaves for the unit column.</summary>
    private (string Number, string Unit) Formatted(Indicator ind, Language language)
    {
        var value = FigureFormatter.Format(new FigureBinding(ind.Id, ind.Year, null, FigureFormat.Value, table.Location), indicators, language);
        var number = FigureFormatter.Format(new FigureBinding(ind.Id, ind.Year, null, FigureFormat.Number, table.Location), indicators, language);
        int at = value.IndexOf(number, StringComparison.Ordinal);
        if (at < 0) return (value, "");
        string prefix = value[..at], suffix = value[(at + number.Length)..];
        // A prefix that is part of the figure (第1名) stays with it; a currency (CNY 35.60) moves to the unit.
        if (prefix.Length > 0 && !prefix.EndsWith(' ')) return (value, "");
        return (number, (prefix.Trim() + " " + suffix.Trim()).Trim());
    }

    private RowData Row(string id)
    {
        var cells = table.Years.Select(y => indicators.Get(id, y)).ToList();
        var formatted = cells.Select(c => Formatted(c, Figures)).ToList();
        // The unit goes to its column when every year's figure is in the same one (CNY billion, not one year in millions).
        bool common = formatted.All(f => f.Unit == formatted[0].Unit);
        var texts = common
            ? formatted.Select(f => f.Number).ToList()
            : cells.Select(c => FigureFormatter.Format(new FigureBinding(id, c.Year, null, FigureFormat.Value, table.Location), indicators, Figures)).ToList();
        string unit = common ? formatted[0].Unit : "";
        // The bilingual table names the Chinese unit in English too, as the charts do (亿元: CNY 100 million).
        string unitEn = HasZh && HasEn && unit.Length > 0 ? UnitCatalog.EnglishName(cells[0].Unit) : "";
        var latest = table.Years.Count - 1;
        var figures = texts.Select((t, i) => Measure(t, i == latest)).ToList();
        return new RowData(cells[^1], unit, unitEn, figures);
    }

    private Figure Measure(string text, bool latest)
    {
        // The latest year stands out in the primary colour.
        var style = latest ? Style(type.SansBold, Size, P.Primary) : Style(type.Sans, Size, P.Text);
        var set = Text(text, style, Figures);
        float width = NaturalWidth(set);
        int point = text.IndexOf('.');
        float before = point < 0 ? width : NaturalWidth(Text(text[..point], style, Figures));
        return new Figure(text, set, width, before);
    }

    private float NaturalWidth(Paragraph p) => p.Lines(10_000, problems).Select(l => l.Width).DefaultIfEmpty(0).Max();

    /// <summary>A cell: its first language strong, the English under it in small muted type (bilingual).</summary>
    private List<Paragraph> Words(string zh, string en, bool strong, TextAlign align, SourceLocation? at = null)
    {
        var main = strong ? type.SansBold : type.Sans;
        var list = new List<Paragraph>();
        if (HasZh && zh.Length > 0) list.Add(Text(zh, Style(main, Size, P.Text), Language.Zh, align, at));
        if (HasEn && en.Length > 0)
            list.Add(HasZh ? Text(en, Style(type.Sans, SubSize, P.Muted), Language.En, align, at) : Text(en, Style(main, Size, P.Text), Language.En, align, at));
        return list;
    }

    private List<Paragraph> UnitWords(RowData row) =>
        HasZh ? Words(row.Unit, row.UnitEn, false, TextAlign.Left, row.Indicator.Location) : Words("", row.Unit, false, TextAlign.Left, row.Indicator.Location);

    /// <summary>The column layout for a width: indicator, unit, then the years.</summary>
    private sealed record Columns(float Label, float Unit, float Year)
    {
        public float X(int column) => column switch { 0 => 0, 1 => Label, _ => Label + Unit + (column - 2) * Year };
        public float Width(int column) => column switch { 0 => Label, 1 => Unit, _ => Year };
    }

    private Element Layout(float width)
    {
        var rows = table.IndicatorIds.Select(Row).ToList();
        // A year heading reads the same in both languages but for 年: the bilingual table prints it once.
        var headYears = table.Years.Select(y => Words($"{y}年", HasZh ? "" : $"{y}", true, TextAlign.Right)).ToList();
        var headLabel = Words("指标", "Indicator", true, TextAlign.Left);
        var headUnit = Words("单位", "Unit", true, TextAlign.Left);
        float Widest(IEnumerable<Paragraph> ps) => ps.Select(NaturalWidth).DefaultIfEmpty(0).Max();
        float unitWidth = Math.Max(Widest(headUnit), Widest(rows.SelectMany(UnitWords))) + Gap + 1;
        // A year column holds its widest figure stood on the decimal point, and its heading.
        var integers = Enumerable.Range(0, table.Years.Count).Select(c => rows.Max(r => r.Figures[c].Point)).ToList();
        var fractions = Enumerable.Range(0, table.Years.Count).Select(c => rows.Max(r => r.Figures[c].Width - r.Figures[c].Point)).ToList();
        float yearWidth = Enumerable.Range(0, table.Years.Count)
            .Max(c => Math.Max(integers[c] + fractions[c], Widest(headYears[c]))) + Gap + 1;
        yearWidth = Math.Max(yearWidth, 44);
        float labelWidth = width - unitWidth - yearWidth * table.Years.Count;
        if (labelWidth < NarrowestLabels)
        {
            problems.Add(new LayoutProblem($"a table of {table.Years.Count} years does not fit the page's width", table.Location, "LAY012")
                { Key = "LAY012", Args = [$"{table.Years.Count}", $"{width / PaperSize.PointsPerMm:0}"] });
            labelWidth = NarrowestLabels;
        }
        var cols = new Columns(labelWidth, unitWidth, yearWidth);

        var header = RowElement(width, cols, true, [headLabel, headUnit, .. headYears], null, null);
        var body = rows.Select((r, i) => RowElement(width, cols, false,
            [Words(r.Indicator.Label.Zh, r.Indicator.Label.En, false, TextAlign.Left, r.Indicator.Location), UnitWords(r)],
            r.Figures.Select((f, c) => (f, DecimalX(cols, fractions[c]))).ToList(), i > 0 ? P.Muted.Tinted(0.4f) : null)).ToList();
        var footer = RuleElement(0.9f, P.Primary);
        var flow = new TableFlow(new Stack([RuleElement(1.2f, P.Primary), header, RuleElement(0.5f, P.Primary)]), body, footer);

        var items = new List<Element>();
        if (Caption() is { } caption) items.Add(caption);
        items.Add(flow);
        return new Tagged(new Stack(items), new StructureNode(StructureRole.Table, null, Figures.Tag()));
    }

    /// <summary>Where a column's decimal points stand: the widest fraction ends at the column's right edge.</summary>
    private static float DecimalX(Columns cols, float fraction) => cols.Year - fraction;

    private Element? Caption()
    {
        if (table.Title is not { } title) return null;
        var lines = new List<Element>();
        if (HasZh) lines.Add(Text(title.Zh, Style(type.SansBold, 9.5f, P.Text), Language.Zh));
        if (HasEn) lines.Add(Text(title.En, HasZh ? Style(type.Sans, 8, P.Muted) : Style(type.SansBold, 9.5f, P.Text), Language.En));
        lines.Add(new Spacer(5));
        return new Tagged(new Stack(lines), new StructureNode(StructureRole.Caption, null, Figures.Tag())) { KeepWithNext = true };
    }

    /// <summary>A rule across the table, drawn as page furniture.</summary>
    private static Element RuleElement(float thickness, Color color) =>
        new Tagged(new Rule(thickness, color, "table rule"), StructureNode.Artifact);

    /// <summary>
    /// One row: the indicator's words and unit (or the header's words) in their columns, the figures on their
    /// decimal points; the header row on the card tint, a hairline over every body row but the first. Drawn for the
    /// table's width <paramref name="w"/>; what setting its cells finds is reported where the row is placed.
    /// </summary>
    private Element RowElement(float w, Columns cols, bool head, IReadOnlyList<List<Paragraph>> words, IReadOnlyList<(Figure Figure, float Point)>? figures, Color? hairline)
    {
        float padY = head ? PadY - 1 : PadY;
        // Every cell is measured at its column's width (less the gap before the next column).
        float Inner(int c) => cols.Width(c) - (c == 0 || c == 1 ? Gap : 0);
        float contentHeight = 0;
        for (int c = 0; c < words.Count; c++)
            contentHeight = Math.Max(contentHeight, words[c].Sum(p => p.Lines(Inner(c), problems).Sum(l => l.Height)));
        if (figures is not null) contentHeight = Math.Max(contentHeight, figures.Max(f => f.Figure.Set.Lines(10_000, problems).Sum(l => l.Height)));
        float height = contentHeight + 2 * padY;
        var rowNode = new StructureNode(StructureRole.TR);
        var found = new List<LayoutProblem>();
        var items = new List<Placed>();
        var furniture = new List<Placed>();
        if (head) furniture.Add(new Placed(0, 0, PathVisual.Rect(w, height, P.Panel)));
        if (hairline is { } h) furniture.Add(new Placed(0, 0, PathVisual.Line(w, 0, h, 0.3f)));
        if (furniture.Count > 0) items.Add(new Placed(0, 0, new FragmentVisual(new Fragment(w, height, furniture) { Node = StructureNode.Artifact })));
        for (int c = 0; c < words.Count; c++)
        {
            // The indicator's name heads its row (TH); in the header row every cell is a heading.
            var role = head || c == 0 ? StructureRole.TH : StructureRole.TD;
            items.Add(Cell(role, cols.X(c), padY, Inner(c), words[c], found));
        }
        if (figures is not null)
            for (int c = 0; c < figures.Count; c++)
            {
                var (figure, point) = figures[c];
                float x = cols.X(c + 2) + point - figure.Point;
                items.Add(Cell(StructureRole.TD, x, padY, figure.Width + 1, [figure.Set], found));
            }
        return new Tagged(new FixedBox(height, items, head ? "table header" : "table row") { Width = w, Problems = found }, rowNode);
    }

    private static Placed Cell(StructureRole role, float x, float y, float width, IReadOnlyList<Paragraph> lines, ICollection<LayoutProblem> problems)
    {
        var placed = new List<Placed>();
        float top = 0;
        foreach (var p in lines)
        {
            var (items, height, _) = LineSetter.Place(p, 0, top, width, problems);
            placed.AddRange(items);
            top += height;
        }
        return new Placed(x, y, new FragmentVisual(new Fragment(width, top, placed) { Node = new StructureNode(role) }));
    }

    /// <summary>Builds the table for the width it is given (the columns are measured to it), once per width.</summary>
    private sealed class TableBox(TableDesign design) : Element
    {
        private readonly Dictionary<float, Element> _byWidth = new();

        public override string Describe() => "table";

        public override LayoutResult Layout(LayoutContext context, float width, float height)
        {
            if (!_byWidth.TryGetValue(width, out var element)) _byWidth[width] = element = design.Layout(width);
            return element.Layout(context, width, height);
        }
    }
}
