using System.Text;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Edition;

public sealed class TextFileTests
{
    private const string Sample = "id,label_zh\ngdp,地区生产总值\n";

    [Fact]
    public void DecodesUtf8WithAndWithoutBomUtf16AndGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal(Sample, TextFile.Decode(Encoding.UTF8.GetBytes(Sample)));
        Assert.Equal(Sample, TextFile.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]));
        Assert.Equal(Sample, TextFile.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]));
        Assert.Equal(Sample, TextFile.Decode(Encoding.GetEncoding("GB18030").GetBytes(Sample)));
    }
}
