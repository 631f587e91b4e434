namespace Hengnan.Report.Export.Pdf;

/// <summary>How the exporter runs (not what it writes: the bytes do not depend on these).</summary>
internal sealed record PdfWriteOptions(int MaxDegreeOfParallelism)
{
    public static PdfWriteOptions Default { get; } = new(Environment.ProcessorCount);
    public static PdfWriteOptions Sequential { get; } = new(1);
}
