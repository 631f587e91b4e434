using Hengnan.Report.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
