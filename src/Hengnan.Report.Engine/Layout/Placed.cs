namespace Hengnan.Report.Layout;

/// <summary>A visual at a position inside a fragment.</summary>
public readonly record struct Placed(float X, float Y, Visual Visual);
