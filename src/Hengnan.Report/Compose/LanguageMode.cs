namespace Hengnan.Report.Compose;

/// <summary>Which languages the brochure is printed in: both (each Chinese block followed by its English), or one.</summary>
public enum LanguageMode { Bilingual, Zh, En }
