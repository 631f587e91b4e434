namespace Hengnan.Report.Drawing;

public enum LineJoin { Miter, Round, Bevel }
