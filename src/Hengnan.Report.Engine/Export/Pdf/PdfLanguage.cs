using Hengnan.Report.Drawing;

namespace Hengnan.Report.Export.Pdf;

/// <summary>BCP 47 language tags as the structure tree needs them: inheritance and comparison.</summary>
internal static class PdfLanguage
{
    /// <summary>The language a node's content is in: its own, else its nearest ancestor's, else the document's.</summary>
    public static string Effective(StructureNode? node, string document)
    {
        for (var n = node; n is not null; n = n.Parent)
            if (!string.IsNullOrEmpty(n.Language)) return n.Language;
        return document;
    }

    /// <summary>
    /// Whether two tags name the same language for a reader: equal ignoring case, or one a more
    /// specific form of the other ("zh" and "zh-CN"). Null or empty means "inherited", the same as anything.
    /// </summary>
    public static bool Same(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b)) return true;
        if (a.Length == b.Length) return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) && longer[shorter.Length] == '-';
    }
}
