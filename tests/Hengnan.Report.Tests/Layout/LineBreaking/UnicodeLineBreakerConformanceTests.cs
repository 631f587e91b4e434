using System.Globalization;
using System.Text;
using Hengnan.Report.Layout.Text.LineBreaking;
using Xunit.Abstractions;

namespace Hengnan.Report.Tests.Layout.LineBreaking;

/// <summary>
/// Runs every case of the Unicode 15.0 LineBreakTest.txt through <see cref="UnicodeLineBreaker"/>.
/// No case is skipped.
/// </summary>
public sealed class UnicodeLineBreakerConformanceTests(ITestOutputHelper output)
{
    private const int ExpectedCaseCount = 7654;

    [Fact]
    public void AllLineBreakTestCasesPass()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "LineBreakTest.txt");
        string[] lines = File.ReadAllLines(path);
        var failures = new List<string>();
        int cases = 0;

        for (int lineIndex = 0; lineIndex < lines.Length; lineIndex++)
        {
            string line = lines[lineIndex];
            int hash = line.IndexOf('#');
            string data = (hash < 0 ? line : line[..hash]).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            cases++;
            (string text, List<(int Offset, bool Break)> expected) = ParseCase(data);
            BreakOpportunity[] actual = UnicodeLineBreaker.Analyze(text);

            bool ok = actual.Length == text.Length + 1;
            for (int i = 0; ok && i < expected.Count; i++)
            {
                ok = (actual[expected[i].Offset] != BreakOpportunity.None) == expected[i].Break;
            }

            if (!ok)
            {
                failures.Add($"line {lineIndex + 1}: expected {data}  actual {Render(text, expected, actual)}");
            }
        }

        output.WriteLine($"{cases - failures.Count} of {cases} LineBreakTest.txt cases passed.");
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {cases} cases failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(40))}");
        Assert.Equal(ExpectedCaseCount, cases);
    }

    /// <summary>Parses "× 0023 ÷ 0020 ÷" into the text and the expected mark at each UTF-16 offset.</summary>
    private static (string Text, List<(int Offset, bool Break)> Expected) ParseCase(string data)
    {
        var text = new StringBuilder();
        var expected = new List<(int, bool)>();
        foreach (string token in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "÷":
                    expected.Add((text.Length, true));
                    break;
                case "×":
                    expected.Add((text.Length, false));
                    break;
                default:
                    text.Append(char.ConvertFromUtf32(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    break;
            }
        }

        return (text.ToString(), expected);
    }

    private static string Render(string text, List<(int Offset, bool Break)> expected, BreakOpportunity[] actual)
    {
        var sb = new StringBuilder();
        int offset = 0;
        foreach ((int Offset, bool _) mark in expected)
        {
            if (mark.Offset > offset)
            {
                sb.Append(char.ConvertToUtf32(text, offset).ToString("X4", CultureInfo.InvariantCulture)).Append(' ');
                offset = mark.Offset;
            }

            sb.Append(mark.Offset < actual.Length && actual[mark.Offset] != BreakOpportunity.None ? "÷ " : "× ");
        }

        return sb.ToString().TrimEnd();
    }
}
