namespace Hengnan.Report.Edition;

public enum Severity { Warning, Error }
