namespace Hengnan.Report.Layout.Text;

public enum TextAlign { Justify, Left, Center, Right }
