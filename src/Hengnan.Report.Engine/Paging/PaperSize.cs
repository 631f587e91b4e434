namespace Hengnan.Report.Paging;

/// <summary>A trimmed page size in points (1 pt = 1/72 in). Chinese trade sizes per GB/T 788-1999 and print-shop practice.</summary>
public sealed record PaperSize(string Name, float Width, float Height)
{
    public const float PointsPerMm = 72f / 25.4f;

    public static PaperSize FromMm(string name, float w, float h) => new(name, w * PointsPerMm, h * PointsPerMm);

    public static readonly PaperSize A4 = FromMm("A4", 210, 297);
    public static readonly PaperSize A5 = FromMm("A5", 148, 210);
    /// <summary>正度16开, trimmed.</summary>
    public static readonly PaperSize K16 = FromMm("16K", 185, 260);
    /// <summary>大度16开, trimmed.</summary>
    public static readonly PaperSize Big16K = FromMm("BIG16K", 210, 285);

    public static bool TryParse(string name, out PaperSize size)
    {
        size = name.Trim().ToUpperInvariant() switch
        {
            "A4" => A4,
            "A5" => A5,
            "16K" or "16开" => K16,
            "BIG16K" or "大16开" => Big16K,
            _ => null!,
        };
        return size is not null;
    }
}
