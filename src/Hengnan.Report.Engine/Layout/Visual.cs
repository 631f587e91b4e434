namespace Hengnan.Report.Layout;

/// <summary>
/// One item of a display list: plain data an exporter draws (glyphs, paths, images) or records
/// (links, anchors). Positions are relative to the visual's origin. No drawing library's types,
/// no callbacks, no file access.
/// </summary>
public abstract record Visual;
