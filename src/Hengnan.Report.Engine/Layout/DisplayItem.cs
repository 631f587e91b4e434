using Hengnan.Report.Drawing;

namespace Hengnan.Report.Layout;

/// <summary>
/// One entry of a page's display list: a visual at its absolute position on the trimmed page
/// (points, y downwards) and the structure node it belongs to (null or an artifact node: page furniture).
/// </summary>
public readonly record struct DisplayItem(float X, float Y, Visual Visual, StructureNode? Node)
{
    public bool IsArtifact => Node is null || Node.IsArtifact;
}
