using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Paging;

/// <summary>
/// Flows each run's content over pages of its template until nothing remains. Looks one page ahead: where the
/// next page would carry a spill — a few lines of text and nothing else, before a page break or the end of
/// the run — this page gives up lines until the next one carries more (see <see cref="PageRun.MaxSpillLines"/>).
/// </summary>
public static class Paginator
{
    /// <summary>How far a page may be shortened, in steps of <see cref="Step"/> points, to avoid a spill.</summary>
    private const int MostSteps = 10;
    private const float Step = 6;

    public static List<PageModel> Paginate(IReadOnlyList<PageRun> runs, PaperSize paper, LayoutContext context)
    {
        var pages = new List<PageModel>();
        foreach (var run in runs)
        {
            if (run.StartsOnLeftPage && pages.Count % 2 == 0 && pages.Count > 0)
            {
                var previous = pages[^1];
                int blank = pages.Count + 1;
                pages.Add(new PageModel
                {
                    Number = blank, Template = previous.Template, BodyRect = previous.Template.Body(paper, blank % 2 == 0),
                    Body = Fragment.Empty(0), IsBlank = true,
                });
            }
            Element? content = run.Content;
            (Element Content, PageLayout Layout)? ahead = null;
            while (content is not null)
            {
                int number = pages.Count + 1;
                var rect = run.Template.Body(paper, number % 2 == 0);
                var page = ahead is { } a && ReferenceEquals(a.Content, content) ? a.Layout : Lay(content, context, rect.Width, rect.Height);
                ahead = null;
                if (page.Result.Fit == Fit.None)
                {
                    context.Problems.Add(new LayoutProblem($"{content.Describe()} on page {number} does not fit an empty page and cannot be split")
                        { Key = "LAY001.page", Args = [$"{number}"] });
                    return pages;
                }
                if (page.Result.Fit == Fit.Partial && page.Result.Remainder is { } rest && run.MaxSpillLines > 0)
                {
                    var next = run.Template.Body(paper, (number + 1) % 2 == 0);
                    var following = Lay(rest, context, next.Width, next.Height);
                    if (IsSpill(following, run.MaxSpillLines))
                        (page, following) = AvoidSpill(content, page, following, context, rect, next, run.MaxSpillLines);
                    ahead = (page.Result.Remainder!, following);
                }
                var model = new PageModel
                {
                    Number = number, Template = run.Template, BodyRect = rect, Body = page.Result.Fragment!,
                    EndsFlow = page.Result.Fit == Fit.Full || page.AtBreak,
                };
                if (run.Template.Background is { } bg) model.Background.AddRange(bg(paper));
                pages.Add(model);
                content = page.Result.Fit == Fit.Partial ? page.Result.Remainder : null;
            }
        }
        return pages;
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
}
