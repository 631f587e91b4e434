using Hengnan.Report.Drawing;

namespace Hengnan.Report.Vector;

/// <summary>
/// One drawing of an imported SVG, in drawing order: a <see cref="SvgShape"/> or a <see cref="SvgText"/>.
/// Coordinates are absolute in the picture's box (0, 0)–(<see cref="SvgScene.Width"/>, <see cref="SvgScene.Height"/>), y downwards.
/// </summary>
public abstract record SvgItem
{
    /// <summary>
    /// The rectangle the item is clipped to (the intersection of the rectangular clip paths around it), or null
    /// when it is not clipped. A shape lying wholly inside its clip has none; one wholly outside is not imported.
    /// </summary>
    public Rect? Clip { get; init; }
}
