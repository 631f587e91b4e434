namespace Hengnan.Report.Layout.Text;

public static class LanguageTags
{
    /// <summary>The BCP 47 tag written into the PDF (/Lang): zh-CN or en.</summary>
    public static string Tag(this Language language) => language == Language.Zh ? "zh-CN" : "en";
}
