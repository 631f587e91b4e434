using System.Text.RegularExpressions;
using Hengnan.Report.Compose;
using Hengnan.Report.Tests.Editions;
using UglyToad.PdfPig.Content;

namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>
/// The sample in Chinese only and in English only, and a synthetic edition with the newer chart kinds in all three
/// language modes, each built once for <see cref="ChartTests"/>.
/// </summary>
public sealed class ChartBuilds : IDisposable
{
    // Synthetic test figures, invented for testing the charts (not the sample's data, not real).
    public const string Csv = """
        id,section,year,value,unit,label_zh,label_en,source
        gdp,economy,2015,244.83,亿元,地区生产总值,GDP,synthetic
        gdp,economy,2016,262.10,亿元,地区生产总值,GDP,synthetic
        gdp,economy,2017,281.40,亿元,地区生产总值,GDP,synthetic
        gdp,economy,2018,305.72,亿元,地区生产总值,GDP,synthetic
        gdp,economy,2019,331.05,亿元,地区生产总值,GDP,synthetic
        gdp,economy,2020,356.01,亿元,地区生产总值,GDP,synthetic
        fiscal,economy,2016,13.4,亿元,一般公共预算收入,Budget revenue,synthetic
        fiscal,economy,2017,14.9,亿元,一般公共预算收入,Budget revenue,synthetic
        fiscal,economy,2018,16.2,亿元,一般公共预算收入,Budget revenue,synthetic
        retail,economy,2016,88.0,亿元,社会消费品零售总额,Retail sales,synthetic
        retail,economy,2017,95.3,亿元,社会消费品零售总额,Retail sales,synthetic
        retail,economy,2018,102.6,亿元,社会消费品零售总额,Retail sales,synthetic
        a,economy,2020,408,个,污染防治攻坚项目,Pollution control,synthetic
        b,economy,2020,156,个,夏季攻势项目,Summer projects,synthetic
        c,economy,2020,244,个,农村服务平台,Rural centres,synthetic
        """;

    public const string Outline = """
        # Synthetic test edition: charts of invented figures.
        [section economy]
        title: 打造经济硬实力 | Building Economic Strength
        [numbers]
        chart: line gdp 2015..2020 | 地区生产总值 | GDP
        note: 2020年为初步核算数 | Figures for 2020 are preliminary
        chart: grouped 2016..2018 fiscal retail | 财政与消费 | Revenue and retail sales
        chart: columns 2020 a b c | 完成项目 | Projects completed
        chart: donut 2020 a b c | 项目构成 | Projects by kind
        centre: total
        zh: 测试段落。
        en: A test paragraph.
        """;

    private readonly SmallEdition _edition = new(csv: Csv, outline: Outline);
    private readonly List<string> _outputs = new();

    public ChartBuilds()
    {
        foreach (var mode in Enum.GetValues<LanguageMode>())
            Synthetic[mode] = Build(_edition.Folder, mode);
        SampleZh = Build(RepositoryPaths.SampleEdition, LanguageMode.Zh);
        SampleEn = Build(RepositoryPaths.SampleEdition, LanguageMode.En);
    }

    private BuildResult Build(string folder, LanguageMode mode)
    {
        var output = RepositoryPaths.NewTempFolder();
        _outputs.Add(output);
        var result = BrochureBuilder.Build(new BuildRequest(folder, output, mode));
        if (!result.Succeeded) throw new InvalidOperationException($"{mode} build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    public Dictionary<LanguageMode, BuildResult> Synthetic { get; } = new();
    public BuildResult SampleZh { get; }
    public BuildResult SampleEn { get; }

    public void Dispose()
    {
        _edition.Dispose();
        foreach (var o in _outputs)
            try { Directory.Delete(o, true); } catch (IOException) { }
    }
}

/// <summary>Charts read back from the real PDFs: their labels in each language, each once, where the marks are, in the type scale.</summary>
public sealed class ChartTests(SampleBrochureFixture sample, ChartBuilds builds) : IClassFixture<SampleBrochureFixture>, IClassFixture<ChartBuilds>
{
    /// <summary>A run of text as a reader extracts it: letters on one baseline with no wider gap than a space.</summary>
    private sealed record Label(string Text, double Centre, double Baseline, double Size, IReadOnlyList<Letter> Letters);

    /// <summary>Each chart's figure in reading order, with its text and its labels.</summary>
    private static List<(string Text, List<Label> Labels)> Charts(string pdf) =>
        new StructureInspection(pdf).All.Where(e => e.Role == "Figure").Select(f => (f.Text, Labels(f.Letters()))).ToList();

    private static List<Label> Labels(IEnumerable<Letter> letters)
    {
        var labels = new List<Label>();
        foreach (var line in letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).GroupBy(l => Math.Round(l.StartBaseLine.Y * 2) / 2))
        {
            var run = new List<Letter>();
            var text = new System.Text.StringBuilder();
            void Flush()
            {
                if (run.Count == 0) return;
                double left = run.Min(l => l.BoundingBox.Left), right = run.Max(l => l.BoundingBox.Right);
                labels.Add(new Label(text.ToString(), (left + right) / 2, line.Key, run.Max(l => l.PointSize), run.ToList()));
                run.Clear();
                text.Clear();
            }
            foreach (var l in line.OrderBy(l => l.StartBaseLine.X))
            {
                if (run.Count > 0)
                {
                    double gap = l.StartBaseLine.X - run[^1].EndBaseLine.X;
                    if (gap > 0.9 * l.PointSize) Flush();
                    else if (gap > 0.15 * l.PointSize) text.Append(' ');
                }
                run.Add(l);
                text.Append(l.Value);
            }
            Flush();
        }
        return labels;
    }

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;
    private static int Count(List<Label> labels, string part) => labels.Sum(l => Count(l.Text, part));
    private static Label One(List<Label> labels, string text) => Assert.Single(labels, l => l.Text == text);

    [Fact]
    public void BilingualBarsLabelEveryCategoryInBothLanguagesAndEveryValueOnce()
    {
        var party = Charts(sample.Result.PdfPath!).Single(c => c.Text.Contains("基层党建主要成果"));
        var rows = new[] { ("屋场党小组", "Hamlet-level Party groups", "1998"), ("“五化”建设达标党支部", "Party branches meeting “Five Standards”", "1620"),
            ("整顿转化软弱涣散党组织", "Weak and slack Party organisations overhauled", "163"), ("新改扩建农村综合服务平台", "Rural service centres built or upgraded", "244") };
        double previousValue = double.MaxValue;
        foreach (var (zh, en, value) in rows)
        {
            Assert.Equal(1, Count(party.Labels, zh));
            Assert.Equal(1, Count(party.Labels, en));
            var label = Assert.Single(party.Labels, l => l.Text.Contains(zh));
            var number = One(party.Labels, value);
            // The category stands over its bar and value, and under the row before (PDF y grows upwards).
            Assert.True(label.Baseline > number.Baseline && label.Baseline < previousValue, $"{zh} is not over its bar");
            previousValue = number.Baseline;
        }
        // No label comes out doubled (drawn twice over itself reads "11999988").
        Assert.DoesNotMatch(@"(\d)\1(\d)\2(\d)\3", party.Text);
    }

    [Fact]
    public void BilingualChartsCarryBothLanguagesAndEachFigureOnce()
    {
        var charts = Charts(sample.Result.PdfPath!);
        var gdp = charts.Single(c => c.Text.Contains("地区生产总值"));
        foreach (var label in new[] { "244.83", "356.01", "2015", "2020" }) One(gdp.Labels, label);
        Assert.Contains("GDP, 2015 and 2020", gdp.Text);
        // The English unit line names the unit and gives the largest figure as the English text does.
        Assert.Equal(1, Count(gdp.Labels, "单位：亿元"));
        Assert.Equal(1, Count(gdp.Labels, "Unit: CNY 100 million; 356.01 = CNY 35.60 billion"));
        Assert.Contains("CNY35.60billion", Regex.Replace(string.Concat(sample.Pdf.PageTexts), @"\s", ""));
        var structure = charts.Single(c => c.Text.Contains("三次产业结构"));
        foreach (var part in new[] { "第一产业比重", "Primary sector (share of GDP)", "19.9%", "34.5%", "45.6%" })
            Assert.Equal(1, Count(structure.Labels, part));
    }

    [Fact]
    public void SingleLanguageChartsSpeakThatLanguageOnly()
    {
        var zh = Charts(builds.SampleZh.PdfPath!);
        var en = Charts(builds.SampleEn.PdfPath!);
        Assert.Equal(5, zh.Count);
        Assert.Equal(5, en.Count);
        Assert.All(zh, c => Assert.DoesNotMatch("[A-Za-z]", c.Text));
        Assert.All(en, c => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", c.Text));
        Assert.Contains(zh, c => Count(c.Labels, "屋场党小组") == 1);
        Assert.Contains(en, c => Count(c.Labels, "Hamlet-level Party groups") == 1);
    }

    [Fact]
    public void EnglishChartsAgreeWithTheEnglishText()
    {
        var gdp = Charts(builds.SampleEn.PdfPath!).Single(c => c.Text.Contains("GDP, 2015 and 2020"));
        // 244.83 and 356.01 亿元 are CNY 24.48 and 35.60 billion in the text: the chart says the same.
        One(gdp.Labels, "24.48");
        One(gdp.Labels, "35.60");
        One(gdp.Labels, "Unit: CNY billion");
        Assert.DoesNotContain(gdp.Labels, l => l.Text.Contains("244.83") || l.Text.Contains("356.01"));
        var text = Regex.Replace(string.Concat(new PdfInspection(builds.SampleEn.PdfPath!).PageTexts), @"\s", "");
        Assert.Contains("CNY24.48billion", text);
        Assert.Contains("CNY35.60billion", text);
    }

    [Fact]
    public void ChartTypeFollowsTheScaleWithDigitsInTheLatinFace()
    {
        var gdp = Charts(sample.Result.PdfPath!).Single(c => c.Text.Contains("地区生产总值"));
        var title = Assert.Single(gdp.Labels, l => l.Text.StartsWith("地区生产总值"));
        var value = One(gdp.Labels, "356.01");
        var year = One(gdp.Labels, "2015");
        Assert.Equal(Typography.ChartTitleSize, title.Size, 0.05);
        Assert.True(value.Size < title.Size && year.Size < title.Size, $"values {value.Size} pt and years {year.Size} pt should be smaller than the title's {title.Size} pt");
        Assert.True(year.Size <= value.Size);
        Assert.All(value.Letters.Concat(year.Letters), l => Assert.Matches(@"\+NotoSans-", l.FontName));
        var bars = Charts(sample.Result.PdfPath!).Single(c => c.Text.Contains("基层党建主要成果"));
        var chinese = Assert.Single(bars.Labels, l => l.Text.Contains("屋场党小组"));
        Assert.All(chinese.Letters.Where(l => l.Value is "屋" or "场"), l => Assert.Matches(@"\+NotoSansSC-", l.FontName));
        Assert.All(chinese.Letters.Where(l => l.Value is "H" or "P"), l => Assert.Matches(@"\+NotoSans-", l.FontName));
    }

    [Theory]
    [InlineData(LanguageMode.Bilingual, new[] { "244.83", "262.10", "281.40", "305.72", "331.05", "356.01" })]
    [InlineData(LanguageMode.Zh, new[] { "244.83", "262.10", "281.40", "305.72", "331.05", "356.01" })]
    [InlineData(LanguageMode.En, new[] { "24.48", "26.21", "28.14", "30.57", "33.11", "35.60" })]
    public void ALineChartsValuesAndYearsReadBack(LanguageMode mode, string[] values)
    {
        var line = Charts(builds.Synthetic[mode].PdfPath!)[0];
        double previous = double.MinValue, previousYear = double.MinValue;
        for (int i = 0; i < values.Length; i++)
        {
            var year = One(line.Labels, (2015 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var value = One(line.Labels, values[i]);
            // The years run left to right; each value stands over its year, higher as the figure grows.
            Assert.True(year.Centre > previousYear, $"{year.Text} is not right of the year before");
            Assert.Equal(year.Centre, value.Centre, 1.0);
            Assert.True(value.Baseline > year.Baseline && value.Baseline > previous, $"{values[i]} is not above the one before");
            (previous, previousYear) = (value.Baseline, year.Centre);
        }
        Assert.Equal(mode != LanguageMode.En, line.Text.Contains("2020年为初步核算数"));
        Assert.Equal(mode != LanguageMode.Zh, line.Text.Contains("Figures for 2020 are preliminary"));
    }

    [Theory]
    [InlineData(LanguageMode.Bilingual)]
    [InlineData(LanguageMode.Zh)]
    [InlineData(LanguageMode.En)]
    public void GroupedBarsStandInTheirYearsInSeriesOrder(LanguageMode mode)
    {
        var grouped = Charts(builds.Synthetic[mode].PdfPath!)[1];
        var fiscal = mode == LanguageMode.En ? new[] { "1.34", "1.49", "1.62" } : ["13.4", "14.9", "16.2"];
        var retail = mode == LanguageMode.En ? new[] { "8.80", "9.53", "10.26" } : ["88.0", "95.3", "102.6"];
        double previousYear = double.MinValue;
        for (int i = 0; i < 3; i++)
        {
            var year = One(grouped.Labels, (2016 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(year.Centre > previousYear, $"{year.Text} is not right of the year before");
            previousYear = year.Centre;
            var (f, r) = (One(grouped.Labels, fiscal[i]), One(grouped.Labels, retail[i]));
            Assert.True(f.Centre < year.Centre && year.Centre < r.Centre, $"{fiscal[i]} and {retail[i]} are not either side of {year.Text}");
            Assert.True(r.Baseline > f.Baseline, "the larger figure's bar is not taller");
        }
        // The legend names both series, in the edition's languages.
        Assert.Equal(mode != LanguageMode.En ? 1 : 0, Count(grouped.Labels, "一般公共预算收入"));
        Assert.Equal(mode != LanguageMode.Zh ? 1 : 0, Count(grouped.Labels, "Retail sales"));
    }

    [Theory]
    [InlineData(LanguageMode.Bilingual)]
    [InlineData(LanguageMode.Zh)]
    [InlineData(LanguageMode.En)]
    public void ColumnsNameTheirCategoriesUnderThemAndADonutItsTotal(LanguageMode mode)
    {
        var charts = Charts(builds.Synthetic[mode].PdfPath!);
        var columns = charts[2];
        foreach (var (zh, en, value) in new[] { ("污染防治攻坚项目", "Pollution control", "408"), ("夏季攻势项目", "Summer projects", "156"), ("农村服务平台", "Rural centres", "244") })
        {
            var number = One(columns.Labels, value);
            var name = mode == LanguageMode.En ? One(columns.Labels, en) : One(columns.Labels, zh);
            Assert.Equal(number.Centre, name.Centre, 1.0);
            Assert.True(name.Baseline < number.Baseline, $"{name.Text} is not under its column");
            Assert.Equal(mode == LanguageMode.Bilingual ? 1 : 0, Count(columns.Labels, mode == LanguageMode.En ? zh : en));
        }
        var donut = charts[3];
        One(donut.Labels, "808");
        Assert.Equal(mode != LanguageMode.En ? 1 : 0, Count(donut.Labels, "合计"));
        Assert.Equal(mode != LanguageMode.Zh ? 1 : 0, Count(donut.Labels, "Total"));
    }
}
