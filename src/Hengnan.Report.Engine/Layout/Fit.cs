namespace Hengnan.Report.Layout;

/// <summary>How much of an element fits the space offered (QuestPDF's SpacePlan in spirit).</summary>
public enum Fit
{
    /// <summary>All of it fits.</summary>
    Full,
    /// <summary>A first part fits; the rest continues in the next region.</summary>
    Partial,
    /// <summary>Nothing fits here; try the next region.</summary>
    None,
}
