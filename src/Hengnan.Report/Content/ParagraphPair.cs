namespace Hengnan.Report.Content;

/// <summary>A paragraph in Chinese with its English counterpart.</summary>
public sealed record ParagraphPair(RichText Zh, RichText En, SourceLocation Location) : Block(Location);
