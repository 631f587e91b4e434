
namespace Hengnan.Report.Layout;

/// <summary>Something the layout could not do right (a character in no font, an overfull box), and where its text came from.</summary>
public sealed record LayoutProblem(string Message, SourceLocation? At = null, string Code = "LAY001")
{
    /// <summary>Worth saying but not stopping the build for (a photo of low resolution).</summary>
    public bool IsWarning { get; init; }
}
