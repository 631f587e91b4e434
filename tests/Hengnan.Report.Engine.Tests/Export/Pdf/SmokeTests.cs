using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class SmokeTests
{
    [Fact]
    public void Writes_a_sample()
    {
        using var zh = SansSC();
        using var en = Sans();
        var h1 = new StructureNode(StructureRole.H1);
        var p = new StructureNode(StructureRole.P);
        var items = new[]
        {
            Run(zh, "数字力量", 24, 50, 100, h1),
            Run(en, "By the Numbers", 24, 160, 100, h1, "en"),
            Run(zh, "衡南县地区生产总值持续增长。", 12, 50, 140, p),
            new DisplayItem(50, 200, PathVisual.Rect(100, 50, Color.Cmyk(0.1f, 0.2f, 0.3f, 0.4f), Color.Rgb(255, 0, 0), 2), null),
        };
        zh.Seal(); en.Seal();
        var pdf = Write(items);
        Directory.CreateDirectory("/tmp/pdfout");
        File.WriteAllBytes("/tmp/pdfout/smoke.pdf", pdf);
        using var doc = Open(pdf);
        Assert.Equal("数字力量By the Numbers衡南县地区生产总值持续增长。", Text(doc.GetPage(1)));
    }
}
