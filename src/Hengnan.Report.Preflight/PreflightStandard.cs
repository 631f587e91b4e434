namespace Hengnan.Report.Preflight;

/// <summary>The standards a finding can be held against, as they appear in <see cref="PreflightFinding.Standard"/>.</summary>
public static class PreflightStandard
{
    /// <summary>ISO 15930-7, print exchange.</summary>
    public const string PdfX4 = "PDF/X-4";

    /// <summary>ISO 14289-1, universal accessibility.</summary>
    public const string PdfUA1 = "PDF/UA-1";
}
