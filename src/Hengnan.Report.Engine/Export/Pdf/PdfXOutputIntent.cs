using System.Globalization;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// The printing condition a PDF/X file is made for, written as its /OutputIntents entry
/// (/S /GTS_PDFX). No freely licensed CMYK characterisation profile may be shipped in this
/// repository, so the profile is not embedded: the output intent references it
/// (/DestOutputProfileRef, which makes the file PDF/X-4p, ISO 15930-7) by its description
/// (/ProfileName), header version (/ICCVersion), colour space (/ProfileCS, always CMYK here), where to
/// get it (/URLs) and an MD5 of the whole profile file (/CheckSum, ISO 32000-2 Table 402: computed over
/// the uncompressed file, not the profile ID in the ICC header, which is an MD5 over the profile with
/// three header fields zeroed). The print shop's RIP matches the profile it holds by that checksum.
/// </summary>
/// <remarks>
/// The presets name the Adobe profiles most RIPs and prepress tools already hold; both are ICC v2.1
/// profiles without a profile ID. Their checksums were computed from the profiles as Adobe distributes
/// them (end-user package AdobeICCProfilesCS4Win_end-user.zip, "Adobe ICC Profiles (end-user)/CMYK/"),
/// read from a public repository that redistributes the package unchanged (php-imagine/Imagine,
/// src/resources/Adobe/CMYK). The URL is that package: Adobe does not serve the profiles one by one.
/// The ICC Profile Registry's own FOGRA39 profile (Coated_Fogra39L_VIGC_300.icc, 8.6 MB) could not be
/// read to compute its checksum, so it is not offered; an edition may name it, or any other
/// registered condition, through the constructor.
/// </remarks>
public sealed class PdfXOutputIntent
{
    /// <summary>The ICC characterization data registry (the registry of the condition identifiers used here).</summary>
    public const string IccRegistry = "http://www.color.org";

    private const string AdobeProfiles = "https://download.adobe.com/pub/adobe/iccprofiles/win/AdobeICCProfilesCS4Win_end-user.zip";

    /// <param name="outputConditionIdentifier">The registered condition (FOGRA39, JC200103, CGATS TR 006, …).</param>
    /// <param name="outputCondition">The condition in words, for people.</param>
    /// <param name="registryName">The registry the identifier belongs to, normally <see cref="IccRegistry"/>.</param>
    /// <param name="info">A further description (conventionally the profile's name).</param>
    /// <param name="profileName">The profile's description tag, exactly.</param>
    /// <param name="iccVersion">Bytes 8–11 of the profile header as a big-endian number (0x02100000 for version 2.1.0).</param>
    /// <param name="checkSum">The MD5 of the whole profile file, 32 hexadecimal digits.</param>
    /// <param name="profileUrls">Where the profile can be had (at least one).</param>
    public PdfXOutputIntent(string outputConditionIdentifier, string outputCondition, string registryName, string info,
        string profileName, uint iccVersion, string checkSum, IReadOnlyList<string> profileUrls)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputConditionIdentifier);
        ArgumentException.ThrowIfNullOrWhiteSpace(profileName);
        ArgumentNullException.ThrowIfNull(outputCondition);
        ArgumentNullException.ThrowIfNull(registryName);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(profileUrls);
        if (checkSum is null || checkSum.Length != 32 || !checkSum.All(Uri.IsHexDigit))
            throw new ArgumentException("the checksum is the profile's MD5: 32 hexadecimal digits", nameof(checkSum));
        if (profileUrls.Count == 0 || profileUrls.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("name at least one URL of the profile", nameof(profileUrls));
        if (iccVersion >> 24 is < 2 or > 4)
            throw new ArgumentOutOfRangeException(nameof(iccVersion), "PDF/X-4 takes ICC profiles of version 2 to 4");
        OutputConditionIdentifier = outputConditionIdentifier;
        OutputCondition = outputCondition;
        RegistryName = registryName;
        Info = info;
        ProfileName = profileName;
        IccVersion = iccVersion;
        CheckSum = checkSum.ToLowerInvariant();
        ProfileUrls = profileUrls.ToArray();
    }

    public string OutputConditionIdentifier { get; }
    public string OutputCondition { get; }
    public string RegistryName { get; }
    public string Info { get; }
    public string ProfileName { get; }
    public uint IccVersion { get; }
    /// <summary>The MD5 of the profile file, lower-case hexadecimal.</summary>
    public string CheckSum { get; }
    public IReadOnlyList<string> ProfileUrls { get; }

    /// <summary>
    /// FOGRA39: sheet-fed offset on coated paper (ISO 12647-2:2004/Amd 1, paper type 1 or 2), the usual
    /// condition of European and Chinese commercial printers. Profile: Adobe's "Coated FOGRA39
    /// (ISO 12647-2:2004)" (CoatedFOGRA39.icc, 654 352 bytes, ICC 2.1.0, MD5 74ff62f330bf0dbe4495b5720542d511).
    /// </summary>
    public static PdfXOutputIntent Fogra39 { get; } = new(
        "FOGRA39",
        "Offset commercial and specialty printing according to ISO 12647-2:2004 / Amd 1, paper type 1 or 2 (gloss or matte coated offset, 115 g/m2), screen ruling 60/cm",
        IccRegistry,
        "Coated FOGRA39 (ISO 12647-2:2004)",
        "Coated FOGRA39 (ISO 12647-2:2004)",
        0x02100000,
        "74ff62f330bf0dbe4495b5720542d511",
        [AdobeProfiles]);

    /// <summary>
    /// Japan Color 2001 Coated: sheet-fed offset on coated paper, characterization data JC200103 in the ICC
    /// registry. Profile: Adobe's "Japan Color 2001 Coated" (JapanColor2001Coated.icc, 557 168 bytes,
    /// ICC 2.1.0, MD5 4cb167869183b59bbad20fb90ccf3e0c).
    /// </summary>
    public static PdfXOutputIntent JapanColor2001Coated { get; } = new(
        "JC200103",
        "Japan Color 2001 Coated: sheet-fed offset printing on coated paper",
        IccRegistry,
        "Japan Color 2001 Coated",
        "Japan Color 2001 Coated",
        0x02100000,
        "4cb167869183b59bbad20fb90ccf3e0c",
        [AdobeProfiles]);

    /// <summary>The 16 bytes of the checksum.</summary>
    internal byte[] CheckSumBytes() => Convert.FromHexString(CheckSum);

    /// <summary>The 4 header bytes of the version.</summary>
    internal byte[] IccVersionBytes() => [(byte)(IccVersion >> 24), (byte)(IccVersion >> 16), (byte)(IccVersion >> 8), (byte)IccVersion];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OutputConditionIdentifier} ({ProfileName})");
}
