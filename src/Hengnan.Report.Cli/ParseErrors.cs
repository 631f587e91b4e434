using System.Text.RegularExpressions;
using Hengnan.Report;

namespace Hengnan.Report.Cli;

/// <summary>
/// System.CommandLine's parse errors in the user's language, and never with a .NET type name. Its own zh-Hans
/// resources are partial and awkward ("未提供必需的命令。.") and cannot be loaded under invariant globalization,
/// so the few errors a command line of ours can produce are worded here; anything else passes through with any
/// "as expected type '…'" removed.
/// </summary>
public static class ParseErrors
{
    private static readonly (Regex English, string Zh, string En)[] Known =
    [
        (new(@"^Required command was not provided\.$"), "缺少命令：请写 build、validate、init 或 preflight，或者只写版本文件夹。", "no command: write build, validate, init or preflight, or just the edition folder."),
        (new(@"^Unrecognized command or argument '(.*)'\.$"), "不认识的命令或参数“{0}”。", "unknown command or argument '{0}'."),
        (new(@"^Option '(.*)' is required\.$"), "缺少必需的选项 {0}。", "the option {0} is required."),
        (new(@"^Required argument missing for option: '(.*)'\.$"), "选项 {0} 后面缺少值。", "the option {0} needs a value after it."),
        (new(@"^Required argument missing for command: '(.*)'\.$"), "命令 {0} 缺少参数。", "the command {0} needs an argument."),
        (new(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$"), "选项 {0} 只能写一个值，但写了 {1} 个。", "the option {0} takes one value, but {1} were given."),
        (new(@"^Cannot parse argument '(.*)' for (?:option|command) '(.*)' as expected type '[^']*'\."), "{1} 不能是“{0}”。", "{1} cannot be '{0}'."),
        (new(@"^Cannot parse argument '(.*)' as expected type '[^']*'\."), "不能理解“{0}”。", "cannot read '{0}'."),
        (new(@"^(.*) option cannot be combined with other arguments\.$"), "{0} 不能与其他参数同用。", "{0} cannot be combined with other arguments."),
    ];

    public static string Word(string message, UiLanguage ui)
    {
        foreach (var (english, zh, en) in Known)
        {
            var m = english.Match(message);
            if (!m.Success) continue;
            var args = m.Groups.Values.Skip(1).Select(g => (object)g.Value).ToArray();
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, ui == UiLanguage.Zh ? zh : en, args);
        }
        return Regex.Replace(message, @" as expected type '[^']*'", "");
    }
}
