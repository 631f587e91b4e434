namespace Hengnan.Report.Preflight;

/// <summary>Counts of the problems on one page that are reported once per page, with an example each.</summary>
internal sealed class PageTally
{
    public int RgbSettings;
    public string? RgbExample;
    public int Hairlines;
    public double Thinnest = double.MaxValue;
    public int RichBlackText;
    public string? RichBlackExample;
    public int UntaggedText;
}
