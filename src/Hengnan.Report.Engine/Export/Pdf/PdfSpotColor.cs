using System.Globalization;
using Hengnan.Report.Drawing;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// A /Separation colour space for one spot ink: tints 0–1, simulated by its CMYK alternate through a
/// Type 2 (exponential, N 1) function from white (C0 [0 0 0 0]) to the solid ink (C1 [c m y k]).
/// </summary>
internal sealed record PdfSpotColor(string Name, float C, float M, float Y, float K, int Index)
{
    public string ResourceName => "CS" + (Index + 1).ToString(CultureInfo.InvariantCulture);

    public static (string, float, float, float, float) KeyOf(Color color) => (color.SpotName ?? "Spot", color.C0, color.C1, color.C2, color.C3);

    public void Write(PdfObjectWriter w, int number)
    {
        var b = w.Begin(number);
        b.Raw("[/Separation "u8).Name(Name).Raw(" /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 ["u8)
         .Num(C).Space().Num(M).Space().Num(Y).Space().Num(K).Raw("] /N 1 >>]"u8);
        w.End();
    }
}
