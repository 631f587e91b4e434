namespace Hengnan.Report.Cli;

/// <summary>A wrong input named on the command line (an unknown encoding): reported in one line with exit code 1, like any other input error.</summary>
public sealed class InputException(string message) : Exception(message);
