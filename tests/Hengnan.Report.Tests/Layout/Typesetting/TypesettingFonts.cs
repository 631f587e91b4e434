using Hengnan.Report.Edition;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Tests.Layout.Typesetting;

/// <summary>The shipped fonts, loaded once for the paragraph tests.</summary>
public sealed class TypesettingFonts : IDisposable
{
    public TypesettingFonts()
    {
        Library = new FontLibrary(FontLibrary.DefaultFolder, EditionFileReader.DefaultFonts);
        SerifZh = new TextStyle(Library["serif-en"], Library["serif-zh"], 10, Color.Black);
        SerifEn = new TextStyle(Library["serif-en"], Library["serif-zh"], 10, Color.Black);
    }

    public FontLibrary Library { get; }
    public TextStyle SerifZh { get; }
    public TextStyle SerifEn { get; }

    public void Dispose() => Library.Dispose();
}
