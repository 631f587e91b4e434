namespace Hengnan.Report.Layout.Text;

public enum Language { Zh, En }
