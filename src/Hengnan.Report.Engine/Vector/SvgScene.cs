using System.Xml;
using System.Xml.Linq;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Vector;

/// <summary>
/// An SVG picture (as ScottPlot 5 writes it through Skia's SVG canvas) read into the engine's own display data:
/// every shape as a <see cref="PathVisual"/> with absolute coordinates and every text label as an <see cref="SvgText"/>,
/// in one list in drawing order. Coordinates are in the picture's box (0, 0)–(<see cref="Width"/>, <see cref="Height"/>),
/// y downwards: the root viewBox is mapped onto the root width × height as SVG does.
/// </summary>
/// <remarks>
/// Read: svg, g (and a, switch), path (all commands, absolute and relative, arcs as cubics), rect (rounded too),
/// circle, ellipse, line, polyline, polygon, text (and the text of its tspans); transforms (matrix, translate, scale,
/// rotate, skewX, skewY) on any element; fill/stroke paints as #rgb, #rrggbb, #rrggbbaa, rgb()/rgba(), CSS basic names,
/// currentColor and none; fill-opacity, stroke-opacity and opacity folded into alpha; stroke-width (scaled by the
/// transform), stroke-dasharray, stroke-linecap, stroke-linejoin, fill-rule; font-size, font-family, font-weight,
/// font-style, text-anchor; presentation attributes, style="…" declarations and inheritance through groups.
/// Clip paths: a clip path that is one rectangle (after its transforms) becomes <see cref="SvgItem.Clip"/>, nested ones
/// intersected; an item wholly inside its clip gets none and one wholly outside is dropped. Any other clip path
/// is not applied (the content is drawn unclipped) and noted in <see cref="Warnings"/>, as are gradients (drawn as
/// none), use, image, masks and filters (skipped).
/// </remarks>
public sealed class SvgScene
{
    private SvgScene(float width, float height, IReadOnlyList<SvgItem> items, IReadOnlyList<string> warnings)
    {
        Width = width;
        Height = height;
        Items = items;
        Warnings = warnings;
        Texts = items.OfType<SvgText>().ToList();
        Shapes = items.OfType<SvgShape>().Select(s => new Placed(0, 0, s.Visual)).ToList();
    }

    /// <summary>The picture's width in its own units (CSS px for ScottPlot: the width given to GetSvgXml).</summary>
    public float Width { get; }
    public float Height { get; }

    /// <summary>Shapes and texts in drawing order (later items are drawn over earlier ones).</summary>
    public IReadOnlyList<SvgItem> Items { get; }

    /// <summary>The texts of <see cref="Items"/>, in drawing order.</summary>
    public IReadOnlyList<SvgText> Texts { get; }

    /// <summary>The shapes of <see cref="Items"/> placed at (0, 0), in drawing order, without their clips.</summary>
    public IReadOnlyList<Placed> Shapes { get; }

    /// <summary>What was not imported faithfully (unsupported elements, clip paths, paints), one message per occurrence.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Reads an SVG document; throws <see cref="FormatException"/> when it is not XML with an &lt;svg&gt; root.</summary>
    public static SvgScene Parse(string svgXml)
    {
        ArgumentNullException.ThrowIfNull(svgXml);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(svgXml), settings);
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new FormatException($"not an SVG document: {e.Message}", e);
        }
        var root = document.Root;
        if (root is null || root.Name.LocalName != "svg")
            throw new FormatException("not an SVG document: the root element is not <svg>");

        var importer = new SvgImporter(root);
        var items = importer.Import(out float width, out float height);
        return new SvgScene(width, height, items, importer.Warnings);
    }
}
