namespace Hengnan.Report.Layout;

/// <summary>The answer of an element asked to lay itself out in some space: what was placed, and what is left.</summary>
public sealed record LayoutResult(Fit Fit, Fragment? Fragment, Element? Remainder)
{
    public static readonly LayoutResult Nothing = new(Fit.None, null, null);
    public static LayoutResult Full(Fragment fragment) => new(Fit.Full, fragment, null);
    public static LayoutResult Partial(Fragment fragment, Element? remainder) => new(Fit.Partial, fragment, remainder);
    public float Height => Fragment?.Height ?? 0;
}
