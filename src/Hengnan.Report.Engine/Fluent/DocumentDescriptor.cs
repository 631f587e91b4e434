namespace Hengnan.Report.Fluent;

/// <summary>The pages of a document: each call adds a page template with the content that flows over it.</summary>
public sealed class DocumentDescriptor
{
    internal List<PageDescriptor> Pages { get; } = new();

    public PageDescriptor Page(Action<PageDescriptor> compose)
    {
        var page = new PageDescriptor();
        compose(page);
        Pages.Add(page);
        return page;
    }
}
