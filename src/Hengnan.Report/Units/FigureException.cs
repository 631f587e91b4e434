namespace Hengnan.Report.Units;

/// <summary>A derived figure that the data cannot give (a change from zero, a growth rate across a change of sign).</summary>
public sealed class FigureException(string message) : Exception(message);
