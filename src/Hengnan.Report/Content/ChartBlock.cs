namespace Hengnan.Report.Content;

/// <summary>A chart drawn from indicators (see <see cref="ChartKind"/>), with an optional note under it and, for a donut, a centre label.</summary>
public sealed record ChartBlock(ChartKind Kind, IReadOnlyList<string> IndicatorIds, IReadOnlyList<int> Years, BilingualText? Title, SourceLocation Location) : Block(Location)
{
    /// <summary>A short note printed small under the chart (<c>note: 中文 | English</c>).</summary>
    public BilingualText? Note { get; init; }

    /// <summary>What a donut prints in its hole (<c>centre: 中文 | English</c> or <c>centre: total</c>).</summary>
    public ChartCentre? Centre { get; init; }

    /// <summary>Where the chart line names its years, for problems with a year.</summary>
    public SourceLocation? YearsLocation { get; init; }
}

/// <summary>A donut's centre label: words in both languages, or (<see cref="Words"/> null) the total of its slices.</summary>
public sealed record ChartCentre(BilingualText? Words)
{
    public bool IsTotal => Words is null;
}
