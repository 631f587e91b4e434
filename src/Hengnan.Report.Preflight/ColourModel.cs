namespace Hengnan.Report.Preflight;

/// <summary>What the components of a colour mean, as far as the black-text check is concerned.</summary>
internal enum ColourModel
{
    Gray,
    Rgb,
    Cmyk,
    Other,
}
