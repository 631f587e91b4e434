namespace Hengnan.Report.Paging;

/// <summary>
/// A run of pages numbered one way, for the PDF's /PageLabels (ISO 32000 §12.4.2): from page index
/// <see cref="StartIndex"/>, numbers in <see cref="Style"/> ("D" arabic, "r" roman, null none) from
/// <see cref="FirstNumber"/>, after an optional prefix.
/// </summary>
public sealed record PageLabelRange(int StartIndex, string? Style, string? Prefix, int FirstNumber);
