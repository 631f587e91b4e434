namespace Hengnan.Report.Layout;

/// <summary>A clickable area that leads to an anchor (contents entries); <see cref="Contents"/> describes it for assistive technology.</summary>
public sealed record LinkVisual(float Width, float Height, string Anchor, string? Contents = null) : Visual;
