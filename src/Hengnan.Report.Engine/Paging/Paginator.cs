using Hengnan.Report.Layout;

namespace Hengnan.Report.Paging;

/// <summary>Flows each run's content over pages of its template until nothing remains.</summary>
public static class Paginator
{
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
            while (content is not null)
            {
                int number = pages.Count + 1;
                var rect = run.Template.Body(paper, number % 2 == 0);
                context.AtRegionTop = true;
                var result = content.Layout(context, rect.Width, rect.Height);
                if (result.Fit == Fit.None)
                {
                    context.Problems.Add(new LayoutProblem($"{content.Describe()} on page {number} does not fit an empty page and cannot be split")
                        { Key = "LAY001.page", Args = [$"{number}"] });
                    return pages;
                }
                var page = new PageModel { Number = number, Template = run.Template, BodyRect = rect, Body = result.Fragment! };
                if (run.Template.Background is { } bg) page.Background.AddRange(bg(paper));
                pages.Add(page);
                content = result.Fit == Fit.Partial ? result.Remainder : null;
            }
        }
        return pages;
    }
}
