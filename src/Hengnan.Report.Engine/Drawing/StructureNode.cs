namespace Hengnan.Report.Drawing;

/// <summary>
/// An element of the document's logical structure (a heading, a paragraph, a figure with its
/// alternate text). Layout marks fragments with the node they belong to; a paragraph split over two
/// pages keeps one node. The parent is the enclosing node where the content is first placed.
/// Identity matters: the exporter builds the structure tree from nodes in reading order.
/// </summary>
public sealed class StructureNode
{
    public StructureNode(StructureRole role, string? alt = null, string? language = null)
    {
        Role = role;
        Alt = alt;
        Language = language;
    }

    /// <summary>Page furniture; everything under it is an artifact.</summary>
    public static readonly StructureNode Artifact = new(StructureRole.Artifact);

    /// <summary>A watermark over the page (a draft's mark): an artifact of type Pagination, subtype Watermark (PDF 1.7, 14.8.2.2).</summary>
    public static readonly StructureNode Watermark = new(StructureRole.Artifact) { ArtifactSubtype = "Watermark" };

    /// <summary>The kind of pagination artifact (Header, Footer, Watermark) an exporter may declare; null for plain page furniture.</summary>
    public string? ArtifactSubtype { get; private init; }

    public StructureRole Role { get; }
    /// <summary>Alternate text (figures), read instead of the content.</summary>
    public string? Alt { get; }
    /// <summary>BCP 47 language of the content (zh-CN, en); null inherits.</summary>
    public string? Language { get; }
    /// <summary>The enclosing node, set when the content is first placed inside one (null: the document).</summary>
    public StructureNode? Parent { get; private set; }

    public bool IsArtifact => Role == StructureRole.Artifact;

    internal void AttachTo(StructureNode? parent)
    {
        if (Parent is null && parent is not null && !ReferenceEquals(parent, this) && !IsArtifact) Parent = parent;
    }
}
