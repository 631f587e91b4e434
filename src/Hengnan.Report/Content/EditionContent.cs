namespace Hengnan.Report.Content;

/// <summary>Everything read from an edition folder, checked and ready to compose.</summary>
public sealed record EditionContent(string Folder, EditionSettings Settings, IndicatorTable Indicators, Outline Outline)
{
    /// <summary>The photos the outline names, decoded once when the edition is loaded (by file name as written).</summary>
    public IReadOnlyDictionary<string, ImageAsset> Photos { get; init; } = new Dictionary<string, ImageAsset>();
}
