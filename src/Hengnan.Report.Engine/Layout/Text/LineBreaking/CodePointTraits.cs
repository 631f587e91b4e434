namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// Per-code-point facts besides the Line_Break class that the line breaking rules need.
/// </summary>
[Flags]
internal enum CodePointTraits : byte
{
    None = 0,

    /// <summary>General_Category Mn or Mc; LB1 resolves SA marks to CM, other SA to AL.</summary>
    Mark = 1,

    /// <summary>East_Asian_Width F, W or H; LB30 excludes such OP/CP from its rule.</summary>
    EastAsianWide = 2,

    /// <summary>Extended_Pictographic and General_Category Cn (reserved emoji slots), for LB30b.</summary>
    UnassignedPictographic = 4,
}
