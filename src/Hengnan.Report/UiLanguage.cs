namespace Hengnan.Report;

/// <summary>The language the tool speaks to its user in (messages, hints): Simplified Chinese or English.</summary>
public enum UiLanguage
{
    Zh,
    En,
}
