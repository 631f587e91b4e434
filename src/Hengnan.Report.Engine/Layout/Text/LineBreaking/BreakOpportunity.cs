namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// Whether a line may end before a given UTF-16 position (UAX #14 "÷", "×" and "!").
/// </summary>
public enum BreakOpportunity : byte
{
    /// <summary>No break is allowed here (UAX #14 "×").</summary>
    None = 0,

    /// <summary>A break is allowed but not required (UAX #14 "÷").</summary>
    Allowed = 1,

    /// <summary>A break is required: after a hard line break and at the end of the text (UAX #14 "!").</summary>
    Mandatory = 2,
}
