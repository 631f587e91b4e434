namespace Hengnan.Report.Edition;

/// <summary>
/// The ranges every value read from an edition must fall in. They are far beyond what a real edition
/// reaches, and keep every figure derived from them (changes, multiples, growth rates, shares, the
/// English conversions of 亿 and 万) inside the range of <see cref="decimal"/>.
/// </summary>
public static class EditionLimits
{
    /// <summary>The first year an edition, a CSV row or a figure reference may name.</summary>
    public const int FirstYear = 1900;
    /// <summary>The last year an edition, a CSV row or a figure reference may name.</summary>
    public const int LastYear = 2200;
    /// <summary>The largest magnitude of a value in the CSV, in its own unit (a million million).</summary>
    public const decimal LargestValue = 1_000_000_000_000m;
    /// <summary>The most decimal places a value in the CSV may be written with.</summary>
    public const int MostDecimals = 6;
    /// <summary>A percentage in the CSV lies between these (a fall cannot exceed 100%).</summary>
    public const decimal LowestPercent = -100m, HighestPercent = 1000m;
    /// <summary>The most pixels a photo may have (100 megapixels); larger images are refused before they are decoded.</summary>
    public const long MostPhotoPixels = 100_000_000;
    /// <summary>The largest photo file read (bytes).</summary>
    public const long LargestPhotoFile = 256L * 1024 * 1024;
    /// <summary>The largest text file (edition.txt, indicators.csv, outline.txt) read (bytes).</summary>
    public const long LargestTextFile = 64L * 1024 * 1024;
    /// <summary>The largest font file read (bytes).</summary>
    public const long LargestFontFile = 256L * 1024 * 1024;
    /// <summary>Problems of one kind reported per file before the rest are summed up in one message.</summary>
    public const int MostReportedPerFile = 10;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;
}
