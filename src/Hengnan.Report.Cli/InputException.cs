namespace Hengnan.Report.Cli;

/// <summary>A wrong command-line value: reported in one line with exit code 1, like any other input error.</summary>
public sealed class InputException(string message) : Exception(message);
