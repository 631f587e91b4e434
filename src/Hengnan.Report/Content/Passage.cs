namespace Hengnan.Report.Content;

/// <summary>An unnumbered titled passage: the introduction or the closing.</summary>
public sealed record Passage(BilingualText Title, IReadOnlyList<Block> Blocks, SourceLocation Location);
