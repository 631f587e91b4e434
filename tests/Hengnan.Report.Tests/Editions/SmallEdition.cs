namespace Hengnan.Report.Tests.Editions;

/// <summary>A small synthetic edition written to a temporary folder (test fixture; figures borrowed from the sample).</summary>
public sealed class SmallEdition : IDisposable
{
    public const string Settings = """
        title.zh: 测试标题
        title.en: Test Title
        subtitle.zh: 副标题
        subtitle.en: Subtitle
        county.zh: 衡南县
        county.en: Hengnan County
        congress.zh: 中国共产党衡南县第十三次代表大会
        congress.en: The 13th Congress of the CPC Hengnan County Committee
        year: 2021
        output: test.pdf
        """;

    public const string Csv = """
        id,section,year,value,unit,label_zh,label_en,source
        gdp,economy,2015,244.83,亿元,地区生产总值,GDP,test
        gdp,economy,2020,356.01,亿元,地区生产总值,GDP,test
        hightech,economy,2015,5,家,高新技术企业,High-tech enterprises,test
        hightech,economy,2020,27,家,高新技术企业,High-tech enterprises,test
        primary,economy,2020,19.9,%,第一产业,Primary,test
        secondary,economy,2020,34.5,%,第二产业,Secondary,test
        tertiary,economy,2020,45.6,%,第三产业,Tertiary,test
        """;

    public const string Outline = """
        [section economy]
        title: 打造经济硬实力 | Building Economic Strength
        [numbers]
        kpi: gdp@2015..2020
        chart: donut 2020 primary secondary tertiary | 三次产业结构 | Industry structure
        zh: 地区生产总值由{gdp@2015}增至{gdp@2020}，高新技术企业增长{440%=hightech@2015..2020:change%}。
        en: GDP rose from {gdp@2015} to {gdp@2020}; high-tech enterprises grew by {440%=hightech@2015..2020:change%}.
        """;

    public SmallEdition(string? settings = null, string? csv = null, string? outline = null)
    {
        Folder = RepositoryPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(Folder, "edition.txt"), settings ?? Settings);
        File.WriteAllText(Path.Combine(Folder, "indicators.csv"), csv ?? Csv);
        File.WriteAllText(Path.Combine(Folder, "outline.txt"), outline ?? Outline);
    }

    public string Folder { get; }

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
