namespace Hengnan.Report.Content;

/// <summary>A photo with a bilingual caption; the image file may be absent (a placeholder frame is drawn).</summary>
public sealed record PhotoBlock(string File, RichText CaptionZh, RichText CaptionEn, SourceLocation Location) : Block(Location);
