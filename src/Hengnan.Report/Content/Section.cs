namespace Hengnan.Report.Content;

/// <summary>One numbered part of the brochure: its figures ("数字力量 / By the Numbers") and its review narrative.</summary>
public sealed record Section(
    string Id,
    int Number,
    BilingualText Title,
    IReadOnlyList<Block> Numbers,
    IReadOnlyList<Block> Review,
    SourceLocation Location);
