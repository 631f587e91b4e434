namespace Hengnan.Report.Layout.Text;

/// <summary>One set line of a paragraph: its visuals relative to the line's top-left, and its natural width.</summary>
public sealed record TextLine(IReadOnlyList<Placed> Items, float Width, float Height, string Text, bool Hyphenated);
