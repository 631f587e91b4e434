using Hengnan.Report.Fonts;
using SkiaSharp;

namespace Hengnan.Report.Layout;

/// <summary>Something the renderer can draw; positions are relative to the visual's origin.</summary>
public abstract record Visual;
