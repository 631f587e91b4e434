namespace Hengnan.Report.Preflight;

/// <summary>The stable finding codes. PF0xx: print (PDF/X-4); PF02x: accessibility (PDF/UA-1).</summary>
public static class PreflightCodes
{
    /// <summary>The file, or one page of it, cannot be read (corrupt, encrypted with a password, not a PDF).</summary>
    public const string Unreadable = "PF000";

    /// <summary>A font is used but not embedded.</summary>
    public const string FontNotEmbedded = "PF001";

    /// <summary>A Type 3 font is used (glyphs drawn as PDF procedures).</summary>
    public const string Type3Font = "PF002";

    /// <summary>Colour is set in DeviceRGB (rg, RG, cs/CS /DeviceRGB or an Indexed space on it, a shading) without an ICC profile.</summary>
    public const string DeviceRgbColour = "PF003";

    /// <summary>An image is in DeviceRGB (or Indexed on DeviceRGB) without an ICC profile.</summary>
    public const string DeviceRgbImage = "PF004";

    /// <summary>No /OutputIntents entry with /S /GTS_PDFX.</summary>
    public const string NoOutputIntent = "PF005";

    /// <summary>The PDF/X output intent has no /DestOutputProfile (ICC) nor /DestOutputProfileRef.</summary>
    public const string OutputIntentNoProfile = "PF006";

    /// <summary>No GTS_PDFXVersion naming PDF/X-4 in the XMP (pdfxid) or the document information.</summary>
    public const string NoPdfxVersion = "PF007";

    /// <summary>A page has neither a TrimBox nor an ArtBox.</summary>
    public const string NoTrimBox = "PF008";

    /// <summary>A page has no BleedBox.</summary>
    public const string NoBleedBox = "PF009";

    /// <summary>A page box is not inside the MediaBox (or the TrimBox not inside the BleedBox).</summary>
    public const string BoxNotNested = "PF010";

    /// <summary>An image prints at under 300 ppi at its placed size.</summary>
    public const string LowResolutionImage = "PF011";

    /// <summary>An image prints at under 150 ppi at its placed size.</summary>
    public const string VeryLowResolutionImage = "PF012";

    /// <summary>A stroke is thinner than 0.25 pt on the page (line width after the transformation; 0 is a hairline).</summary>
    public const string Hairline = "PF013";

    /// <summary>Black or grey text is built from RGB or from several CMYK inks instead of K only.</summary>
    public const string RichBlackText = "PF014";

    /// <summary>The file is encrypted.</summary>
    public const string Encrypted = "PF015";

    /// <summary>A page has both a TrimBox and an ArtBox.</summary>
    public const string TrimAndArtBox = "PF016";

    /// <summary>The catalog has no /MarkInfo with /Marked true.</summary>
    public const string NotMarked = "PF020";

    /// <summary>The catalog has no /StructTreeRoot.</summary>
    public const string NoStructureTree = "PF021";

    /// <summary>A Figure structure element has neither /Alt nor /ActualText.</summary>
    public const string FigureWithoutAlt = "PF022";

    /// <summary>The catalog has no /Lang.</summary>
    public const string NoLanguage = "PF023";

    /// <summary>Text is drawn outside any tagged (MCID) or Artifact marked content.</summary>
    public const string UntaggedText = "PF024";

    /// <summary>The viewer preferences do not set /DisplayDocTitle true.</summary>
    public const string NoDisplayDocTitle = "PF025";

    /// <summary>The XMP metadata has no dc:title (or there is no XMP metadata).</summary>
    public const string NoXmpTitle = "PF026";

    /// <summary>The XMP metadata has no pdfuaid:part (PDF/UA identification).</summary>
    public const string NoPdfUaId = "PF027";
}
