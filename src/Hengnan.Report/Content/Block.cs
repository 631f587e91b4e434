namespace Hengnan.Report.Content;

/// <summary>A block of the outline.</summary>
public abstract record Block(SourceLocation Location);
