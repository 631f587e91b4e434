using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;
using Hengnan.Report.Units;

namespace Hengnan.Report.Tests.Properties;

/// <summary>
/// Figure bindings over any data: values at the edges of <see cref="decimal"/>, zeros, negatives, mixed units,
/// missing years. Checking an outline's cards, charts and bindings gives located errors (never an overflow or a
/// division by zero), and whatever passes the check prints in both languages.
/// </summary>
public sealed class FigureProperties
{
    private static readonly string[] Ids = ["a", "b", "c"];
    private static readonly int[] Years = [2015, 2019, 2020];
    private static readonly string Folder = RepositoryPaths.NewTempFolder();

    private static readonly Gen<decimal> Value = Gen.Frequency(
        (3, Gen.Elements(0m, 1m, -1m, 0.000001m, -0.000001m, 0.5m, 100m, 1_000_000_000_000m, -1_000_000_000_000m,
            decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 79228162514264337593543950.335m)),
        (2, Gen.Choose(-1_000_000, 1_000_000).Select(v => v / 100m)),
        (1, ArbMap.Default.GeneratorFor<decimal>()));

    private static readonly Gen<Indicator> Row =
        from id in Gen.Elements(Ids)
        from year in Gen.Elements(Years)
        from value in Value
        from unit in Gen.Elements(UnitCatalog.KnownUnits.ToArray())
        select new Indicator(id, "s", year, value, unit, new BilingualText("标签", "label"), "", new SourceLocation("indicators.csv", 2, 1));

    private static readonly SourceLocation At = new("outline.txt", 3, 5);

    private static readonly Gen<FigureBinding> Binding =
        from id in Gen.Elements(Ids)
        from year in Gen.Elements(Years)
        from earlier in Gen.Elements<int?>(null, 2015, 2019, 2020)
        from format in Gen.Elements(Enum.GetValues<FigureFormat>())
        from decimals in Gen.Elements<int?>(null, 0, 1, 2, 6)
        from share in Gen.SubListOf(Ids)
        select new FigureBinding(id, year, earlier, format, At) { Decimals = decimals, ShareOf = share.ToList() };

    private static readonly Gen<Block> Figure = Gen.OneOf(
        from id in Gen.Elements(Ids)
        from year in Gen.Elements(Years)
        from earlier in Gen.Elements<int?>(null, 2015, 2019)
        select (Block)new KpiCard(id, year, earlier, At),
        from kind in Gen.Elements(Enum.GetValues<ChartKind>())
        from ids in Gen.NonEmptyListOf(Gen.Elements(Ids))
        from years in Gen.NonEmptyListOf(Gen.Elements(Years))
        select (Block)new ChartBlock(kind, ids.ToList(), years.Take(2).ToList(), null, At));

    private static readonly Gen<(IndicatorTable, Outline)> Case =
        from rows in Gen.ListOf(Row)
        from bindings in Gen.ListOf(Binding)
        from figures in Gen.ListOf(Figure)
        let zh = new RichText([.. bindings, new LiteralText("达356.01亿元") { Location = At }], At)
        let en = new RichText([.. bindings], At)
        let section = new Section("s", 1, new BilingualText("标题", "Title"), figures.ToList(), [new ParagraphPair(zh, en, At)], At)
        select (new IndicatorTable(rows.ToList()), new Outline(null, [section], null, null));

    [Property(MaxTest = 1000)]
    public Property CheckedBindingsAreLocatedErrorsOrPrint() => Prop.ForAll(Case.ToArbitrary(), c =>
    {
        var (table, outline) = c;
        var bag = new DiagnosticBag();
        EditionLoader.Check(outline, table, Folder, bag);
        ReaderProperties.Located(bag, null);
        if (bag.HasErrors) return true;
        // What the check lets through prints: every binding, in both languages.
        foreach (var b in outline.Sections[0].Review.OfType<ParagraphPair>().SelectMany(p => p.Zh.Bindings))
        {
            FigureFormatter.Format(b, table, Language.Zh);
            FigureFormatter.Format(b, table, Language.En);
        }
        return true;
    });

    [Property(MaxTest = 1000)]
    public Property ComputeGivesTextOrAFigureException() => Prop.ForAll(Gen.ListOf(Row).ToArbitrary(), Binding.ToArbitrary(), (rows, binding) =>
    {
        var table = new IndicatorTable(rows.ToList());
        if (table.Find(binding.IndicatorId, binding.Year) is null || (binding.FromYear is { } f && table.Find(binding.IndicatorId, f) is null)
            || binding.ShareOf.Any(id => table.Find(id, binding.Year) is null) || (binding.FromYear is null && binding.Format is not (FigureFormat.Value or FigureFormat.Number or FigureFormat.Share)))
            return true;
        try
        {
            FigureFormatter.Compute(binding, table, Language.En);
            FigureFormatter.Compute(binding, table, Language.Zh);
        }
        catch (FigureException) { }
        return true;
    });
}
