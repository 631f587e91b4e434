namespace Hengnan.Report.Drawing;

/// <summary>How a <see cref="Color"/> is given: screen RGB, process CMYK, or a named spot ink with a CMYK alternate.</summary>
public enum ColorSpace { Rgb, Cmyk, Spot }
