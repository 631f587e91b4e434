namespace Hengnan.Report.Drawing;

public enum LineCap { Butt, Round, Square }
