using Hengnan.Report.Drawing;
using Hengnan.Report.Layout;
using Hengnan.Report.Layout.Text;
using Hengnan.Report.Paging;

namespace Hengnan.Report.Fluent;

/// <summary>A page template and the content that flows over as many pages of it as it needs.</summary>
public sealed class PageDescriptor
{
    private float _left = 56, _top = 56, _right = 56, _bottom = 56;
    private (string Text, TextStyle Style, Language Language)? _header;
    private readonly ContainerDescriptor _content = new();
    private PageKind _kind = PageKind.Body;

    public PageDescriptor Margin(float points) => Margins(points, points, points, points);

    public PageDescriptor Margins(float left, float top, float right, float bottom)
    {
        (_left, _top, _right, _bottom) = (left, top, right, bottom);
        return this;
    }

    /// <summary>A running head on every page of this template, in the top margin (an artifact).</summary>
    public PageDescriptor Header(string text, TextStyle style, Language language)
    {
        _header = (text, style, language);
        return this;
    }

    public PageDescriptor Kind(PageKind kind)
    {
        _kind = kind;
        return this;
    }

    public ContainerDescriptor Content() => _content;

    internal PageRun Build(PaperSize paper, ICollection<LayoutProblem> problems)
    {
        float l = _left, t = _top, r = _right, b = _bottom;
        var background = new List<Placed>();
        if (_header is { } h)
        {
            var para = new Paragraph([new TextSpan(h.Text, h.Style)], new ParagraphStyle(h.Language, TextAlign.Left, 0, h.Style.Size * 1.3f) { Hyphenate = false, MinLinesAtEdge = 1 })
                { Role = StructureRole.Artifact };
            var lines = para.Lines(paper.Width - l - r, problems);
            float y = Math.Max(0, t - h.Style.Size * 1.3f * lines.Count - 6);
            foreach (var line in lines)
            {
                background.Add(new Placed(l, y, new FragmentVisual(new Fragment(paper.Width - l - r, line.Height, line.Items))));
                y += line.Height;
            }
        }
        var template = new PageTemplate(_kind, false, new Rect(l, t, paper.Width - r, paper.Height - b)) { Background = background };
        return new PageRun(template, _content.Build());
    }
}
