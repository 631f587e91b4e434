namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>An inclusive code point range carrying one property value, as read from a UCD file.</summary>
internal readonly record struct DataRange<T>(int First, int Last, T Value);
