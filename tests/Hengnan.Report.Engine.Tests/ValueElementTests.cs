using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;
using SkiaSharp;

namespace Hengnan.Report.Engine.Tests;

/// <summary>The layout elements that take what they draw as values: fixed boxes, rules and image frames.</summary>
public sealed class ValueElementTests
{
    private static readonly IReadOnlyList<Placed> Bar = [new Placed(0, 0, PathVisual.Rect(200, 10, Color.Black))];

    [Fact]
    public void A_box_laid_out_at_the_width_it_was_made_for_draws_its_visuals_and_reports_what_making_them_found()
    {
        var found = new LayoutProblem("a character in no font") { Key = "TEST" };
        var context = new LayoutContext();
        var result = new FixedBox(10, Bar, "bar") { Width = 200, Problems = [found] }.Layout(context, 200.004f, 100);
        Assert.Same(Bar, result.Fragment!.Items);
        Assert.Equal(200.004f, result.Fragment.Width);
        Assert.Equal([found], context.Problems);
    }

    [Fact]
    public void A_box_laid_out_at_another_width_is_placed_as_it_is_and_reported()
    {
        var context = new LayoutContext();
        var at = new SourceLocation("outline.txt", 3, 1);
        var result = new FixedBox(10, Bar, "bar") { Width = 200, Origin = at }.Layout(context, 150, 100);
        Assert.Equal(Fit.Full, result.Fit);
        Assert.Same(Bar, result.Fragment!.Items);
        Assert.Equal(150, result.Fragment.Width);
        var problem = Assert.Single(context.Problems);
        Assert.Equal("LAY001.boxwidth", problem.Key);
        Assert.Equal(["200", "150"], problem.Args);
        Assert.Equal(at, problem.At);
    }

    [Fact]
    public void A_box_without_a_width_draws_the_same_at_any_width()
    {
        var context = new LayoutContext();
        new FixedBox(10, Bar, "bar").Layout(context, 80, 100);
        Assert.Empty(context.Problems);
    }

    [Fact]
    public void A_rule_spans_the_width_it_is_laid_out_at_or_its_length()
    {
        var across = new Rule(2, Color.Black).Layout(new LayoutContext(), 120, 100).Fragment!;
        Assert.Equal((120f, 2f), (across.Width, across.Height));
        Assert.Equal(PathVisual.Rect(120, 2, Color.Black).Path.Points, ((PathVisual)across.Items[0].Visual).Path.Points);
        var shortRule = new Rule(3, Color.Black) { Length = 36 }.Layout(new LayoutContext(), 120, 100).Fragment!;
        Assert.Equal(120f, shortRule.Width);
        Assert.Equal(PathVisual.Rect(36, 3, Color.Black).Path.Points, ((PathVisual)shortRule.Items[0].Visual).Path.Points);
    }

    [Fact]
    public void A_rule_that_does_not_fit_moves_on_unless_at_the_top()
    {
        var context = new LayoutContext { AtRegionTop = false };
        Assert.Equal(Fit.None, new Rule(3, Color.Black).Layout(context, 100, 2).Fit);
        context.AtRegionTop = true;
        Assert.Equal(Fit.Full, new Rule(3, Color.Black).Layout(context, 100, 2).Fit);
        Assert.Equal("LAY001.box", Assert.Single(context.Problems).Key);
    }

    private static ImageAsset Image(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(40, 110, 60));
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return ImageAsset.Decode(data.ToArray(), "photo.jpg");
    }

    private static readonly ResolutionCheck Check = new("photos/a.jpg",
    [
        new ResolutionLimit(150, "E1", "'{0}' at {1} ppi ({2}×{3} px in {4}×{5} mm): too low", IsWarning: false),
        new ResolutionLimit(300, "W1", "'{0}' at {1} ppi ({2}×{3} px in {4}×{5} mm): low", IsWarning: true),
    ]);

    [Theory]
    [InlineData(400, null)]     // 400 pixels in an inch: none
    [InlineData(200, "W1")]     // 200 ppi: under 300, a warning
    [InlineData(100, "E1")]     // 100 ppi: under 150, the strictest limit first
    public void An_image_frame_checks_the_resolution_at_the_size_it_prints(int pixels, string? expected)
    {
        // A frame of one inch square (72 pt) the image fills.
        var context = new LayoutContext();
        var at = new SourceLocation("outline.txt", 7, 1);
        var node = new StructureNode(StructureRole.Figure, "alt");
        var frame = new ImageFrame(72, 72, new Stack([]), "photo") { Image = Image(pixels, pixels), Node = node, Resolution = Check, Origin = at };
        var fragment = frame.Layout(context, 72, 1000).Fragment!;
        var image = ((FragmentVisual)fragment.Items[0].Visual).Fragment;
        Assert.Same(node, image.Node);
        Assert.IsType<ImageVisual>(image.Items[0].Visual);
        if (expected is null)
        {
            Assert.Empty(context.Problems);
            return;
        }
        var problem = Assert.Single(context.Problems);
        Assert.Equal((expected, expected, expected == "W1", at), (problem.Key, problem.Code, problem.IsWarning, problem.At));
        Assert.Equal(["photos/a.jpg", $"{pixels}", $"{pixels}", $"{pixels}", "25", "25"], problem.Args);
        Assert.Equal($"'photos/a.jpg' at {pixels} ppi ({pixels}×{pixels} px in 25×25 mm): {(expected == "E1" ? "too low" : "low")}", problem.Message);
    }

    [Fact]
    public void Without_an_image_the_frame_lays_its_placeholder_out_at_the_frame_size_above_the_caption()
    {
        var frame = new ImageFrame(50, 120, new Rule(4, Color.Black), "photo") { Placeholder = new Filling() };
        // 100 pt of room: the caption takes 4, the frame shrinks from 120 to 96.
        var fragment = frame.Layout(new LayoutContext(), 80, 100).Fragment!;
        Assert.Equal(100f, fragment.Height);
        var placeholder = ((FragmentVisual)fragment.Items[0].Visual).Fragment;
        Assert.Equal((0f, 0f, 80f, 96f), (fragment.Items[0].X, fragment.Items[0].Y, placeholder.Width, placeholder.Height));
        Assert.Equal(96f, fragment.Items[1].Y);
    }

    /// <summary>Takes all the room it is given.</summary>
    private sealed class Filling : Element
    {
        public override LayoutResult Layout(LayoutContext context, float width, float height) => LayoutResult.Full(new Fragment(width, height, []));
    }
}
