using Hengnan.Report.Fonts;

namespace Hengnan.Report.Tests.Fonts;

public sealed class FontFileCheckTests
{
    [Fact]
    public void ShippedFontsAreGlyfTrueType()
    {
        var fonts = Directory.GetFiles(FontLibrary.DefaultFolder, "*.ttf");
        Assert.Equal(8, fonts.Length);
        Assert.All(fonts, f => Assert.True(FontFileCheck.HasGlyfOutlines(f), f));
    }

    [Fact]
    public void CffFontIsRefused()
    {
        // Synthetic: a table directory with the 'OTTO' signature and a CFF table.
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [(byte)'O', (byte)'T', (byte)'T', (byte)'O', 0, 1, 0, 16, 0, 0, 0, 0, (byte)'C', (byte)'F', (byte)'F', (byte)' ', 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 4]);
            Assert.False(FontFileCheck.HasGlyfOutlines(path));
        }
        finally { File.Delete(path); }
    }
}
