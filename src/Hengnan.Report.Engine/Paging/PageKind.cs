namespace Hengnan.Report.Paging;

/// <summary>What a page is for; decides its running heads, folio and page label.</summary>
public enum PageKind
{
    /// <summary>Front cover: no folio, labelled "封面"/"Cover".</summary>
    Cover,
    /// <summary>Before the body (contents): roman folios i, ii, ….</summary>
    FrontMatter,
    /// <summary>The body: arabic folios from 1, running heads.</summary>
    Body,
    /// <summary>After the body (colophon): arabic folios continuing the body, no running heads.</summary>
    BackMatter,
    /// <summary>Back cover: no folio, labelled "封底"/"Back cover".</summary>
    BackCover,
}
