using Hengnan.Report.Cli;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>Wrong input gives located errors, a non-zero exit code, no stack trace, and leaves an existing PDF untouched.</summary>
public sealed class BadInputTests
{
    private static string CopySample() => RepositoryPaths.CopySampleEdition();

    [Fact]
    public void BrokenCsvFailsWithLocationAndKeepsThePreviousPdf()
    {
        var edition = CopySample();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var first = BrochureBuilder.Build(new BuildRequest(edition, output));
            Assert.True(first.Succeeded);
            var before = File.ReadAllBytes(first.PdfPath!);

            var csv = Path.Combine(edition, "indicators.csv");
            var lines = File.ReadAllLines(csv);
            lines[3] = lines[3].Replace(",亿元,", ",bad-unit,").Replace(",家,", ",bad-unit,").Replace(",%,", ",bad-unit,");
            File.WriteAllLines(csv, lines);

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = CommandLine.Run(["build", edition, "--out", output], stdout, stderr);
            Assert.Equal(1, code);
            var errors = stderr.ToString();
            Assert.Contains("indicators.csv:4:", errors);
            Assert.Contains("error CSV006", errors);
            Assert.DoesNotContain("   at ", errors);
            Assert.Equal(before, File.ReadAllBytes(first.PdfPath!));
            Assert.Empty(Directory.GetFiles(output, "*tmp*"));
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void MissingIndicatorInTheOutlineIsLocated()
    {
        var edition = CopySample();
        try
        {
            File.AppendAllText(Path.Combine(edition, "outline.txt"), "\n[section extra]\ntitle: 附加 | Extra\nzh: 见{no_such@2020}。\nen: See {no_such@2020}.\n");
            var stderr = new StringWriter();
            int code = CommandLine.Run(["validate", edition], new StringWriter(), stderr);
            Assert.Equal(1, code);
            Assert.Matches(@"outline\.txt:\d+:6: error REF001: no indicator 'no_such'", stderr.ToString());
        }
        finally { Directory.Delete(edition, true); }
    }

    [Fact]
    public void CharacterInNoFontIsReportedWithItsCodePointAndPlace()
    {
        var edition = CopySample();
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var outline = Path.Combine(edition, "outline.txt");
            int line = File.ReadAllLines(outline).Length + 4;
            // The character's own column: 'zh: ' and four characters before it.
            // Synthetic: U+17000 (Tangut) is in none of the shipped fonts.
            File.AppendAllText(outline, "\n[section extra]\ntitle: 附加 | Extra\nzh: 西夏文字\U00017000。\nen: A Tangut character.\n");
            var stderr = new StringWriter();
            int code = CommandLine.Run(["build", edition, "--out", output], new StringWriter(), stderr);
            Assert.Equal(1, code);
            Assert.Contains($"outline.txt:{line}:9: error FNT001: U+17000", stderr.ToString());
            Assert.Empty(Directory.GetFiles(output));
        }
        finally
        {
            Directory.Delete(edition, true);
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void ACharacterInNoFontIsSaidAtItsOwnLineAndColumnAsWritten()
    {
        // Paragraphs over several lines; a figure printed before the character; a decomposed é (two characters as
        // written, one once normalised) before it: each place is the character's own, in characters as written.
        using var edition = new Editions.SmallEdition(outline: """
            [section economy]
            title: 打造经济硬实力 | Building Economic Strength
            [numbers]
            zh: 第一行文字，
              第二行西夏𗀀。
            en: Café 𗀀 first line
              and {gdp@2020} then 𗀀 here.
            """);
        var stderr = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["validate", edition.Folder, "--ui", "en"], new StringWriter(), stderr));
        var places = System.Text.RegularExpressions.Regex.Matches(stderr.ToString(), @"outline\.txt:(\d+:\d+): error FNT001").Select(m => m.Groups[1].Value);
        Assert.Equal(["5:8", "6:11", "7:23"], places.Order());
    }

    [Fact]
    public void ACharacterInNoFontInASettingIsSaidInEditionTxtAtItsOwnColumn()
    {
        // The county's name prints on the cover and the back cover: a character no font has (here one from the Tangut
        // block, after a character outside the Basic Multilingual Plane, which counts as one) is the setting's fault,
        // said in edition.txt at its line and column, never in outline.txt at line 0.
        var edition = CopySample();
        try
        {
            var path = Path.Combine(edition, "edition.txt");
            var lines = File.ReadAllLines(path);
            int n = Array.FindIndex(lines, l => l.StartsWith("county.zh:", StringComparison.Ordinal));
            lines[n] = "county.zh: 衡南😀县𗀀";
            File.WriteAllLines(path, lines);
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", edition, "--ui", "en"], new StringWriter(), stderr));
            var said = stderr.ToString();
            Assert.DoesNotContain("outline.txt: error FNT001", said);
            var places = System.Text.RegularExpressions.Regex.Matches(said, @"edition\.txt:(\d+:\d+): error FNT001: U\+(\w+)")
                .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").Distinct().Order().ToList();
            // 'county.zh: ' is 11 characters: 衡 is column 12, 😀 column 14, 𗀀 column 16.
            Assert.Equal([$"{n + 1}:14 1F600", $"{n + 1}:16 17000"], places);
        }
        finally { Directory.Delete(edition, true); }
    }

    [Theory]
    [InlineData("id,section,year,val,unit,label_zh,label_en,source", "CSV002")]
    [InlineData("id,section,year,value,unit,label_zh,label_en,source,value", "CSV012")]
    public void ABadHeaderIsOneErrorNotAFloodOfMissingFigures(string header, string code)
    {
        var edition = CopySample();
        try
        {
            var csv = Path.Combine(edition, "indicators.csv");
            var lines = File.ReadAllLines(csv);
            lines[0] = header;
            File.WriteAllLines(csv, lines);
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", edition, "--ui", "en"], new StringWriter(), stderr));
            var text = stderr.ToString();
            Assert.Contains($"indicators.csv:1:", text);
            Assert.Contains($"error {code}:", text);
            // The outline's references are not checked against a table that could not be read: one warning says so.
            Assert.DoesNotContain("REF00", text.Replace("REF008", ""));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "warning REF008: the outline's figure references were not checked"));
        }
        finally { Directory.Delete(edition, true); }
    }

    [Fact]
    public void ValidateLaysTheBrochureOutSoOkMeansBuildSucceeds()
    {
        var edition = CopySample();
        try
        {
            // Only the layout finds this one (the character is in no font): validate must find it too.
            File.AppendAllText(Path.Combine(edition, "outline.txt"), "\n[section extra]\ntitle: 附加 | Extra\nzh: 西夏文字\U00017000。\nen: A Tangut character.\n");
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", edition], new StringWriter(), stderr));
            Assert.Contains("error FNT001: U+17000", stderr.ToString());
            Assert.Empty(Directory.GetFiles(edition, "*.pdf", SearchOption.AllDirectories));
        }
        finally { Directory.Delete(edition, true); }
    }

    [Fact]
    public void ACharacterInNoFontInAPhotoCaptionIsReportedToo()
    {
        // A caption is laid out inside its figure; its problems must reach the build (they once were dropped).
        var edition = CopySample();
        try
        {
            var outline = Path.Combine(edition, "outline.txt");
            var lines = File.ReadAllLines(outline);
            int at = Array.FindIndex(lines, l => l.StartsWith("[photo photos/tbea-smart-grid.jpg]")) + 1;
            lines[at] = "zh: 特变电工\U00017000南方智能电网科技园。";
            File.WriteAllLines(outline, lines);
            var stderr = new StringWriter();
            Assert.Equal(1, CommandLine.Run(["validate", edition], new StringWriter(), stderr));
            Assert.Contains($"outline.txt:{at + 1}:9: error FNT001: U+17000", stderr.ToString());
        }
        finally { Directory.Delete(edition, true); }
    }

    [Theory]
    [InlineData("--bleed", "NaN")]
    [InlineData("--bleed", "-1")]
    [InlineData("--preview", "Infinity")]
    [InlineData("--lang", "fr")]
    public void WrongOptionValuesAreUsageErrorsBeforeAnyWorkWithJsonForTools(string option, string value)
    {
        var output = RepositoryPaths.NewTempFolder();
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(CommandLine.UsageError, CommandLine.Run(["build", RepositoryPaths.SampleEdition, "--out", output, option, value, "--format", "json"], stdout, stderr));
            Assert.Empty(Directory.GetFiles(output));
            Assert.DoesNotContain("   at ", stderr.ToString());
            using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
            Assert.Equal(CommandLine.UsageError, json.RootElement.GetProperty("exitCode").GetInt32());
        }
        finally { Directory.Delete(output, true); }
    }

    [Fact]
    public void MissingEditionFolderIsAClearError()
    {
        var stderr = new StringWriter();
        int code = CommandLine.Run(["build", "/no/such/edition"], new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.Contains("does not exist", stderr.ToString());
    }
}
