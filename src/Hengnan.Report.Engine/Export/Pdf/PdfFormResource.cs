using Hengnan.Report.Layout;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Content shared by many pages (<see cref="SharedVisual"/>), written once as a form XObject /Fm1, /Fm2, … that each
/// page draws with a translation. Its content stream is built like a page's, untagged (where it is drawn, the page
/// marks the whole), in the form's own y-up space with the fragment's top-left corner at the origin, and without
/// assuming anything of the graphics state it is drawn in. Its box is the fragment's.
/// </summary>
internal sealed class PdfFormResource(Fragment content, int index)
{
    public Fragment Content { get; } = content;
    public int Index { get; } = index;
    public string ResourceName { get; } = "Fm" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The fragment's items, flattened once (the registry's scan and the content builder both walk them).</summary>
    public IReadOnlyList<DisplayItem> Items { get; } = content.Flatten().ToList();

    /// <summary>Its content stream and the resources it uses, once built.</summary>
    public PdfPageContent? Built { get; set; }

    /// <summary>The form XObject's dictionary entries before /Resources: /BBox [0 −height width 0] in its y-up space.</summary>
    public void WriteHead(PdfBuffer b) =>
        b.Raw(" /Type /XObject /Subtype /Form /BBox [0 "u8).Num(-Content.Height).Space().Num(Content.Width).Raw(" 0]"u8);
}
