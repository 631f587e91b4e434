namespace Hengnan.Report.Content;

/// <summary>Everything read from an edition folder, checked and ready to compose.</summary>
public sealed record EditionContent(string Folder, EditionSettings Settings, IndicatorTable Indicators, Outline Outline)
{
    /// <summary>The photos the outline names, decoded once when the edition is loaded (by file name as written).</summary>
    public IReadOnlyDictionary<string, ImageAsset> Photos { get; init; } = new Dictionary<string, ImageAsset>();

    /// <summary>
    /// How many placeholders the edition still has (missing photos, a date not set, status: draft, TODO or 待定
    /// in the text): while there are any, it is a draft and every page is marked 样稿 DRAFT.
    /// </summary>
    public int Placeholders { get; init; }

    public bool IsDraft => Placeholders > 0;
}
