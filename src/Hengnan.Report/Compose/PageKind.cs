namespace Hengnan.Report.Compose;

public enum PageKind { Cover, FrontMatter, Body, BackCover }
