namespace Hengnan.Report.Layout;

/// <summary>
/// A piece of the document that can lay itself out. One protocol for every element: given the
/// width and the height left in the current region, answer with the fragment that fits and the
/// element that remains (Fit.Full / Fit.Partial / Fit.None). Pagination, keep-together and widow
/// control are rules of this protocol, not special cases of the page code. Elements are immutable;
/// a remainder is a new element.
/// </summary>
public abstract class Element
{
    public abstract LayoutResult Layout(LayoutContext context, float width, float height);

    /// <summary>When true, the element is not left alone at the bottom of a region: it moves with what follows.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>What this element is, for problem reports.</summary>
    public virtual string Describe() => GetType().Name;
}
