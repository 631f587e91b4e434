namespace Hengnan.Report.Content;

/// <summary>A piece of narrative: literal text, or a figure bound to the CSV.</summary>
public abstract record TextPart;
