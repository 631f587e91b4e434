namespace Hengnan.Report.Content;

/// <summary>The narrative of an edition, as read from outline.txt.</summary>
public sealed record Outline(Passage? Intro, IReadOnlyList<Section> Sections, Passage? Closing, ParagraphPair? Credits);
