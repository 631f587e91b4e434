using System.Text;

namespace Hengnan.Report.Edition;

/// <summary>
/// Reads an input text file the way office software saves it: UTF-8 with or without BOM, UTF-16
/// (with BOM), or GB18030/GBK when the bytes are not valid UTF-8 (Excel on Chinese Windows).
/// </summary>
public static class TextFile
{
    static TextFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(string path, Encoding? forced = null)
    {
        var bytes = File.ReadAllBytes(path);
        return Decode(bytes, forced);
    }

    public static string Decode(byte[] bytes, Encoding? forced = null)
    {
        if (forced is not null) return StripBom(forced.GetString(bytes));
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static string StripBom(string s) => s.Length > 0 && s[0] == '\uFEFF' ? s[1..] : s;
}
