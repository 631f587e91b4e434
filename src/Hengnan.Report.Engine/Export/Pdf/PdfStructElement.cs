using Hengnan.Report.Drawing;

namespace Hengnan.Report.Export.Pdf;

/// <summary>One structure element being assembled: its type, parent, kids in reading order and attributes.</summary>
internal sealed class PdfStructElement(string role, PdfStructElement? parent, StructureNode? node)
{
    public string Role { get; } = role;
    public PdfStructElement? Parent { get; } = parent;
    public StructureNode? Node { get; } = node;
    public string? Alt { get; set; }
    public string? Language { get; init; }
    /// <summary>The page of its first marked content (/Pg), or −1.</summary>
    public int Page { get; set; } = -1;
    public List<PdfStructKid> Kids { get; } = new();
    public int Number { get; set; }
}
