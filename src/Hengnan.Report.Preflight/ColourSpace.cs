using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Preflight;

/// <summary>
/// A resolved colour space: its model, whether it is device RGB without an ICC profile (directly, or as the base
/// of an Indexed or Pattern space), its number of components and a label for messages.
/// </summary>
internal sealed record ColourSpace(ColourModel Model, bool UncalibratedRgb, int Components, string Label)
{
    public static readonly ColourSpace DeviceGray = new(ColourModel.Gray, false, 1, "DeviceGray");
    public static readonly ColourSpace DeviceCmyk = new(ColourModel.Cmyk, false, 4, "DeviceCMYK");
    public static readonly ColourSpace DeviceRgb = new(ColourModel.Rgb, true, 3, "DeviceRGB");
    public static readonly ColourSpace CalibratedRgb = new(ColourModel.Rgb, false, 3, "DeviceRGB (DefaultRGB)");
    public static readonly ColourSpace Unknown = new(ColourModel.Other, false, 1, "unknown");

    /// <summary>The initial colour in this space: black for device spaces (CMYK 0 0 0 1), zeros otherwise.</summary>
    public double[] Initial() => Model == ColourModel.Cmyk ? [0, 0, 0, 1] : new double[Math.Max(1, Components)];

    /// <summary>
    /// Resolves a colour space operand or /ColorSpace value: a device name (full or abbreviated), a name in the
    /// resources' /ColorSpace, or an array ([/ICCBased s], [/Indexed base hival lookup], [/Pattern base], …).
    /// </summary>
    public static ColourSpace Resolve(PdfObjects pdf, IToken? token, DictionaryToken? resources, int depth = 0)
    {
        if (depth > 8) return Unknown;
        token = pdf.Resolve(token);
        switch (token)
        {
            case NameToken n:
                switch (n.Data)
                {
                    case "DeviceRGB" or "RGB":
                        return pdf.Dict(resources, "ColorSpace") is { } csd && csd.Data.ContainsKey("DefaultRGB") ? CalibratedRgb : DeviceRgb;
                    case "DeviceCMYK" or "CMYK": return DeviceCmyk;
                    case "DeviceGray" or "G": return DeviceGray;
                    case "Pattern": return new ColourSpace(ColourModel.Other, false, 0, "Pattern");
                }
                var named = pdf.Get(pdf.Dict(resources, "ColorSpace"), n.Data);
                return named is null ? Unknown : Resolve(pdf, named, resources, depth + 1);
            case ArrayToken { Data.Count: > 0 } a:
                var family = (pdf.Resolve(a.Data[0]) as NameToken)?.Data;
                switch (family)
                {
                    case "ICCBased":
                        var icc = a.Data.Count > 1 ? pdf.AsDict(a.Data[1]) : null;
                        int comps = (int)(pdf.Number(icc, "N") ?? 0);
                        return comps switch
                        {
                            1 => new ColourSpace(ColourModel.Gray, false, 1, "ICCBased gray"),
                            3 => new ColourSpace(ColourModel.Rgb, false, 3, "ICCBased RGB"),
                            4 => new ColourSpace(ColourModel.Cmyk, false, 4, "ICCBased CMYK"),
                            _ => new ColourSpace(ColourModel.Other, false, Math.Max(1, comps), "ICCBased"),
                        };
                    case "CalRGB": return new ColourSpace(ColourModel.Rgb, false, 3, "CalRGB");
                    case "CalGray": return new ColourSpace(ColourModel.Gray, false, 1, "CalGray");
                    case "Lab": return new ColourSpace(ColourModel.Other, false, 3, "Lab");
                    case "Indexed" or "I":
                        var indexedBase = a.Data.Count > 1 ? Resolve(pdf, a.Data[1], resources, depth + 1) : Unknown;
                        return new ColourSpace(ColourModel.Other, indexedBase.UncalibratedRgb, 1, "Indexed " + indexedBase.Label);
                    case "Pattern":
                        var patternBase = a.Data.Count > 1 ? Resolve(pdf, a.Data[1], resources, depth + 1) : Unknown;
                        return new ColourSpace(ColourModel.Other, patternBase.UncalibratedRgb, patternBase.Components, "Pattern " + patternBase.Label);
                    case "Separation": return new ColourSpace(ColourModel.Other, false, 1, "Separation");
                    case "DeviceN":
                        int n = a.Data.Count > 1 && pdf.Resolve(a.Data[1]) is ArrayToken names ? names.Data.Count : 1;
                        return new ColourSpace(ColourModel.Other, false, n, "DeviceN");
                    case not null when a.Data.Count == 1:
                        return Resolve(pdf, a.Data[0], resources, depth + 1);
                }
                return Unknown;
            default:
                return Unknown;
        }
    }
}
