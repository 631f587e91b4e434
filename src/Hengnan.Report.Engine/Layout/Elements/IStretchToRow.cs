namespace Hengnan.Report.Layout.Elements;

/// <summary>A grid cell that can grow to the height of its row (cards with frames of equal height).</summary>
public interface IStretchToRow
{
    Fragment Stretch(Fragment laidOut, float rowHeight);
}
