using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Hengnan.Report;

namespace Hengnan.Report.Cli;

/// <summary>A worked example for the help page: the command line and what it does, in both languages.</summary>
public sealed record Example(string Line, string Zh, string En);

/// <summary>
/// The help page of a command, written here rather than by System.CommandLine so that every word of it is in the
/// user's language (headings and defaults included), Chinese lines up by its display width, and each command ends
/// with worked examples.
/// </summary>
public sealed class HelpPage(UiLanguage ui, IReadOnlyDictionary<Command, Example[]> examples) : SynchronousCommandLineAction
{
    private string Say(string zh, string en) => ui == UiLanguage.Zh ? zh : en;

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.Write(Render(parseResult.CommandResult.Command));
        return 0;
    }

    /// <summary>Puts this help page behind every -h/--help of the command tree.</summary>
    public static void Install(RootCommand root, UiLanguage ui, IReadOnlyDictionary<Command, Example[]> examples)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new HelpPage(ui, examples);
            option.Description = ui == UiLanguage.Zh ? "显示帮助和示例" : "Show help and examples";
        }
        foreach (var option in root.Options.OfType<VersionOption>())
            option.Description = ui == UiLanguage.Zh ? "显示版本号" : "Show the version";
    }

    public string Render(Command command)
    {
        var text = new System.Text.StringBuilder();
        var path = string.Join(" ", Lineage(command).Reverse().Select(c => c is RootCommand ? "hengnan-report" : c.Name));
        text.AppendLine(command.Description);
        text.AppendLine();
        text.AppendLine(Say("用法：", "Usage:"));
        var usage = new List<string> { path };
        if (command.Subcommands.Count > 0) usage.Add(Say("<命令>", "<command>"));
        usage.AddRange(command.Arguments.Select(a => a.HasDefaultValue ? $"[{a.HelpName ?? a.Name}]" : $"<{a.HelpName ?? a.Name}>"));
        usage.Add(Say("[选项]", "[options]"));
        text.AppendLine("  " + string.Join(" ", usage));

        var rows = new List<(string Left, string Right)>();
        void Section(string title, IEnumerable<(string, string)> entries)
        {
            var list = entries.ToList();
            if (list.Count == 0) return;
            text.AppendLine();
            text.AppendLine(title);
            int width = list.Max(e => Width(e.Item1));
            foreach (var (left, right) in list)
                text.AppendLine("  " + left + new string(' ', width - Width(left) + 3) + right);
        }
        Section(Say("命令：", "Commands:"), command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")));
        Section(Say("参数：", "Arguments:"), command.Arguments.Select(a => (a.HelpName ?? a.Name, a.Description + Default(a.HasDefaultValue ? a.GetDefaultValue() : null))));
        var options = command.Options.Concat(Lineage(command).Skip(1).SelectMany(c => c.Options).Where(o => o.Recursive || o is HelpOption))
            .Where(o => !o.Hidden).Distinct().ToList();
        Section(Say("选项：", "Options:"), options.Select(o => (OptionLeft(o), o.Description + Default(o.HasDefaultValue ? o.GetDefaultValue() : null))));

        if (examples.TryGetValue(command, out var list) && list.Length > 0)
        {
            text.AppendLine();
            text.AppendLine(Say("示例：", "Examples:"));
            foreach (var example in list)
            {
                text.AppendLine("  " + example.Line);
                text.AppendLine("      " + Say(example.Zh, example.En));
            }
        }
        return text.ToString();
    }

    private static IEnumerable<Command> Lineage(Command command)
    {
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault()) yield return c;
    }

    private static string OptionLeft(Option option)
    {
        // Windows-style /h and /? work but are not advertised.
        var names = option.Aliases.Where(a => a.StartsWith('-')).OrderBy(a => a.Length).Append(option.Name).Distinct();
        var left = string.Join(", ", names);
        bool takesValue = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
        return takesValue ? $"{left} <{option.HelpName ?? "value"}>" : left;
    }

    private string Default(object? value) => value switch
    {
        null => "",
        bool => "",
        float f when f == 0 => "",
        _ => Say($"（默认：{value}）", $" (default: {value})"),
    };

    private static int Width(string text) => TerminalText.Width(text);
}

internal static class TerminalText
{
    /// <summary>Terminal columns: CJK characters and full-width marks take two, general punctuation (… “ ”) one.</summary>
    public static int Width(string text) => text.Sum(c => c >= '\u1100' && !(c >= '\u2000' && c < '\u2E80') ? 2 : 1);
}
