namespace Hengnan.Report.Cli;

/// <summary>A command-line value out of range (NaN, a negative bleed): exit code 2, before any work is done.</summary>
public sealed class UsageException(string message) : Exception(message);
