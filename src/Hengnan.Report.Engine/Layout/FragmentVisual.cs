namespace Hengnan.Report.Layout;

/// <summary>A nested fragment.</summary>
public sealed record FragmentVisual(Fragment Fragment) : Visual;
