namespace Hengnan.Report.Fonts;
internal static class Placeholder { }
