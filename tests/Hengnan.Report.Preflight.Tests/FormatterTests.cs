using System.Text.RegularExpressions;

namespace Hengnan.Report.Preflight.Tests;

/// <summary>The text report, in English and Simplified Chinese, and the message catalogue behind it.</summary>
public class FormatterTests
{
    private static readonly PreflightReport Bad = Preflighter.Check(SamplePdfs.Bad());

    private static bool HasHan(string s) => s.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [Fact]
    public void English_prints_one_line_per_finding_with_page_and_code()
    {
        var lines = Bad.Format(chinese: false).TrimEnd('\n').Split('\n');
        Assert.Equal(Bad.Findings.Count, lines.Length);
        Assert.Contains("page 1: PF001 font Helvetica (Type1) is not embedded [PDF/X-4, error]", lines);
        Assert.Contains("page 2: PF011 image 400×400 px placed at 50.8×50.8 mm prints at 200 ppi (300 ppi needed) [PDF/X-4, warning]", lines);
        Assert.Contains("document: PF021 the document has no structure tree (/StructTreeRoot): it is not tagged [PDF/UA-1, error]", lines);
        Assert.All(lines, l => Assert.Matches(@"^(page \d+|document): PF\d{3} ", l));
    }

    [Fact]
    public void Chinese_prints_the_same_findings_in_Chinese()
    {
        var lines = PreflightFormatter.Format(Bad, chinese: true).TrimEnd('\n').Split('\n');
        Assert.Equal(Bad.Findings.Count, lines.Length);
        Assert.Contains("第 1 页：PF001 字体 Helvetica（Type1）未嵌入 [PDF/X-4，错误]", lines);
        Assert.Contains("第 2 页：PF011 图像 400×400 像素，置入尺寸 50.8×50.8 毫米，有效分辨率 200 ppi（应不低于 300 ppi） [PDF/X-4，警告]", lines);
        Assert.Contains("文档：PF021 文档没有结构树（/StructTreeRoot），即未加标签 [PDF/UA-1，错误]", lines);
        Assert.All(lines, l => Assert.Matches(@"^(第 \d+ 页|文档)：PF\d{3} ", l));
        Assert.All(lines, l => Assert.True(HasHan(l.Split(' ', 3)[^1]), l));
    }

    [Fact]
    public void Every_message_exists_in_both_languages_with_the_same_placeholders()
    {
        Assert.NotEmpty(Rules.All);
        foreach (var rule in Rules.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.English), rule.Code);
            Assert.True(HasHan(rule.Chinese), $"{rule.Code}: {rule.Chinese}");
            Assert.False(HasHan(rule.English), $"{rule.Code}: {rule.English}");
            Assert.Equal(Placeholders(rule.English), Placeholders(rule.Chinese));
        }
    }

    [Fact]
    public void Every_code_has_a_message_and_every_message_a_listed_code()
    {
        var codes = typeof(PreflightCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var used = Rules.All.Select(r => r.Code).ToHashSet();
        Assert.Equal(codes.Order(), used.Order());
        Assert.All(codes, c => Assert.Matches(@"^PF\d{3}$", c));
    }

    [Fact]
    public void A_finding_made_by_hand_falls_back_to_its_English_message()
    {
        var report = new PreflightReport([new PreflightFinding("PF999", PreflightSeverity.Info, 4, "a note", PreflightStandard.PdfX4)]);
        Assert.Equal("page 4: PF999 a note [PDF/X-4, note]\n", report.Format(false));
        Assert.Equal("第 4 页：PF999 a note [PDF/X-4，提示]\n", report.Format(true));
        Assert.True(report.Passed);
    }

    private static string[] Placeholders(string template) =>
        Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Distinct().Order().ToArray();
}
