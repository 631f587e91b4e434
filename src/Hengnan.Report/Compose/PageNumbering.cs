using System.Globalization;

namespace Hengnan.Report.Compose;

/// <summary>
/// Gives every page its printed number: covers none, front matter roman (i, ii…), the body and
/// back matter arabic from 1. Viewers show the same numbers through the PDF's page labels.
/// </summary>
public static class PageNumbering
{
    public static IReadOnlyList<PageLabelRange> Assign(IReadOnlyList<PageModel> pages, LanguageMode mode)
    {
        var ranges = new List<PageLabelRange>();
        int roman = 0, arabic = 0;
        PageKind? previous = null;
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var kind = page.Template.Kind;
            switch (kind)
            {
                case PageKind.Cover:
                case PageKind.BackCover:
                    var prefix = kind == PageKind.Cover ? (mode == LanguageMode.En ? "Cover" : "封面") : (mode == LanguageMode.En ? "Back cover" : "封底");
                    page.Label = prefix;
                    ranges.Add(new PageLabelRange(i, null, prefix, 1));
                    break;
                case PageKind.FrontMatter:
                    roman++;
                    page.Label = Roman(roman);
                    if (previous != PageKind.FrontMatter) ranges.Add(new PageLabelRange(i, "r", null, roman));
                    break;
                default:
                    arabic++;
                    page.Label = arabic.ToString(CultureInfo.InvariantCulture);
                    if (previous is not (PageKind.Body or PageKind.BackMatter)) ranges.Add(new PageLabelRange(i, "D", null, arabic));
                    break;
            }
            previous = kind;
        }
        return ranges;
    }

    public static string Roman(int n)
    {
        var parts = new (int Value, string Text)[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") };
        var sb = new System.Text.StringBuilder();
        foreach (var (value, text) in parts)
            while (n >= value) { sb.Append(text); n -= value; }
        return sb.ToString();
    }
}
