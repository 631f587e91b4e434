namespace Hengnan.Report.Layout.Elements;

/// <summary>
/// A box of fixed height holding visuals made for it beforehand (charts, table rows, contents entries). Never splits.
/// </summary>
/// <remarks>
/// The visuals are values made for the width the composer gives the box (<see cref="Width"/>: the column or grid
/// cell it stands in). Laid out at another width (by more than 0.01 pt), the box is placed as it is, its visuals
/// unchanged in a fragment of the width it was given, and a problem says so (LAY001.boxwidth): the content would
/// overrun or fall short of its column, which is the composer's mistake, not the reader's. A box without a
/// <see cref="Width"/> draws the same at any width.
/// </remarks>
public sealed class FixedBox(float height, IReadOnlyList<Placed> visuals, string description) : Element
{
    /// <summary>Where the box's content comes from in the source, to locate its problems.</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>The width the visuals were made for; null when they do not depend on it.</summary>
    public float? Width { get; init; }

    /// <summary>Problems found while the visuals were made (a character in no font), reported wherever the box is laid out.</summary>
    public IReadOnlyList<LayoutProblem> Problems { get; init; } = [];

    public IReadOnlyList<Placed> Visuals { get; } = visuals;

    public override LayoutResult Layout(LayoutContext context, float width, float available)
    {
        if (height > available + 0.01f)
        {
            if (!context.AtRegionTop) return LayoutResult.Nothing;
            context.Problems.Add(new LayoutProblem($"{description} is {height:0} pt tall but the page has only {available:0} pt", Origin)
                { Key = "LAY001.box", Args = [$"{height:0}", $"{available:0}"] });
        }
        foreach (var problem in Problems) context.Problems.Add(problem);
        CheckWidth(context, Width, width, description, Origin);
        return LayoutResult.Full(new Fragment(width, height, Visuals));
    }

    /// <summary>Reports content made for <paramref name="madeFor"/> laid out at another <paramref name="width"/>.</summary>
    private static void CheckWidth(LayoutContext context, float? madeFor, float width, string description, SourceLocation? origin)
    {
        if (madeFor is not { } w || Math.Abs(w - width) <= 0.01f) return;
        context.Problems.Add(new LayoutProblem($"{description} was made {w:0.##} pt wide but is laid out {width:0.##} pt wide", origin)
            { Key = "LAY001.boxwidth", Args = [$"{w:0.##}", $"{width:0.##}"] });
    }
}
