using System.Runtime.InteropServices;
using Hengnan.Report;
using Hengnan.Report.Cli;

// Told to stop (Ctrl+C, kill): remove the temporary files of a write in progress; the previous PDF stays.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => OutputFiles.Abort());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => OutputFiles.Abort());
int code = CommandLine.Run(args, Console.Out, Console.Error);
// Started from Explorer (a double-click or a folder dropped on the exe): keep the window open so the messages can be read.
if (OperatingSystem.IsWindows() && !Console.IsInputRedirected && (args.Length == 0 || (args.Length == 1 && Directory.Exists(args[0]))))
{
    Console.Error.WriteLine("按任意键关闭窗口 / Press any key to close this window.");
    Console.ReadKey(true);
}
return code;
