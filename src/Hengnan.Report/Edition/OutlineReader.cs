using System.Globalization;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>
/// Reads outline.txt, the narrative, written for people who edit text rather than code:
/// <code>
/// [section economy]
/// title: 打造经济硬实力 | Building Economic Strength
/// [numbers]
/// kpi: gdp@2015..2020
/// chart: compare gdp 2015 2020 | 地区生产总值 | GDP
/// note: 2020年为初步核算数 | Figures for 2020 are preliminary
/// zh: 全县地区生产总值由2015年的{gdp@2015}增至{gdp@2020}。
/// en: GDP grew from {gdp@2015} in 2015 to {gdp@2020}.
/// chart: compare gdp 2015 2020 | 地区生产总值 | GDP
/// table: 2015 2020 gdp hightech_enterprises | 主要指标 | Key indicators
/// </code>
/// Each <c>zh:</c> paragraph is followed by its <c>en:</c> translation; <c>{id@year}</c> binds a figure from indicators.csv.
/// KPI cards, charts, tables and photos may stand in any block but the credits, and print in the order written.
/// </summary>
public sealed class OutlineReader
{
    private static readonly string[] BlockKinds = ["intro", "section", "numbers", "review", "photo", "closing", "credits"];

    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;

    private Passage? _intro, _closing;
    private ParagraphPair? _credits;
    private readonly List<Section> _sections = new();
    private readonly HashSet<string> _sectionIds = new(StringComparer.Ordinal);

    /// <summary>Sections are numbered 01… and 一、二、… up to this many.</summary>
    public const int MostSections = 999;

    // The block being read.
    private string? _kind;
    private string _arg = "";
    private SourceLocation _kindLocation = new("", 0, 0);
    private BilingualText? _title;
    private readonly List<Block> _blocks = new();        // passage blocks, or the section's review
    private readonly List<Block> _numbers = new();       // the section's figures
    private string _sectionPart = "";                    // "", "numbers" or "review" inside a section
    private (string Id, BilingualText? Title, SourceLocation Loc)? _section;

    // The paragraph being read.
    private string? _paraLang;
    private readonly List<TextPart> _paraParts = new();
    private SourceLocation? _paraLocation;
    private RichText? _pendingZh;

    private OutlineReader(string file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    public static Outline Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var lines = InputText.PrepareLines(text, file, diagnostics);
        var reader = new OutlineReader(file, diagnostics);
        for (int n = 0; n < lines.Length; n++) reader.ReadLine(lines[n], n + 1);
        reader.EndBlock();
        reader.EndSection();
        if (reader._sections.Count == 0)
            diagnostics.Error("OUT001", file, 0, 0, Msg.Of("OUT001"));
        return new Outline(reader._intro, reader._sections, reader._closing, reader._credits);
    }

    private void ReadLine(string line, int n)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) { EndParagraph(); return; }
        if (trimmed[0] == '#') return;
        // A chart's note and centre label come right after its line (blank lines and comments between are fine).
        var kv = KeyValueLine.TryParse(line, n);
        if (kv is not { Key: "note" or "centre" or "center" }) (_lastChart, _afterChartLine) = (null, false);
        if (trimmed[0] == '[')
        {
            EndParagraph();
            StartBlock(trimmed, n, line.IndexOf('[') + 1);
            return;
        }
        // note: and centre: belong to a chart; inside a paragraph such a line is the paragraph's text.
        if (kv is { } key && (key.Key is "zh" or "en" or "title" or "kpi" or "chart" or "table" || (key.Key is "note" or "centre" or "center" && _paraLang is null)))
        {
            EndParagraph();
            if (_kind is null)
            {
                _diagnostics.Error("OUT002", _file, n, key.KeyColumn, Msg.Of("OUT002", key.Key));
                return;
            }
            switch (key.Key)
            {
                case "title": ReadTitle(key); break;
                case "zh":
                case "en": StartParagraph(key); break;
                case "kpi": ReadKpi(key); break;
                case "chart": ReadChart(key); break;
                case "table": ReadTable(key); break;
                case "note": ReadChartNote(key); break;
                default: ReadChartCentre(key); break;
            }
            return;
        }
        if (_paraLang is not null)
        {
            // A continuation line: Chinese lines join without a space, English lines with one.
            if (_paraLang == "en") _paraParts.Add(new LiteralText(" "));
            var col = line.Length - line.TrimStart().Length + 1;
            _paraParts.AddRange(ParseRichLine(trimmed, n, col));
            return;
        }
        _diagnostics.Error("OUT003", _file, n, 1, kv is { } other ? Msg.Of("OUT003.key", other.Key) : Msg.Of("OUT003"));
    }

    private void StartBlock(string trimmed, int n, int col)
    {
        if (!trimmed.EndsWith(']'))
        {
            _diagnostics.Error("OUT004", _file, n, col, Msg.Of("OUT004"));
            return;
        }
        var inner = trimmed[1..^1].Trim();
        var space = inner.IndexOf(' ');
        var kind = space < 0 ? inner : inner[..space];
        var arg = space < 0 ? "" : inner[(space + 1)..].Trim();
        if (!BlockKinds.Contains(kind))
        {
            _diagnostics.Error("OUT005", _file, n, col + 1, Msg.Of("OUT005", kind, string.Join(" ", BlockKinds.Select(k => $"[{k}]"))));
            return;
        }
        var loc = new SourceLocation(_file, n, col);
        switch (kind)
        {
            case "numbers":
            case "review":
                if (_section is null)
                {
                    _diagnostics.Error("OUT006", _file, n, col, Msg.Of("OUT006", kind));
                    return;
                }
                EndPhoto();
                _sectionPart = kind;
                return;
            case "photo":
                if (arg.Length == 0)
                {
                    _diagnostics.Error("OUT007", _file, n, col, Msg.Of("OUT007"));
                    return;
                }
                if (_section is null && _kind is not ("intro" or "closing"))
                {
                    _diagnostics.Error("OUT006", _file, n, col, Msg.Of("OUT006.photo"));
                    return;
                }
                EndPhoto();
                _photo = (arg, loc);
                return;
        }
        EndBlock();
        EndSection();
        _kind = kind;
        _arg = arg;
        _kindLocation = loc;
        _title = null;
        if (kind == "section")
        {
            if (!IndicatorsCsvReader.IsIdentifier(arg))
                _diagnostics.Error("OUT008", _file, n, col, Msg.Of("OUT008", arg));
            else if (_sectionIds.Contains(arg))
                _diagnostics.Error("OUT009", _file, n, col, Msg.Of("OUT009", arg));
            if (_sections.Count == MostSections)
                _diagnostics.Error("OUT027", _file, n, col, Msg.Of("OUT027", MostSections + 1, MostSections));
            _sectionIds.Add(arg);
            _section = (arg, null, loc);
            _sectionPart = "";
        }
    }

    private (string File, SourceLocation Loc)? _photo;
    private readonly List<ParagraphPair> _photoCaptions = new();

    private void EndPhoto()
    {
        EndParagraph();
        FlushPendingZh();
        if (_photo is not { } photo) return;
        if (_photoCaptions.Count == 0)
            _diagnostics.Error("OUT010", _file, photo.Loc.Line, photo.Loc.Column, Msg.Of("OUT010", photo.File));
        else
        {
            var caption = _photoCaptions[0];
            Target().Add(new PhotoBlock(photo.File, caption.Zh, caption.En, photo.Loc));
        }
        _photoCaptions.Clear();
        _photo = null;
    }

    private List<Block> Target() => _section is not null && _sectionPart == "numbers" ? _numbers : _blocks;

    private void EndBlock()
    {
        EndPhoto();
        EndParagraph();
        FlushPendingZh();
        if (_kind is null) return;
        switch (_kind)
        {
            case "intro":
                if (_intro is not null) _diagnostics.Error("OUT009", _file, _kindLocation.Line, _kindLocation.Column, Msg.Of("OUT009.block", "intro"));
                _intro = new Passage(_title ?? new BilingualText("序言", "Foreword"), _blocks.ToList(), _kindLocation);
                _blocks.Clear();
                break;
            case "closing":
                if (_closing is not null) _diagnostics.Error("OUT009", _file, _kindLocation.Line, _kindLocation.Column, Msg.Of("OUT009.block", "closing"));
                _closing = new Passage(_title ?? new BilingualText("结语", "Looking Ahead"), _blocks.ToList(), _kindLocation);
                _blocks.Clear();
                break;
            case "credits":
                var pairs = _blocks.OfType<ParagraphPair>().ToList();
                if (pairs.Count != 1)
                    _diagnostics.Error("OUT011", _file, _kindLocation.Line, _kindLocation.Column, Msg.Of("OUT011"));
                else _credits = pairs[0];
                _blocks.Clear();
                break;
        }
        if (_kind != "section") _kind = null;
    }

    private void EndSection()
    {
        if (_section is not { } s) return;
        if (_title is null)
            _diagnostics.Error("OUT012", _file, s.Loc.Line, s.Loc.Column, Msg.Of("OUT012", s.Id));
        _sections.Add(new Section(s.Id, _sections.Count + 1, _title ?? new BilingualText(s.Id, s.Id), _numbers.ToList(), _blocks.ToList(), s.Loc));
        _numbers.Clear();
        _blocks.Clear();
        _section = null;
        _kind = null;
        _title = null;
    }

    private void ReadTitle(KeyValueLine key)
    {
        var bar = key.Value.IndexOf('|');
        if (bar < 0 || key.Value[..bar].Trim().Length == 0 || key.Value[(bar + 1)..].Trim().Length == 0)
        {
            _diagnostics.Error("OUT013", _file, key.Line, key.ValueColumn, Msg.Of("OUT013"));
            return;
        }
        _title = new BilingualText(key.Value[..bar].Trim(), key.Value[(bar + 1)..].Trim());
    }

    private void StartParagraph(KeyValueLine key)
    {
        if (key.Key == "zh") FlushPendingZh();
        _paraLang = key.Key;
        _paraLocation = new SourceLocation(_file, key.Line, key.KeyColumn);
        _paraParts.Clear();
        _paraParts.AddRange(ParseRichLine(key.Value, key.Line, key.ValueColumn));
    }

    private void EndParagraph()
    {
        if (_paraLang is null) return;
        var text = new RichText(Merge(_paraParts), _paraLocation!);
        if (_paraLang == "zh")
        {
            _pendingZh = text;
        }
        else if (_pendingZh is null)
        {
            _diagnostics.Error("OUT014", _file, text.Location.Line, text.Location.Column, Msg.Of("OUT014"));
        }
        else
        {
            var pair = new ParagraphPair(_pendingZh, text, _pendingZh.Location);
            if (_photo is not null)
            {
                // A photo takes one zh/en pair as its caption; what follows continues the narrative.
                _photoCaptions.Add(pair);
                _pendingZh = null;
                _paraLang = null;
                _paraParts.Clear();
                EndPhoto();
                return;
            }
            else if (_kind is null && _section is null) { }
            else Target().Add(pair);
            _pendingZh = null;
        }
        _paraLang = null;
        _paraParts.Clear();
    }

    private void FlushPendingZh()
    {
        if (_pendingZh is null) return;
        _diagnostics.Error("OUT015", _file, _pendingZh.Location.Line, _pendingZh.Location.Column, Msg.Of("OUT015"));
        _pendingZh = null;
    }

    private static List<TextPart> Merge(List<TextPart> parts)
    {
        var merged = new List<TextPart>();
        foreach (var p in parts)
        {
            // Literals on one line are joined; a literal keeps the position of its first character.
            if (p is LiteralText lt && merged.Count > 0 && merged[^1] is LiteralText prev && (lt.Location is null || prev.Location?.Line == lt.Location.Line || lt.Text == " "))
                merged[^1] = prev with { Text = prev.Text + lt.Text };
            else merged.Add(p);
        }
        return merged;
    }

    /// <summary>
    /// A figure (kpi:, chart:, table:) may stand in any block but the credits, where it is written: a photo
    /// above it must have had its caption and a Chinese paragraph its translation.
    /// </summary>
    private bool MayStandHere(KeyValueLine key)
    {
        if (_kind == "credits")
        {
            _diagnostics.Error("OUT016", _file, key.Line, key.KeyColumn, Msg.Of("OUT016", key.Key));
            return false;
        }
        EndPhoto();
        return true;
    }

    private void ReadKpi(KeyValueLine key)
    {
        if (!MayStandHere(key)) return;
        if (ParseFigureRef(key.Value.Trim(), key.Line, key.ValueColumn) is { } r)
            Target().Add(new KpiCard(r.Id, r.Year, r.From, new SourceLocation(_file, key.Line, key.ValueColumn)));
    }

    /// <summary>Most year columns a table may have (more do not fit a page's width).</summary>
    public const int MostTableYears = 5;

    /// <summary><c>table: 2015 2020 gdp fiscal_revenue | 主要指标 | Key indicators</c>: years, then indicators, then an optional title.</summary>
    private void ReadTable(KeyValueLine key)
    {
        if (!MayStandHere(key)) return;
        var loc = new SourceLocation(_file, key.Line, key.ValueColumn);
        var pieces = key.Value.Split('|');
        if (pieces.Length is not (1 or 3) || (pieces.Length == 3 && (pieces[1].Trim().Length == 0 || pieces[2].Trim().Length == 0)))
        {
            _diagnostics.Error("OUT028", _file, key.Line, key.ValueColumn, Msg.Of("OUT028.title"), Msg.Of("OUT028.usage"));
            return;
        }
        BilingualText? title = pieces.Length == 3 ? new BilingualText(pieces[1].Trim(), pieces[2].Trim()) : null;
        var years = new List<int>();
        var ids = new List<string>();
        var idLocations = new List<SourceLocation>();
        int at = 0;
        foreach (var word in pieces[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            at = pieces[0].IndexOf(word, at, StringComparison.Ordinal);
            int column = key.ValueColumn + at;
            at += word.Length;
            if (word.All(char.IsAsciiDigit))
            {
                if (ids.Count > 0)
                {
                    _diagnostics.Error("OUT028", _file, key.Line, column, Msg.Of("OUT028.order", word), Msg.Of("OUT028.usage"));
                    return;
                }
                if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !EditionLimits.IsYear(year))
                {
                    _diagnostics.Error("OUT026", _file, key.Line, column, Msg.Of("OUT026", word, EditionLimits.FirstYear, EditionLimits.LastYear), Msg.Of("OUT028.usage"));
                    return;
                }
                if (years.Contains(year))
                {
                    _diagnostics.Error("OUT028", _file, key.Line, column, Msg.Of("OUT028.twice", word));
                    return;
                }
                years.Add(year);
                continue;
            }
            ids.Add(word);
            idLocations.Add(new SourceLocation(_file, key.Line, column));
        }
        if (years.Count == 0 || ids.Count == 0)
        {
            _diagnostics.Error("OUT028", _file, key.Line, key.ValueColumn, Msg.Of(years.Count == 0 ? "OUT028.years" : "OUT028.ids"), Msg.Of("OUT028.usage"));
            return;
        }
        if (years.Count > MostTableYears)
        {
            _diagnostics.Error("OUT028", _file, key.Line, key.ValueColumn, Msg.Of("OUT028.many", years.Count, MostTableYears));
            return;
        }
        Target().Add(new TableBlock(years, ids, title, loc) { IndicatorLocations = idLocations });
    }

    /// <summary>The most years a line chart draws.</summary>
    public const int MostLineYears = 30;
    /// <summary>The most years and the most indicators a grouped chart draws.</summary>
    public const int MostGroupedYears = 12, MostGroupedSeries = 6;
    /// <summary>The most indicators a bars, columns or donut chart draws.</summary>
    public const int MostCategories = 12, MostSlices = 8;

    /// <summary>The chart just read (its index in the section's figures), which a following note: or centre: belongs to.</summary>
    private (List<Block> List, int Index)? _lastChart;
    /// <summary>The last chart line (before any notes) was a chart line, read or refused: a note after a refused one is not reported again.</summary>
    private bool _afterChartLine;

    /// <summary>
    /// chart: compare id year year | donut, bars or columns year id id … | line id years | grouped years id id …,
    /// where years are years and spans of years (2016..2020, 2015 2018..2020), in order.
    /// </summary>
    private void ReadChart(KeyValueLine key)
    {
        _afterChartLine = true;
        var loc = new SourceLocation(_file, key.Line, key.ValueColumn);
        if (!MayStandHere(key)) return;
        var pieces = key.Value.Split('|');
        BilingualText? title = pieces.Length == 3 ? new BilingualText(pieces[1].Trim(), pieces[2].Trim()) : null;
        if (pieces.Length is not (1 or 3))
        {
            _diagnostics.Error("OUT017", _file, key.Line, key.ValueColumn, Msg.Of("OUT017"));
            return;
        }
        // The words of the chart line with the column each starts at.
        var words = new List<(string Text, int Column)>();
        for (int i = 0; i < pieces[0].Length;)
        {
            if (pieces[0][i] == ' ' || pieces[0][i] == '\t') { i++; continue; }
            int start = i;
            while (i < pieces[0].Length && pieces[0][i] != ' ' && pieces[0][i] != '\t') i++;
            words.Add((pieces[0][start..i], key.ValueColumn + start));
        }
        var usage = Msg.Of("OUT018.usage");
        if (words.Count == 0 || !Enum.TryParse<ChartKind>(words[0].Text, true, out var kind) || words[0].Text != words[0].Text.ToLowerInvariant()
            || !words[0].Text.All(char.IsAsciiLetter))
        {
            _diagnostics.Error("OUT018", _file, key.Line, key.ValueColumn, Msg.Of("OUT018", words.Count > 0 ? words[0].Text : ""), usage);
            return;
        }
        var name = words[0].Text;
        void Wrong(string message) => _diagnostics.Error("OUT019", _file, key.Line, key.ValueColumn, Msg.Of(message, name), usage);
        // The run of year words from index 'from': the years, or null (an error reported) when a word is a malformed span.
        List<int>? Years(int from, int to, out bool malformed)
        {
            malformed = false;
            var years = new List<int>();
            for (int w = from; w < to; w++)
            {
                var (text, column) = words[w];
                var dots = text.IndexOf("..", StringComparison.Ordinal);
                var parts = dots < 0 ? [text] : new[] { text[..dots], text[(dots + 2)..] };
                var values = new List<int>();
                foreach (var part in parts)
                {
                    if (part.Length == 0 || !part.All(char.IsAsciiDigit)
                        || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !EditionLimits.IsYear(y))
                    {
                        _diagnostics.Error("CHT006", _file, key.Line, column, Msg.Of("CHT006", text, EditionLimits.FirstYear, EditionLimits.LastYear));
                        malformed = true;
                        return null;
                    }
                    values.Add(y);
                }
                if (values.Count == 2 && values[1] <= values[0])
                {
                    _diagnostics.Error("CHT006", _file, key.Line, column, Msg.Of("CHT006.span", text, values[1], values[0]));
                    malformed = true;
                    return null;
                }
                int first = values[0], last = values[^1];
                if (years.Count > 0 && first <= years[^1])
                {
                    _diagnostics.Error("CHT006", _file, key.Line, column, Msg.Of("CHT006.order", text, years[^1]));
                    malformed = true;
                    return null;
                }
                // A span longer than any chart draws is refused before it is spelled out year by year.
                if (last - first >= MostLineYears)
                {
                    _diagnostics.Error("CHT007", _file, key.Line, column, Msg.Of("CHT007.years", name, MostLineYears));
                    malformed = true;
                    return null;
                }
                for (int y = first; y <= last; y++) years.Add(y);
            }
            return years;
        }
        static bool IsYearWord(string w) => w.Length > 0 && char.IsAsciiDigit(w[0]);
        ChartBlock? chart = null;
        switch (kind)
        {
            case ChartKind.Compare:
            {
                if (words.Count != 4 || !IsYearWord(words[2].Text) || !IsYearWord(words[3].Text) || words[2].Text.Contains("..") || words[3].Text.Contains(".."))
                {
                    _diagnostics.Error("OUT019", _file, key.Line, key.ValueColumn, Msg.Of("OUT019.compare"), usage);
                    return;
                }
                if (Years(2, 4, out _) is not { } years) return;
                chart = new ChartBlock(kind, [words[1].Text], years, title, loc);
                break;
            }
            case ChartKind.Line:
            {
                if (words.Count < 3 || IsYearWord(words[1].Text) || !words.Skip(2).All(w => IsYearWord(w.Text)))
                {
                    Wrong("OUT019.line");
                    return;
                }
                if (Years(2, words.Count, out _) is not { } years) return;
                if (years.Count < 2) { Wrong("OUT019.line"); return; }
                chart = new ChartBlock(kind, [words[1].Text], years, title, loc);
                break;
            }
            case ChartKind.Grouped:
            {
                int firstId = words.FindIndex(1, w => !IsYearWord(w.Text));
                if (firstId < 2 || words.Count - firstId < 2 || words.Skip(firstId).Any(w => IsYearWord(w.Text)))
                {
                    Wrong("OUT019.grouped");
                    return;
                }
                if (Years(1, firstId, out _) is not { } years) return;
                var ids = words.Skip(firstId).Select(w => w.Text).ToList();
                if (years.Count > MostGroupedYears || ids.Count > MostGroupedSeries)
                {
                    _diagnostics.Error("CHT007", _file, key.Line, key.ValueColumn, Msg.Of("CHT007.grouped", MostGroupedYears, MostGroupedSeries));
                    return;
                }
                chart = new ChartBlock(kind, ids, years, title, loc);
                break;
            }
            default:
            {
                if (words.Count < 4 || !IsYearWord(words[1].Text) || words[1].Text.Contains("..") || words.Skip(2).Any(w => IsYearWord(w.Text)))
                {
                    Wrong("OUT019");
                    return;
                }
                if (Years(1, 2, out _) is not { } years) return;
                int most = kind == ChartKind.Donut ? MostSlices : MostCategories;
                if (words.Count - 2 > most)
                {
                    _diagnostics.Error("CHT007", _file, key.Line, words[2 + most].Column, Msg.Of("CHT007", name, most));
                    return;
                }
                chart = new ChartBlock(kind, words.Skip(2).Select(w => w.Text).ToList(), years, title, loc);
                break;
            }
        }
        int yearsAt = kind is ChartKind.Compare or ChartKind.Line ? 2 : 1;
        var target = Target();
        target.Add(chart with { YearsLocation = new SourceLocation(_file, key.Line, words[yearsAt].Column) });
        _lastChart = (target, target.Count - 1);
    }

    /// <summary>A text in both languages, <c>中文 | English</c>, or null (an error reported at the line).</summary>
    private BilingualText? BothLanguages(KeyValueLine key)
    {
        var pieces = key.Value.Split('|');
        if (pieces.Length != 2 || pieces[0].Trim().Length == 0 || pieces[1].Trim().Length == 0)
        {
            _diagnostics.Error("CHT005", _file, key.Line, key.ValueColumn, Msg.Of(key.Key == "note" ? "CHT005" : "CHT005.centre", key.Key));
            return null;
        }
        return new BilingualText(pieces[0].Trim(), pieces[1].Trim());
    }

    /// <summary>The chart the note: or centre: line belongs to, or null (an error reported).</summary>
    private ChartBlock? ChartAbove(KeyValueLine key)
    {
        if (_lastChart is { } c && c.Index < c.List.Count && c.List[c.Index] is ChartBlock chart)
            return chart;
        // After a chart line that was refused, its error says enough.
        if (!_afterChartLine) _diagnostics.Error("CHT004", _file, key.Line, key.KeyColumn, Msg.Of("CHT004", key.Key));
        return null;
    }

    /// <summary>note: 中文 | English — printed small under the chart above.</summary>
    private void ReadChartNote(KeyValueLine key)
    {
        if (ChartAbove(key) is not { } chart) return;
        if (chart.Note is not null)
        {
            _diagnostics.Error("CHT004", _file, key.Line, key.KeyColumn, Msg.Of("CHT004.twice", key.Key));
            return;
        }
        if (BothLanguages(key) is { } note) _lastChart!.Value.List[_lastChart.Value.Index] = chart with { Note = note };
    }

    /// <summary>centre: 中文 | English, or centre: total — printed in the hole of the donut above.</summary>
    private void ReadChartCentre(KeyValueLine key)
    {
        if (ChartAbove(key) is not { } chart) return;
        if (chart.Kind != ChartKind.Donut)
        {
            _diagnostics.Error("CHT008", _file, key.Line, key.KeyColumn, Msg.Of("CHT008", key.Key, chart.Kind.ToString().ToLowerInvariant()));
            return;
        }
        if (chart.Centre is not null)
        {
            _diagnostics.Error("CHT004", _file, key.Line, key.KeyColumn, Msg.Of("CHT004.twice", key.Key));
            return;
        }
        if (key.Value.Trim() == "total")
            _lastChart!.Value.List[_lastChart.Value.Index] = chart with { Centre = new ChartCentre(null) };
        else if (BothLanguages(key) is { } words)
            _lastChart!.Value.List[_lastChart.Value.Index] = chart with { Centre = new ChartCentre(words) };
    }

    private (string Id, int Year, int? From)? ParseFigureRef(string text, int line, int column)
    {
        // id@year | id@from..to
        var at = text.IndexOf('@');
        if (at <= 0)
        {
            _diagnostics.Error("OUT020", _file, line, column, Msg.Of("OUT020", text));
            return null;
        }
        var id = text[..at];
        var years = text[(at + 1)..];
        var dots = years.IndexOf("..", StringComparison.Ordinal);
        (string, int, int?)? Checked(string id, int year, int? from)
        {
            if (EditionLimits.IsYear(year) && (from is null || EditionLimits.IsYear(from.Value))) return (id, year, from);
            _diagnostics.Error("OUT026", _file, line, column + at + 1, Msg.Of("OUT026", years, EditionLimits.FirstYear, EditionLimits.LastYear));
            return null;
        }
        // Digits that make no year (too many for a number, too) are a year out of range, not a malformed reference.
        static bool Year(string s, out int year)
        {
            year = -1;
            if (s.Length == 0 || !s.All(char.IsAsciiDigit)) return false;
            if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year)) year = -1;
            return true;
        }
        if (dots < 0)
        {
            if (Year(years, out var y)) return Checked(id, y, null);
        }
        else if (Year(years[..dots], out var from) && Year(years[(dots + 2)..], out var to))
            return Checked(id, to, from);
        _diagnostics.Error("OUT020", _file, line, column, Msg.Of("OUT020", text));
        return null;
    }

    private List<TextPart> ParseRichLine(string text, int line, int column)
    {
        var parts = new List<TextPart>();
        int i = 0, literalStart = 0;
        while (i < text.Length)
        {
            if (text[i] != '{') { i++; continue; }
            var close = text.IndexOf('}', i);
            if (close < 0)
            {
                _diagnostics.Error("OUT021", _file, line, column + i, Msg.Of("OUT021"));
                break;
            }
            if (i > literalStart) parts.Add(new LiteralText(text[literalStart..i]) { Location = new SourceLocation(_file, line, column + literalStart) });
            var inner = text[(i + 1)..close];
            if (inner.StartsWith("page:", StringComparison.Ordinal))
            {
                // A cross reference: {page:economy} prints the page number where that part begins.
                var target = inner[5..].Trim();
                if (!IndicatorsCsvReader.IsIdentifier(target))
                    _diagnostics.Error("OUT024", _file, line, column + i, Msg.Of("OUT024", inner));
                else
                    parts.Add(new PageReference(target, new SourceLocation(_file, line, column + i)));
                i = close + 1;
                literalStart = i;
                continue;
            }
            // {[typed=]id@year[..year][:format[.decimals]]} — e.g. {440%=hightech_enterprises@2015..2020:change%}
            string? stated = null;
            int refOffset = 0;
            var equals = inner.IndexOf('=');
            if (equals >= 0 && equals < inner.IndexOf('@'))
            {
                stated = inner[..equals].Trim();
                refOffset = equals + 1;
                inner = inner[refOffset..];
                if (stated.Length == 0)
                    _diagnostics.Error("OUT025", _file, line, column + i + 1, Msg.Of("OUT025"));
            }
            var format = FigureFormat.Value;
            bool formatKnown = true;
            int? decimals = null;
            IReadOnlyList<string> shareOf = [];
            var colon = inner.IndexOf(':');
            if (colon >= 0)
            {
                var name = inner[(colon + 1)..].Trim();
                inner = inner[..colon];
                int nameColumn = column + i + 1 + refOffset + colon + 1;
                var paren = name.IndexOf('(');
                if (paren >= 0)
                {
                    if (!name.EndsWith(')'))
                        _diagnostics.Error("OUT022", _file, line, nameColumn, Msg.Of("OUT022.paren", name));
                    else
                        shareOf = name[(paren + 1)..^1].Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    name = name[..paren];
                }
                var dot = name.LastIndexOf('.');
                if (dot > 0 && int.TryParse(name[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d <= 6)
                {
                    decimals = d;
                    name = name[..dot];
                }
                switch (name)
                {
                    case "number": format = FigureFormat.Number; break;
                    case "change%": format = FigureFormat.ChangePercent; break;
                    case "change": format = FigureFormat.Change; break;
                    case "times": format = FigureFormat.Times; break;
                    case "cagr": format = FigureFormat.Cagr; break;
                    case "share": format = FigureFormat.Share; break;
                    default:
                        formatKnown = false;
                        _diagnostics.Error("OUT022", _file, line, nameColumn, Msg.Of("OUT022", name));
                        break;
                }
                if (format == FigureFormat.Share && shareOf.Count < 2)
                    _diagnostics.Error("OUT022", _file, line, nameColumn, Msg.Of("OUT022.share"));
            }
            if (formatKnown && ParseFigureRef(inner.Trim(), line, column + i + 1 + refOffset) is { } r)
            {
                bool needsTwo = format is FigureFormat.Change or FigureFormat.ChangePercent or FigureFormat.Times or FigureFormat.Cagr;
                if (needsTwo && r.From is null)
                    _diagnostics.Error("OUT023", _file, line, column + i, Msg.Of("OUT023", inner));
                else if (!needsTwo && r.From is not null)
                    _diagnostics.Error("OUT023", _file, line, column + i, Msg.Of("OUT023.range"));
                else if (format == FigureFormat.Cagr && r.Year <= r.From)
                    _diagnostics.Error("OUT023", _file, line, column + i, Msg.Of("OUT023.cagr"));
                else
                    parts.Add(new FigureBinding(r.Id, r.Year, r.From, format, new SourceLocation(_file, line, column + i))
                    {
                        Decimals = decimals,
                        ShareOf = shareOf,
                        Stated = stated,
                    });
            }
            i = close + 1;
            literalStart = i;
        }
        if (literalStart < text.Length) parts.Add(new LiteralText(text[literalStart..]) { Location = new SourceLocation(_file, line, column + literalStart) });
        return parts;
    }
}
