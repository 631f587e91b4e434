// INTERIM: replaced by the Liang hyphenator on branch 'breaking'. Delete on merge.
namespace Hengnan.Report.Layout.Text.Hyphenation;

public sealed class Hyphenator
{
    public static Hyphenator EnglishUS { get; } = new();
    public IReadOnlyList<int> Points(string word) => [];
}
