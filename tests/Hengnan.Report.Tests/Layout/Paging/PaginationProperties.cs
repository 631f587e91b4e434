using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hengnan.Report.Layout.Elements;

namespace Hengnan.Report.Tests.Layout.Paging;

/// <summary>
/// The paginator cuts a stack at its page breaks and lays the pieces out on several cores. Over any stacks of boxes,
/// anchors, spaces and page breaks (test-only synthetic content), on pages of the same or of different sizes left and
/// right: the pages, what is on them and where, and the problems reported, in order, are those of flowing each stack
/// whole through its breaks one page after another (the paginator as it was), with one core or several.
/// </summary>
public sealed class PaginationProperties
{
    private const float PageHeight = 100;
    private static readonly PaperSize Paper = new("test", 200, 200);

    /// <summary>What to put in a stack (readable when a case fails).</summary>
    public sealed record Item(string Kind, float Height = 0)
    {
        public Element Make(int i) => Kind switch
        {
            "box" => Box(i, Height, false),
            "keep" => Box(i, Height, true),
            "anchor" => new Anchor("a" + i),
            "space" => new Spacer(Height),
            "break" => new PageBreak(),
            "report" => new Reporting(i),
            "unfit" => new Unfit(),
            _ => new Stack([new PageBreak(), Box(i, 30, false)]),   // a break inside a nested stack
        };

        public override string ToString() => Height > 0 ? $"{Kind} {Height}" : Kind;
    }

    private static readonly Gen<Item> Items = Gen.Frequency(
        (6, Gen.Elements(0f, 10f, 25f, 40f, 50f, 100f, 130f).Select(h => new Item("box", h))),
        (2, Gen.Elements(10f, 50f).Select(h => new Item("keep", h))),
        (2, Gen.Constant(new Item("anchor"))),
        (2, Gen.Elements(0f, 10f, 100f).Select(h => new Item("space", h))),
        (4, Gen.Constant(new Item("break"))),
        (1, Gen.Constant(new Item("report"))),
        (1, Gen.Constant(new Item("unfit"))),
        (1, Gen.Constant(new Item("nested"))));

    /// <summary>Runs (their items, and whether each starts on a left-hand page), on pages of the same or of different sizes left and right.</summary>
    private static readonly Gen<(List<(List<Item> Items, bool Left)> Runs, bool Uneven)> Case =
        from runs in Gen.NonEmptyListOf(
            from items in Gen.ListOf(Items)
            from left in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            select (items.ToList(), left))
        from uneven in Gen.Elements(false, true)
        select (runs.ToList(), uneven);

    [Property(MaxTest = 1000)]
    public Property CutAndParallelPagesAreThoseOfTheWholeStack() => Prop.ForAll(Case.ToArbitrary(), c =>
    {
        var template = new PageTemplate(PageKind.Body, false,
            new Rect(30, 0, 130, PageHeight), new Rect(10, 0, 110, c.Uneven ? PageHeight - 30 : PageHeight));
        IReadOnlyList<PageRun> Runs(bool whole)
        {
            int n = 0;
            return c.Runs.Select(r =>
            {
                var stack = new Stack(r.Items.Select(item => item.Make(n++)).ToList());
                return new PageRun(template, whole ? new Whole(stack) : stack) { StartsOnLeftPage = r.Left };
            }).ToList();
        }
        var expected = Describe(Runs(whole: true), 1);
        Assert.Equal(expected, Describe(Runs(whole: false), 1));
        Assert.Equal(expected, Describe(Runs(whole: false), 4));
        return true;
    });

    /// <summary>
    /// The next layout pass of a document (the contents printing the page numbers found) takes the pages of a piece made
    /// of the very same elements as they were laid out; any piece with an element changed is laid out again. Whatever
    /// changed, the second pass gives what a first pass of the changed document gives.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property ASecondPassGivesTheSamePagesAsAFreshOne() => Prop.ForAll(Case.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (c, changed) =>
    {
        var template = new PageTemplate(PageKind.Body, false,
            new Rect(30, 0, 130, PageHeight), new Rect(10, 0, 110, c.Uneven ? PageHeight - 30 : PageHeight));
        int n = 0;
        var elements = c.Runs.Select(r => r.Items.Select(item => item.Make(n++)).ToList()).ToList();
        IReadOnlyList<PageRun> Runs() => c.Runs.Select((r, i) => new PageRun(template, new Stack(elements[i])) { StartsOnLeftPage = r.Left }).ToList();
        var context = new LayoutContext();
        Describe(Runs(), 4, context);
        // One element (the changed-th, counting over all runs, if there are that many) becomes a taller box of its own.
        int k = 0;
        foreach (var list in elements)
            for (int i = 0; i < list.Count; i++, k++)
                if (k == changed) list[i] = Box(1000 + k, 45, false);
        Assert.Equal(Describe(Runs(), 1, new LayoutContext()), Describe(Runs(), 4, context));
        return true;
    });

    [Fact]
    public void ASecondPassTakesThePagesOfUnchangedPieces()
    {
        var template = new PageTemplate(PageKind.Body, false, new Rect(0, 0, 100, PageHeight));
        var first = new List<Element> { Box(0, 60, false), Box(1, 60, false) };
        var second = new List<Element> { new PageBreak(), Box(2, 60, false) };
        var context = new LayoutContext();
        var before = Paginator.Paginate([new PageRun(template, new Stack([.. first, .. second]))], context, 2);
        second[1] = Box(3, 60, false);
        var after = Paginator.Paginate([new PageRun(template, new Stack([.. first, .. second]))], context, 2);
        Assert.Equal(3, after.Count);
        Assert.Same(before[0].Body, after[0].Body);
        Assert.Same(before[1].Body, after[1].Body);
        Assert.NotSame(before[2].Body, after[2].Body);
        Assert.Equal(["b3"], after[2].Anchors);
    }

    [Fact]
    public void AnAnchorAloneBeforeABreakStaysWithWhatFollows()
    {
        // The stack puts the anchor on the page of what follows it (the break does nothing at the top of a page);
        // a piece holding only the anchor must not get a page of its own.
        var template = new PageTemplate(PageKind.Body, false, new Rect(0, 0, 100, PageHeight));
        var run = new PageRun(template, new Stack([Box(0, 40, false), new PageBreak(), new Anchor("here"), new PageBreak(), Box(1, 40, false)]));
        var pages = Paginator.Paginate([run], new LayoutContext(), 4);
        Assert.Equal(2, pages.Count);
        Assert.Equal(["here", "b1"], pages[1].Anchors);
    }

    /// <summary>Every page: number, blank or not, body rectangle and every visual at its place; then the problems in order.</summary>
    private static string Describe(IReadOnlyList<PageRun> runs, int cores) => Describe(runs, cores, new LayoutContext());

    /// <summary>The same, in a context that may have laid the document out before (only this pagination's problems).</summary>
    private static string Describe(IReadOnlyList<PageRun> runs, int cores, LayoutContext context)
    {
        int reported = context.Problems.Count;
        var pages = Paginator.Paginate(runs, context, cores);
        var text = new System.Text.StringBuilder();
        foreach (var page in pages)
        {
            text.Append($"p{page.Number}{(page.IsBlank ? " blank" : "")} {page.BodyRect}:");
            foreach (var item in page.Body.Flatten())
                text.Append($" {((AnchorVisual)item.Visual).Id}@{item.X:0.##},{item.Y:0.##}");
            text.AppendLine();
        }
        foreach (var problem in context.Problems.Skip(reported)) text.AppendLine($"{problem.Key} {string.Join(",", problem.Args)} {problem.Message}");
        return text.ToString();
    }

    /// <summary>A box of a fixed height marked with its number (anchors mark places here: any visual would do).</summary>
    private static FixedBox Box(int i, float height, bool keepWithNext) =>
        new(height, [new Placed(0, 0, new AnchorVisual("b" + i))], "box " + i) { KeepWithNext = keepWithNext };

    /// <summary>Reports a problem while it is placed, as the brochure's boxes do (a photo of low resolution) — to the context laying it out.</summary>
    private sealed class Reporting(int i) : Element
    {
        public override LayoutResult Layout(LayoutContext context, float width, float height)
        {
            LayoutContext.Current!.Problems.Add(new LayoutProblem($"reported by {i}") { Key = "TEST", Args = [$"{i}"] });
            return LayoutResult.Full(new Fragment(width, 5, [new Placed(0, 0, new AnchorVisual("r" + i))]));
        }
    }

    /// <summary>Fits nowhere: ends the document with a problem.</summary>
    private sealed class Unfit : Element
    {
        public override LayoutResult Layout(LayoutContext context, float width, float height) => LayoutResult.Nothing;
    }

    /// <summary>A stack the paginator does not see as one (so it is flowed whole, through its breaks): the reference.</summary>
    private sealed class Whole(Element inner) : Element
    {
        public override LayoutResult Layout(LayoutContext context, float width, float height) => inner.Layout(context, width, height);
        public override string Describe() => inner.Describe();
    }
}
