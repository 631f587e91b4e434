namespace Hengnan.Report.Content;

/// <summary>The figures of an edition, looked up by indicator id and year (the year a figure is filed under: the last of a span).</summary>
public sealed class IndicatorTable
{
    private readonly Dictionary<(string Id, int Year), Indicator> _byKey;

    public IndicatorTable(IReadOnlyList<Indicator> rows)
    {
        Rows = rows;
        _byKey = new Dictionary<(string, int), Indicator>();
        foreach (var row in rows) _byKey.TryAdd((row.Id, row.Year), row);
    }

    public IReadOnlyList<Indicator> Rows { get; }

    /// <summary>The file the figures were read from, for messages (indicators.csv, indicators.xlsx).</summary>
    public string Name { get; init; } = "indicators.csv";

    /// <summary>The units the figures may be in and how each language prints them: the built-in ones and the edition's units.csv.</summary>
    public Units.UnitSet Units { get; init; } = Hengnan.Report.Units.UnitCatalog.Builtin;

    /// <summary>
    /// The table's header could not be read (no header, a column missing or named twice: reported), so its rows are not
    /// the edition's figures: the outline's references to them are not checked against it (one warning, REF008, says so).
    /// </summary>
    public bool HeaderUnread { get; init; }

    public bool Contains(string id) => Rows.Any(r => r.Id == id);

    public Indicator? Find(string id, int year) => _byKey.GetValueOrDefault((id, year));

    public Indicator Get(string id, int year) =>
        Find(id, year) ?? throw new KeyNotFoundException($"No figure for indicator '{id}' in {year}.");

    public IEnumerable<int> YearsOf(string id) => Rows.Where(r => r.Id == id).Select(r => r.Year).OrderBy(y => y);
}
