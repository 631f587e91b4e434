namespace Hengnan.Report.Drawing;

/// <summary>
/// What a piece of content is for a reader who cannot see the page (ISO 32000 §14.8.4 standard
/// structure types). <see cref="Artifact"/> is page furniture: running heads, folios, rules, marks.
/// </summary>
public enum StructureRole { Document, H1, H2, H3, P, Figure, Table, TR, TH, TD, Caption, Link, Span, Artifact }
