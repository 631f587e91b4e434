namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>The line breaking properties of one code point: its Line_Break class and traits.</summary>
internal readonly record struct CodePointProperties(LineBreakClass Class, CodePointTraits Traits);
