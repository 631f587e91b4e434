using System.Runtime.InteropServices;
using Hengnan.Report;
using Hengnan.Report.Cli;

// Told to stop (Ctrl+C, kill): remove the temporary files of a write in progress; the previous PDF stays.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => OutputFiles.Abort());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => OutputFiles.Abort());
return CommandLine.Run(args, Console.Out, Console.Error);
