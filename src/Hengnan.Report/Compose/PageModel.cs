using Hengnan.Report.Layout;
using SkiaSharp;

namespace Hengnan.Report.Compose;

/// <summary>A laid-out page: its body fragment at its place, and what is drawn around it. Plain data.</summary>
public sealed class PageModel
{
    public required int Number { get; init; }
    public required PageTemplate Template { get; init; }
    public required SKRect BodyRect { get; init; }
    public required Fragment Body { get; init; }
    public List<Placed> Background { get; } = new();

    /// <summary>A page left blank so that what follows starts on the right side of the spread.</summary>
    public bool IsBlank { get; init; }
    public List<Placed> Overlay { get; } = new();

    /// <summary>The printed page number (i, 1, …) or name (封面); set by <see cref="PageNumbering"/>.</summary>
    public string Label { get; set; } = "";

    /// <summary>Left-hand (even) page of a spread; page 1 is a right-hand page.</summary>
    public bool IsLeft => Number % 2 == 0;

    public IEnumerable<string> Anchors =>
        Body.Flatten().Select(v => v.Visual).OfType<AnchorVisual>().Select(a => a.Id);

    /// <summary>Every visual on the page with its absolute position, in drawing order.</summary>
    public IEnumerable<(SKPoint Origin, Visual Visual)> Visuals()
    {
        foreach (var p in Background) foreach (var v in Flatten(p)) yield return v;
        foreach (var v in Body.Flatten(new SKPoint(BodyRect.Left, BodyRect.Top))) yield return v;
        foreach (var p in Overlay) foreach (var v in Flatten(p)) yield return v;
    }

    private static IEnumerable<(SKPoint, Visual)> Flatten(Placed p) =>
        p.Visual is FragmentVisual f ? f.Fragment.Flatten(new SKPoint(p.X, p.Y)) : [(new SKPoint(p.X, p.Y), p.Visual)];
}
