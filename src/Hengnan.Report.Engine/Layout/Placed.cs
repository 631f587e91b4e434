namespace Hengnan.Report.Layout;

/// <summary>A visual at a position inside a fragment.</summary>
public sealed record Placed(float X, float Y, Visual Visual);
