using UglyToad.PdfPig.Tokens;

namespace Hengnan.Report.Preflight;

/// <summary>The part of the graphics state the checks need: CTM, line width, colours, font and text mode.</summary>
internal sealed class GraphicsState
{
    public Matrix Ctm = Matrix.Identity;
    public double LineWidth = 1;
    public ColourSpace FillSpace = ColourSpace.DeviceGray;
    public double[] Fill = [0];
    public ColourSpace StrokeSpace = ColourSpace.DeviceGray;
    public double[] Stroke = [0];
    public DictionaryToken? Font;
    public object? FontKey;
    public string? FontResource;
    public int TextRenderingMode;

    public GraphicsState Clone() => (GraphicsState)MemberwiseClone();
}
