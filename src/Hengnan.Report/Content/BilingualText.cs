namespace Hengnan.Report.Content;

/// <summary>A short text in both languages (titles, labels).</summary>
public sealed record BilingualText(string Zh, string En)
{
    public string In(Language language) => language == Language.Zh ? Zh : En;
}
