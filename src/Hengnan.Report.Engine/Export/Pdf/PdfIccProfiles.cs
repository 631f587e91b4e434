namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The ICC profiles the exporter embeds. <see cref="SRgb"/> is the sRGB IEC 61966-2.1 profile of
/// Debian's icc-profiles-free (assets/icc/sRGB.icc: ICC v2.3, zlib licence, "no copyright, use freely"),
/// shipped as a file rather than built in code so that it is a profile colour tools already know.
/// </summary>
internal static class PdfIccProfiles
{
    private static readonly Lazy<byte[]> Srgb = new(() => Load("sRGB.icc"));

    public static byte[] SRgb => Srgb.Value;

    private static byte[] Load(string name)
    {
        using var stream = typeof(PdfIccProfiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the engine was built without its {name} resource");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
