namespace Hengnan.Report.Engine.Tests.Vector;

/// <summary>Tests that draw with ScottPlot run one at a time: ScottPlot keeps process-wide state (fonts, caches).</summary>
[CollectionDefinition("ScottPlot")]
public sealed class ScottPlotCollection;
