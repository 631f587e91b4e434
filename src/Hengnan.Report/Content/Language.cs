namespace Hengnan.Report.Content;

public enum Language { Zh, En }
