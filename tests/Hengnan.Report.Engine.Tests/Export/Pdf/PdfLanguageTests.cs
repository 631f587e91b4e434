using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfLanguageTests
{
    [Theory]
    [InlineData("en", "en", true)]
    [InlineData("EN", "en", true)]
    [InlineData("zh", "zh-CN", true)]
    [InlineData("zh-CN", "zh", true)]
    [InlineData("en", "zh-CN", false)]
    [InlineData("en", "eng", false)]
    [InlineData(null, "en", true)]
    [InlineData("", "zh-CN", true)]
    public void Tags_compare_as_a_reader_would(string? a, string? b, bool same) => Assert.Equal(same, PdfLanguage.Same(a, b));

    [Fact]
    public void A_node_inherits_its_nearest_ancestors_language_else_the_documents()
    {
        var figure = new StructureNode(StructureRole.Figure, language: "en");
        var caption = new StructureNode(StructureRole.Caption);
        var inner = new Fragment(1, 1, [new Placed(0, 0, new AnchorVisual("x"))]) { Node = caption };
        _ = new Fragment(1, 1, [new Placed(0, 0, new FragmentVisual(inner))]) { Node = figure }.Flatten().ToList();
        Assert.Equal("en", PdfLanguage.Effective(caption, "zh-CN"));
        Assert.Equal("zh-CN", PdfLanguage.Effective(new StructureNode(StructureRole.P), "zh-CN"));
        Assert.Equal("zh-CN", PdfLanguage.Effective(null, "zh-CN"));
    }
}
