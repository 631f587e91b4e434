using Hengnan.Report.Drawing;
using Hengnan.Report.Vector;

namespace Hengnan.Report.Engine.Tests.Vector;

/// <summary>The importer on hand-written SVG: transforms, path commands, arcs, paints, clips, text content.</summary>
public sealed class SvgSceneTests
{
    private static SvgScene Parse(string body, string root = "width=\"200\" height=\"100\"") =>
        SvgScene.Parse($"<svg xmlns=\"http://www.w3.org/2000/svg\" {root}>{body}</svg>");

    private static void Near(float expected, float actual, float tolerance = 1e-3f) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected}, got {actual}");

    private static void Points(PathData path, params float[] expected)
    {
        Assert.Equal(expected.Length, path.Points.Count);
        for (int i = 0; i < expected.Length; i++) Near(expected[i], path.Points[i]);
    }

    /// <summary>The point at t on the cubic ending at verb index <paramref name="verb"/>.</summary>
    private static (double X, double Y) CubicPoint(PathData path, int verb, double t)
    {
        int i = 0;
        for (int v = 0; v < verb; v++) i += path.Verbs[v] switch { PathVerb.CubicTo => 6, PathVerb.Close => 0, _ => 2 };
        Assert.Equal(PathVerb.CubicTo, path.Verbs[verb]);
        var p = path.Points;
        double x0 = p[i - 2], y0 = p[i - 1];
        double u = 1 - t;
        double x = u * u * u * x0 + 3 * u * u * t * p[i] + 3 * u * t * t * p[i + 2] + t * t * t * p[i + 4];
        double y = u * u * u * y0 + 3 * u * u * t * p[i + 1] + 3 * u * t * t * p[i + 3] + t * t * t * p[i + 5];
        return (x, y);
    }

    [Fact]
    public void Nested_group_transforms_apply_to_shapes_strokes_and_a_rotated_text()
    {
        var scene = Parse("""
            <g transform="translate(10 20)">
              <g transform="scale(2)">
                <rect x="5" y="5" width="10" height="4" fill="#ff0000" stroke="black" stroke-width="0.5"/>
                <text transform="rotate(-90)" x="1, 4, 7, " y="2, " font-size="8" font-family="Test Sans" font-weight="bold" fill="#336699">abc</text>
                <g transform="translate(3 1)"><rect width="1" height="1"/></g>
              </g>
              <path transform="matrix(1 0 0 1 100 0) rotate(90)" d="M0 0 L10 0" fill="none" stroke="blue"/>
            </g>
            """);
        Assert.Empty(scene.Warnings);
        Assert.Equal(4, scene.Items.Count);

        var rect = Assert.IsType<SvgShape>(scene.Items[0]).Visual;
        Points(rect.Path, 20, 30, 40, 30, 40, 38, 20, 38);
        Assert.Equal(Color.Rgb(255, 0, 0), rect.Fill);
        Assert.Equal(1f, rect.Stroke!.Width);     // 0.5 scaled by 2

        var text = Assert.IsType<SvgText>(scene.Items[1]);
        Assert.Equal("abc", text.Text);
        // (1, 2) rotated −90° is (2, −1); scaled (4, −2); translated (14, 18)
        Near(14, text.X);
        Near(18, text.Y);
        Assert.Equal(-90, text.Rotation);
        Near(16, text.FontSize);
        Assert.True(text.Bold);
        Assert.Equal("Test Sans", text.FontFamily);
        Assert.Equal(Color.Rgb(0x33, 0x66, 0x99), text.Fill);
        Assert.NotNull(text.GlyphX);
        Assert.Equal(3, text.GlyphX.Length);
        Near(0, text.GlyphX[0]);
        Near(6, text.GlyphX[1]);
        Near(12, text.GlyphX[2]);

        // a translation inside the scaled group is scaled too
        Points(Assert.IsType<SvgShape>(scene.Items[2]).Visual.Path, 16, 22, 18, 22, 18, 24, 16, 24);

        var line = Assert.IsType<SvgShape>(scene.Items[3]).Visual;
        Points(line.Path, 110, 20, 110, 30);
        Assert.Null(line.Fill);
        Assert.Equal(Color.Rgb(0, 0, 255), line.Stroke!.Color);
    }

    [Fact]
    public void Arcs_become_cubics_on_the_circle()
    {
        // a full circle of radius 40 about (50, 50) from two half-circle arcs; then a quarter arc, sweep flag choosing the centre
        var scene = Parse("""
            <path d="M10 50 A40 40 0 0 1 90 50 A40 40 0 0 1 10 50 Z" fill="black"/>
            <path d="M10 50 A40 40 0 0 1 50 10" fill="none" stroke="black"/>
            <path d="M10 50 a40 40 0 1 0 40 -40" fill="none" stroke="black"/>
            """);
        var circle = ((SvgShape)scene.Items[0]).Visual.Path;
        var (l, t, r, b) = circle.Bounds();
        Near(10, l); Near(10, t); Near(90, r); Near(90, b);
        for (int v = 0; v < circle.Verbs.Count; v++)
        {
            if (circle.Verbs[v] != PathVerb.CubicTo) continue;
            foreach (var s in new[] { 0.25, 0.5, 0.75 })
            {
                var (x, y) = CubicPoint(circle, v, s);
                Near(40, (float)Math.Sqrt((x - 50) * (x - 50) + (y - 50) * (y - 50)), 0.05f);
            }
        }
        Assert.Equal(4, circle.Verbs.Count(v => v == PathVerb.CubicTo));   // quarter turns at most

        // small arc, sweep 1: the quarter about (50, 50) through the upper left
        var quarter = ((SvgShape)scene.Items[1]).Visual.Path;
        (l, t, r, b) = quarter.Bounds();
        Near(10, l); Near(10, t); Near(50, r); Near(50, b);
        // large arc, sweep 0, relative: three quarters about (50, 50) the other way round
        var large = ((SvgShape)scene.Items[2]).Visual.Path;
        (l, t, r, b) = large.Bounds();
        Near(10, l); Near(10, t); Near(90, r); Near(90, b);
        Near(50, large.Points[^2]); Near(10, large.Points[^1]);
    }

    [Fact]
    public void A_rotated_elliptical_arc_stays_on_its_ellipse()
    {
        // ellipse rx 30, ry 10 turned 30° about (0, 0): from angle 0 to angle 180 of the ellipse
        double phi = Math.PI / 6;
        (double, double) E(double a) => (30 * Math.Cos(a) * Math.Cos(phi) - 10 * Math.Sin(a) * Math.Sin(phi), 30 * Math.Cos(a) * Math.Sin(phi) + 10 * Math.Sin(a) * Math.Cos(phi));
        var (x0, y0) = E(0);
        var (x1, y1) = E(Math.PI);
        var scene = Parse(FormattableString.Invariant($"<path d=\"M{x0} {y0} A30 10 30 0 1 {x1} {y1}\" fill=\"none\" stroke=\"black\"/>"));
        var path = ((SvgShape)scene.Items[0]).Visual.Path;
        for (int v = 0; v < path.Verbs.Count; v++)
        {
            if (path.Verbs[v] != PathVerb.CubicTo) continue;
            var (x, y) = CubicPoint(path, v, 0.5);
            // back into the ellipse's own axes
            double u = x * Math.Cos(phi) + y * Math.Sin(phi), w = -x * Math.Sin(phi) + y * Math.Cos(phi);
            Near(1, (float)(u * u / 900 + w * w / 100), 0.005f);
        }
    }

    [Fact]
    public void Relative_and_shorthand_commands_are_made_absolute()
    {
        var scene = Parse("""<path d="m10 10 h20 v20 h-20 z m40 0 q10 -10 20 0 t20 0 c5 5 10 5 15 0 s10 -5 15 0 L130,10 V 40 H 120 l-1e1-5" fill="none" stroke="black"/>""");
        var path = ((SvgShape)scene.Items[0]).Visual.Path;
        Assert.Equal(
            [PathVerb.MoveTo, PathVerb.LineTo, PathVerb.LineTo, PathVerb.LineTo, PathVerb.Close,
             PathVerb.MoveTo, PathVerb.CubicTo, PathVerb.CubicTo, PathVerb.CubicTo, PathVerb.CubicTo,
             PathVerb.LineTo, PathVerb.LineTo, PathVerb.LineTo, PathVerb.LineTo],
            path.Verbs);
        var p = path.Points;
        Points(new PathBuilder().MoveTo(p[0], p[1]).LineTo(p[2], p[3]).LineTo(p[4], p[5]).LineTo(p[6], p[7]).Build(), 10, 10, 30, 10, 30, 30, 10, 30);
        Near(50, p[8]); Near(10, p[9]);                                  // m after z: from the subpath's start
        Near(50 + 2f / 3 * 10, p[10]); Near(10 - 2f / 3 * 10, p[11]);      // q raised to a cubic
        Near(70, p[14]); Near(10, p[15]);
        Near(70 + 2f / 3 * 10, p[16]); Near(10 + 2f / 3 * 10, p[17]);      // t reflects (60, 0) to (80, 20)
        Near(90, p[20]); Near(10, p[21]);
        Near(95, p[22]); Near(15, p[23]); Near(105, p[26]); Near(10, p[27]);
        Near(110, p[28]); Near(5, p[29]);                                 // s reflects (100, 15) about (105, 10)
        Near(120, p[32]); Near(10, p[33]);
        Points(new PathBuilder().MoveTo(p[34], p[35]).LineTo(p[36], p[37]).LineTo(p[38], p[39]).LineTo(p[40], p[41]).Build(), 130, 10, 130, 40, 120, 40, 110, 35);
    }

    [Fact]
    public void Paints_opacities_dashes_caps_and_joins()
    {
        var scene = Parse("""
            <rect width="1" height="1" fill="#0f8"/>
            <rect width="1" height="1" fill="rgb(10, 20, 30)" fill-opacity="0.5"/>
            <g opacity="0.5"><rect width="1" height="1" fill="white" fill-opacity="0.5"/></g>
            <rect width="1" height="1" fill="none" stroke="navy" stroke-opacity="0.098039217"/>
            <rect width="1" height="1" fill="black" stroke="none" style="fill: red; stroke: #00ff00; stroke-width: 3"/>
            <g transform="scale(2)" stroke="#123456"><path d="M0 0 L10 0" stroke-dasharray="4 2" stroke-linecap="round" stroke-linejoin="bevel"/></g>
            <line x1="0" y1="0" x2="5" y2="0" stroke="gray" stroke-dasharray="3"/>
            <rect width="1" height="1" fill="none"/>
            <rect width="1" height="1" fill="rgba(255, 0, 0, 0)"/>
            <g fill="#AA3300"><circle cx="5" cy="5" r="2"/></g>
            <rect width="1" height="1" fill="#11223380"/>
            """);
        var shapes = scene.Items.Cast<SvgShape>().Select(s => s.Visual).ToList();
        Assert.Equal(9, shapes.Count);     // the two invisible rectangles are dropped
        Assert.Equal(Color.Rgb(0, 255, 0x88), shapes[0].Fill);
        Assert.Null(shapes[0].Stroke);
        Assert.Equal(Color.Rgb(10, 20, 30, 128), shapes[1].Fill);
        Assert.Equal(Color.Rgb(255, 255, 255, 64), shapes[2].Fill);
        Assert.Null(shapes[3].Fill);
        Assert.Equal(Color.Rgb(0, 0, 0x80, 25), shapes[3].Stroke!.Color);
        Assert.Equal(Color.Rgb(255, 0, 0), shapes[4].Fill);                 // style beats attributes
        Assert.Equal(Color.Rgb(0, 255, 0), shapes[4].Stroke!.Color);
        Assert.Equal(3f, shapes[4].Stroke!.Width);
        var dashed = shapes[5].Stroke!;
        Assert.Equal(Color.Rgb(0x12, 0x34, 0x56), dashed.Color);            // inherited from the group
        Assert.Equal(2f, dashed.Width);
        Assert.Equal([8f, 4f], dashed.Dash!);                                 // scaled with the line
        Assert.Equal(LineCap.Round, dashed.Cap);
        Assert.Equal(LineJoin.Bevel, dashed.Join);
        Assert.Null(shapes[5].Fill);                                         // a path fills black by default, but this one has no area…
        Assert.Null(shapes[6].Fill);                                         // …and a <line> never fills
        Assert.Equal([3f, 3f], shapes[6].Stroke!.Dash!);                      // an odd list repeats
        Assert.Equal(Color.Rgb(0xAA, 0x33, 0), shapes[7].Fill);
        Assert.Equal(Color.Rgb(0x11, 0x22, 0x33, 0x80), shapes[8].Fill);
    }

    [Fact]
    public void A_rectangular_clip_path_becomes_the_items_clip_and_other_clips_are_reported()
    {
        var scene = Parse("""
            <defs><clipPath id="box"><rect x="10" y="10" width="50" height="40"/></clipPath></defs>
            <clipPath id="round"><circle cx="5" cy="5" r="5"/></clipPath>
            <g clip-path="url(#box)">
              <rect x="20" y="20" width="10" height="10" fill="red"/>
              <rect x="0" y="20" width="30" height="10" fill="green"/>
              <rect x="100" y="20" width="10" height="10" fill="blue"/>
              <text x="12" y="30">inside</text>
              <g transform="translate(5 5)" clip-path="url(#box)"><rect x="0" y="0" width="100" height="100" fill="gray"/></g>
            </g>
            <g clip-path="url(#round)"><rect width="20" height="20" fill="black"/></g>
            <g clip-path="url(#missing)"><rect width="20" height="20" fill="black"/></g>
            """);
        var items = scene.Items;
        Assert.Equal(6, items.Count);    // the blue rectangle lies outside its clip
        Assert.Null(items[0].Clip);      // wholly inside
        Assert.Equal(new Rect(10, 10, 60, 50), items[1].Clip);
        Assert.Equal("inside", ((SvgText)items[2]).Text);
        Assert.Equal(new Rect(10, 10, 60, 50), items[2].Clip);
        Assert.Equal(new Rect(15, 15, 60, 50), items[3].Clip);   // the clips intersected, the inner one moved with its group
        Assert.Null(items[4].Clip);      // not a rectangle: drawn unclipped, reported
        Assert.Null(items[5].Clip);      // no such clip path: the same
        Assert.Equal(2, scene.Warnings.Count);
        Assert.Contains("url(#round)", scene.Warnings[0]);
        Assert.Contains("url(#missing)", scene.Warnings[1]);
        Assert.Equal(6, scene.Shapes.Count + scene.Texts.Count);
    }

    [Fact]
    public void Text_content_is_the_label_as_Skia_wrote_it_with_radicals_folded_back()
    {
        // Skia indents the content; 二 and 一 come back as the Kangxi radicals ⼆ ⼀ from Noto Sans SC's cmap
        var scene = Parse("<text transform=\"translate(100 50)\" font-size=\"12\" font-family=\"Noto Sans SC\" x=\"-24, -12, 0, 12, \" y=\"4.8, \">\n\t\t\t\u2F06〇\u2F00五\n\t\t</text>"
            + "<text x=\"0, 3, 6, \" y=\"10, \">\n\t\t\t 10\n\t\t</text>"
            + "<text x=\"5\" y=\"7\" text-anchor=\"middle\" font-style=\"italic\">  two   words \n</text>"
            + "<text x=\"5\" y=\"7\">\n\t</text>");
        Assert.Equal(3, scene.Texts.Count);
        var year = scene.Texts[0];
        Assert.Equal("二〇一五", year.Text);
        Near(76, year.X);
        Near(54.8f, year.Y);
        Assert.Equal([0f, 12f, 24f, 36f], year.GlyphX!);
        Assert.Equal(" 10", scene.Texts[1].Text);            // a label's own leading space stays
        var collapsed = scene.Texts[2];
        Assert.Equal("two words", collapsed.Text);
        Assert.Null(collapsed.GlyphX);
        Assert.Equal(SvgTextAnchor.Middle, collapsed.Anchor);
        Assert.True(collapsed.Italic);
        Assert.Equal(Color.Black, collapsed.Fill);
        Assert.Equal(16, collapsed.FontSize);
    }

    [Fact]
    public void The_viewBox_is_mapped_onto_the_width_and_height()
    {
        var scene = Parse("""<rect x="10" y="10" width="20" height="10" fill="black" stroke="red"/><text x="10" y="10" font-size="5">t</text>""",
            "width=\"200\" height=\"100\" viewBox=\"10 10 100 50\"");
        Assert.Equal(200, scene.Width);
        Assert.Equal(100, scene.Height);
        var rect = scene.Items.OfType<SvgShape>().Single().Visual;
        Points(rect.Path, 0, 0, 40, 0, 40, 20, 0, 20);
        Assert.Equal(2f, rect.Stroke!.Width);
        Assert.Equal(10, scene.Texts[0].FontSize);

        var viewBoxOnly = Parse("", "viewBox=\"0 0 30 20\"");
        Assert.Equal((30f, 20f), (viewBoxOnly.Width, viewBoxOnly.Height));
    }

    [Fact]
    public void What_is_not_read_is_skipped_and_reported_without_failing()
    {
        var scene = Parse("""
            <path d="M0 0 L10 0 L10 10 X 5 5" fill="black"/>
            <image href="x.png" width="10" height="10"/>
            <use href="#a"/>
            <rect width="10" height="10" fill="url(#gradient)" stroke="black"/>
            <rect width="10" height="10" transform="rotate(oops)" fill="black"/>
            <foo:bar xmlns:foo="urn:x"/>
            """);
        var first = Assert.IsType<SvgShape>(scene.Items[0]).Visual.Path;
        Assert.Equal(3, first.Verbs.Count);                  // drawn up to the error
        Assert.Null(((SvgShape)scene.Items[1]).Visual.Fill);  // gradient: not imported, the stroke is
        Assert.Equal(3, scene.Items.Count);
        Assert.Equal(5, scene.Warnings.Count);
        Assert.Throws<FormatException>(() => SvgScene.Parse("<html/>"));
        Assert.Throws<FormatException>(() => SvgScene.Parse("<svg"));
    }
}
