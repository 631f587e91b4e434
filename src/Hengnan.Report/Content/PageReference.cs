namespace Hengnan.Report.Content;

/// <summary>
/// A cross reference in the narrative, <c>{page:economy}</c>: prints the number of the page where
/// that part begins (a section id, or intro, closing, credits), resolved after layout.
/// </summary>
public sealed record PageReference(string Target, SourceLocation Location) : TextPart;
