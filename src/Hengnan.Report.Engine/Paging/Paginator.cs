using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Elements;

namespace Hengnan.Report.Paging;

/// <summary>
/// Flows each run's content over pages of its template until nothing remains. Looks one page ahead: where the
/// next page would carry a spill — a few lines of text and nothing else, before a page break or the end of
/// the run — this page gives up lines until the next one carries more (see <see cref="PageRun.MaxSpillLines"/>).
/// </summary>
/// <remarks>
/// A run whose content is a plain stack is first cut at the stack's own page breaks into pieces that each start a
/// page, as the stack does after a break. A piece depends on nothing before it but the side of the spread it starts
/// on, so with more than one core the pieces are laid out in parallel, each in a context of its own (sharing the
/// paragraphs already set), and then numbered in order. The pages, their problems and their order are those of
/// laying the stack out whole, one page after another:
/// - a piece is laid out as if it started on a right-hand page; one that lands on a left-hand page is laid out again
///   there unless its template's body has the same size on both sides (mirrored margins change nothing);
/// - a break at the top of a page does nothing there: a piece whose last page holds nothing of any height runs on
///   with the next piece (the two are laid out again as one, the break between them included), and a piece whose
///   last page was ended by its last element (a space or a box running over) leaves the break at the top of the
///   next piece's first page (laid out again with it), as the stack does;
/// - the problems of each piece are reported in document order, and nothing after a piece that does not fit an
///   empty page is laid out or reported (that ends the document, as it always did).
/// The look-ahead for a spill stays inside a piece: the page before a break is the end of its flow, and the next
/// piece's first page is no spill of it (the whole stack would also try shortening a section's last page when the
/// next section's first page is a few lines of text alone, which moving the section's own lines cannot mend).
/// A stack cut this way is not splitting over pages any more: its remainder is no longer copied on every page,
/// which made a long run cost time proportional to the square of its pages.
/// </remarks>
public static class Paginator
{
    /// <summary>How far a page may be shortened, in steps of <see cref="Step"/> points, to avoid a spill.</summary>
    private const int MostSteps = 10;
    private const float Step = 6;

    public static List<PageModel> Paginate(IReadOnlyList<PageRun> runs, LayoutContext context) =>
        Paginate(runs, context, 1);

    /// <param name="maxDegreeOfParallelism">Pieces laid out at once (1: one after another). The pages do not depend on it.</param>
    public static List<PageModel> Paginate(IReadOnlyList<PageRun> runs, LayoutContext context, int maxDegreeOfParallelism)
    {
        var pieces = new List<Piece>();
        for (int r = 0; r < runs.Count; r++) Cut(runs[r], r, pieces);
        var early = new RunLayout?[pieces.Count];
        // A piece laid out from a right-hand first page; taken from the previous pass when made of the same elements.
        RunLayout Early(int i) => context.Pieces.GetOrAdd(pieces[i].Run, () => LayOut(pieces[i].Run, 1, context));
        if (maxDegreeOfParallelism > 1 && pieces.Count > 1)
        {
            // A piece that fails here is laid out again when its turn comes, and fails there, as on one core (a piece
            // after one that ends the document is never reached).
            Parallel.For(0, pieces.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
            {
                try { early[i] = Early(i); }
                catch (Exception) { early[i] = null; }
            });
        }

        var pages = new List<PageModel>();
        bool breakAtTop = false;   // the break before this piece falls at the top of its first page (where it does nothing)
        for (int i = 0; i < pieces.Count; i++)
        {
            var run = pieces[i].Run;
            if (run.StartsOnLeftPage && pages.Count % 2 == 0 && pages.Count > 0)
            {
                var previous = pages[^1];
                int blank = pages.Count + 1;
                pages.Add(new PageModel
                {
                    Number = blank, Template = previous.Template, BodyRect = previous.Template.Body(blank % 2 == 0),
                    Body = Fragment.Empty(0), IsBlank = true,
                });
            }
            // Nothing after the stack's last break: it ended its page, or, at the top of a page, gives an empty one.
            if (pieces[i].AfterBreak && run.Content is Stack { Children.Count: 0 } && !breakAtTop) continue;
            int first = pages.Count + 1;
            if (breakAtTop) run = run with { Content = new Stack([new PageBreak(), .. ((Stack)run.Content).Children]) };
            var layout = !breakAtTop && (first % 2 == 1 || SameSizeBothSides(run.Template))
                ? early[i] ?? Early(i) : LayOut(run, first, context);
            // The piece ends with nothing of any height on its last page: the stack's break after it does nothing
            // there, and the next piece starts on that page. Laid out again as one, break included.
            while (layout.Unfit is null && !layout.EndedPartway && layout.Bodies[^1].Height <= 0.01f && SameStack(i))
            {
                run = run with { Content = new Stack([.. ((Stack)run.Content).Children, new PageBreak(), .. ((Stack)pieces[i + 1].Run.Content).Children]) };
                i++;
                layout = LayOut(run, first, context);
            }
            // The piece's last page was ended by its last element (a space or a box that ran over): the stack's
            // break after it then falls at the top of the next page.
            breakAtTop = layout.Unfit is null && layout.EndedPartway && SameStack(i);
            for (int k = 0; k < layout.Bodies.Count; k++)
            {
                int number = first + k;
                var page = new PageModel
                {
                    Number = number, Template = run.Template, BodyRect = run.Template.Body(number % 2 == 0), Body = layout.Bodies[k],
                    EndsFlow = layout.EndsFlow[k],
                };
                page.Background.AddRange(run.Template.Background);
                pages.Add(page);
            }
            context.Problems.AddRange(layout.Problems);
            if (layout.Unfit is { } unfit)
            {
                int number = first + layout.Bodies.Count;
                context.Problems.Add(new LayoutProblem($"{unfit.Describe()} on page {number} does not fit an empty page and cannot be split")
                    { Key = "LAY001.page", Args = [$"{number}"] });
                context.Pieces.EndPass();
                return pages;
            }
        }
        context.Pieces.EndPass();
        return pages;

        bool SameStack(int i) => i + 1 < pieces.Count && pieces[i + 1].Source == pieces[i].Source;
    }

    /// <summary>A run to lay out, the index of the run it was cut from, and whether it follows a break of that run's stack.</summary>
    private readonly record struct Piece(PageRun Run, int Source, bool AfterBreak = false);

    /// <summary>A run's page bodies from its first page on (and whether each ends its flow by design), what did not fit
    /// an empty page (which ends the document), the problems found, and whether its last page was ended partway by its
    /// last element rather than by its end.</summary>
    private sealed record RunLayout(List<Fragment> Bodies, List<bool> EndsFlow, Element? Unfit, List<LayoutProblem> Problems, bool EndedPartway = false);

    /// <summary>Lays a run out from page <paramref name="first"/> in a context of its own that shares <paramref name="document"/>'s set paragraphs.</summary>
    private static RunLayout LayOut(PageRun run, int first, LayoutContext document)
    {
        var context = new LayoutContext(document.Lines);
        using var scope = LayoutContext.Enter(context);
        var bodies = new List<Fragment>();
        var ends = new List<bool>();
        Element? content = run.Content;
        (Element Content, PageLayout Layout)? ahead = null;
        while (content is not null)
        {
            int number = first + bodies.Count;
            var rect = run.Template.Body(number % 2 == 0);
            var page = ahead is { } a && ReferenceEquals(a.Content, content) ? a.Layout : Lay(content, context, rect.Width, rect.Height);
            ahead = null;
            if (page.Result.Fit == Fit.None) return new RunLayout(bodies, ends, content, context.Problems);
            if (page.Result.Fit == Fit.Partial && page.Result.Remainder is { } rest && run.MaxSpillLines > 0)
            {
                var next = run.Template.Body((number + 1) % 2 == 0);
                var following = Lay(rest, context, next.Width, next.Height);
                if (IsSpill(following, run.MaxSpillLines))
                    (page, following) = AvoidSpill(content, page, following, context, rect, next, run.MaxSpillLines);
                ahead = (page.Result.Remainder!, following);
            }
            bodies.Add(page.Result.Fragment!);
            ends.Add(page.Result.Fit == Fit.Full || page.AtBreak);
            if (page.Result.Fit == Fit.Partial && page.Result.Remainder is null)
                return new RunLayout(bodies, ends, null, context.Problems, EndedPartway: true);
            content = page.Result.Fit == Fit.Partial ? page.Result.Remainder : null;
        }
        return new RunLayout(bodies, ends, null, context.Problems);
    }

    /// <summary>A page laid out, and whether it ended at a page break (rather than for want of room).</summary>
    private sealed record PageLayout(LayoutResult Result, bool AtBreak);

    private static PageLayout Lay(Element content, LayoutContext context, float width, float height)
    {
        context.AtRegionTop = true;
        context.BrokeAtPageBreak = false;
        var result = content.Layout(context, width, height);
        return new PageLayout(result, context.BrokeAtPageBreak);
    }

    /// <summary>
    /// A page whose whole content is a few lines of text ending a flow (at a page break or the end of the run):
    /// a spill the page before should not leave.
    /// </summary>
    private static bool IsSpill(PageLayout page, int maxLines) =>
        (page.Result.Fit == Fit.Full || page.AtBreak) && page.Result.Fragment is { } f && TextLines(f) is > 0 and var n && n <= maxLines;

    /// <summary>The distinct text lines of a fragment; -1 when it holds anything but text (a photo, a chart, a rule).</summary>
    internal static int TextLines(Fragment fragment)
    {
        var baselines = new HashSet<float>();
        bool other = false;
        void Walk(Fragment f, float y)
        {
            foreach (var item in f.Items)
            {
                switch (item.Visual)
                {
                    case FragmentVisual nested: Walk(nested.Fragment, y + item.Y); break;
                    case GlyphRunVisual glyphs: baselines.Add(MathF.Round(y + item.Y + (glyphs.Y.Length > 0 ? glyphs.Y[0] : 0), 1)); break;
                    case AnchorVisual: break;
                    default: other = true; break;
                }
            }
        }
        Walk(fragment, 0);
        return other ? -1 : baselines.Count;
    }

    /// <summary>
    /// Shortens this page step by step until the next one carries more than a spill (this page keeping content
    /// of its own); the first layout that does is taken, else the page stays as it was.
    /// </summary>
    private static (PageLayout Page, PageLayout Next) AvoidSpill(Element content, PageLayout page, PageLayout next,
        LayoutContext context, Rect rect, Rect nextRect, int maxLines)
    {
        int problems = context.Problems.Count;
        for (int step = 1; step <= MostSteps; step++)
        {
            var shorter = Lay(content, context, rect.Width, rect.Height - step * Step);
            if (shorter.Result.Fit != Fit.Partial || shorter.Result.Remainder is not { } rest || shorter.Result.Fragment is not { } f || f.Items.Count == 0)
                break;
            var following = Lay(rest, context, nextRect.Width, nextRect.Height);
            if (!IsSpill(following, maxLines) && following.Result.Fit != Fit.None)
                return (shorter, following);
        }
        // Problems found by the layouts tried and not taken would be reported twice.
        context.Problems.RemoveRange(problems, context.Problems.Count - problems);
        return (page, next);
    }

    private static bool SameSizeBothSides(PageTemplate template)
    {
        var left = template.Body(true);
        var right = template.Body(false);
        return left.Width == right.Width && left.Height == right.Height;
    }

    /// <summary>
    /// A run whose content is a plain stack, cut at the stack's page breaks; any other run whole. A break with nothing
    /// but breaks before it in its piece does nothing (it is at the top of a page) and stays in the piece, and so does
    /// a break after something that stays with what follows it.
    /// </summary>
    private static void Cut(PageRun run, int source, List<Piece> pieces)
    {
        if (run.Content is not Stack { KeepWithNext: false } stack || !stack.Children.Any(c => c is PageBreak))
        {
            pieces.Add(new Piece(run, source));
            return;
        }
        var children = new List<Element>();
        bool content = false, first = true;
        void Flush()
        {
            pieces.Add(new Piece(run with { Content = new Stack(children), StartsOnLeftPage = first && run.StartsOnLeftPage }, source, !first));
            children = new List<Element>();
            content = false;
            first = false;
        }
        foreach (var child in stack.Children)
        {
            if (child is PageBreak && content && !StaysWithNext(children.Count - 1)) Flush();
            else
            {
                children.Add(child);
                content |= child is not PageBreak;
            }
        }
        // After a last break, an empty piece: where that break falls at the top of a page, it gives an empty page.
        Flush();

        // What must stay with what follows (a heading, and the space under it) is not cut from it: the stack itself
        // decides there, the break included (Stack.Layout).
        bool StaysWithNext(int i) =>
            i >= 0 && (children[i].KeepWithNext || (children[i] is Spacer && i > 0 && children[i - 1].KeepWithNext));
    }
}
