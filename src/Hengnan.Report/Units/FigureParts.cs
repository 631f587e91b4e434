namespace Hengnan.Report.Units;

/// <summary>A formatted figure split for display: prefix, the number itself, suffix ("CNY " "35.60" " billion").</summary>
public sealed record FigureParts(string Prefix, string Number, string Suffix)
{
    public override string ToString() => Prefix + Number + Suffix;
}
