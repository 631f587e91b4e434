namespace Hengnan.Report.Drawing;

/// <summary>How an <see cref="ImageAsset"/>'s data is held: a JPEG file passed through as it is, or decoded 8-bit samples.</summary>
public enum ImageEncoding { Jpeg, Samples }
