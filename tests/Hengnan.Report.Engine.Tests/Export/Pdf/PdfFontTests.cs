using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Layout;
using UglyToad.PdfPig.Tokens;
using static Hengnan.Report.Engine.Tests.Export.Pdf.PdfTestKit;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

public sealed class PdfFontTests
{
    [Fact]
    public void Table_reader_finds_the_postscript_name_and_metrics_in_a_subset()
    {
        using var face = SansSC();
        face.Shape("衡南");
        face.Seal();
        var info = TrueTypeInfo.Read(face.SubsetBytes, face.Name);
        Assert.Equal("NotoSansSC-Regular", info.PostScriptName);
        Assert.Equal(1000, info.UnitsPerEm);
        Assert.True(info.Ascent > 800 && info.Descent < -150, $"{info.Ascent} {info.Descent}");
        Assert.InRange(info.CapHeight, 600, 800);
        Assert.Equal(400, info.WeightClass);
        Assert.True(info.XMax > info.XMin && info.YMax > info.YMin);
    }

    [Fact]
    public void Subset_tag_is_six_capitals_from_the_glyph_set()
    {
        var a = SubsetTag.From("NotoSans-Regular", [1, 2, 3]);
        Assert.Matches("^[A-Z]{6}$", a);
        Assert.Equal(a, SubsetTag.From("NotoSans-Regular", [3, 2, 1]));
        Assert.NotEqual(a, SubsetTag.From("NotoSans-Regular", [1, 2, 4]));
        Assert.NotEqual(a, SubsetTag.From("NotoSerif-Regular", [1, 2, 3]));
        Assert.NotEqual("AAAAAA", a);
    }

    [Fact]
    public void Every_font_is_an_embedded_type0_cidfonttype2_subset_with_tounicode()
    {
        using var zh = SansSC();
        using var en = Sans();
        var pdf = Write(Run(zh, "衡南县", 12, 50, 100, null), Run(en, "Hengnan", 12, 50, 120, null, "en"));
        using var doc = Open(pdf);
        var page = doc.GetPage(1);
        var fonts = Dict(doc, Dict(doc, page.Dictionary, "Resources"), "Font");
        Assert.Equal(2, fonts.Data.Count);
        var baseNames = new List<string>();
        foreach (var (_, token) in fonts.Data)
        {
            var font = Dict(doc, token);
            Assert.Equal("Type0", Name(doc, font, "Subtype"));
            Assert.Equal("Identity-H", Name(doc, font, "Encoding"));
            Assert.IsType<StreamToken>(Get(doc, font, "ToUnicode"));
            var cid = Dict(doc, ((ArrayToken)Get(doc, font, "DescendantFonts")!)[0]);
            Assert.Equal("CIDFontType2", Name(doc, cid, "Subtype"));
            Assert.Equal("Identity", Name(doc, cid, "CIDToGIDMap"));
            Assert.IsType<ArrayToken>(Get(doc, cid, "W"));
            var descriptor = Dict(doc, cid, "FontDescriptor");
            var file = (StreamToken)Get(doc, descriptor, "FontFile2")!;
            Assert.Equal("FlateDecode", Name(doc, file.StreamDictionary, "Filter"));
            var program = Decode(doc, file);
            Assert.Equal(((NumericToken)Get(doc, file.StreamDictionary, "Length1")!).Int, program.Length);
            Assert.Equal([0, 1, 0, 0], program[..4]); // a TrueType (glyf) font
            var name = Name(doc, font, "BaseFont")!;
            Assert.Matches("^[A-Z]{6}\\+Noto", name);
            Assert.Equal(name, Name(doc, descriptor, "FontName"));
            baseNames.Add(name);
        }
        Assert.Contains(baseNames, n => n.EndsWith("+NotoSansSC-Regular"));
        Assert.Contains(baseNames, n => n.EndsWith("+NotoSans-Regular"));
    }

    [Fact]
    public void Two_glyph_sets_of_one_font_get_different_tags()
    {
        string TagOf(string text)
        {
            using var face = SansSC();
            using var doc = Open(Write(Run(face, text, 12, 50, 100)));
            var fonts = Dict(doc, Dict(doc, doc.GetPage(1).Dictionary, "Resources"), "Font");
            return Name(doc, Dict(doc, fonts.Data.Values.Single()), "BaseFont")!;
        }
        Assert.Equal(TagOf("衡南县"), TagOf("衡南县"));
        Assert.NotEqual(TagOf("衡南县"), TagOf("湖南省"));
    }

    [Fact]
    public void Text_extracts_exactly_in_mixed_faces()
    {
        using var zh = SansSC();
        using var en = Sans();
        using var serif = Serif();
        var pdf = Write(
            Run(zh, "打造经济硬实力，", 14, 50, 100),
            Run(en, "Building Economic Strength: 10.0% (2020)", 14, 50, 130, null, "en"),
            Run(serif, "“Four Zones and One Garden”", 11, 50, 160, null, "en"),
            Run(zh, "“四区一花园”", 11, 50, 190));
        using var doc = Open(pdf);
        Assert.Equal("打造经济硬实力，Building Economic Strength: 10.0% (2020)“Four Zones and One Garden”“四区一花园”", Text(doc.GetPage(1)));
    }

    [Fact]
    public void Letters_sit_where_the_display_list_puts_them()
    {
        using var face = Sans();
        var item = Run(face, "AVATAR", 20, 72.25f, 100.5f, null, "en");
        var run = (GlyphRunVisual)item.Visual;
        // Spread the letters and raise one, so positioning cannot come from the font's advances alone.
        var xs = run.X.Select((x, i) => x + i * 3.7f).ToArray();
        var ys = run.Y.Select((y, i) => i == 3 ? -4f : y).ToArray();
        var moved = item with { Visual = run with { X = xs, Y = ys } };
        using var doc = Open(Write(moved));
        var letters = doc.GetPage(1).Letters;
        Assert.Equal("AVATAR", string.Concat(letters.Select(l => l.Value)));
        for (int i = 0; i < letters.Count; i++)
        {
            Assert.Equal(72.25 + xs[i], letters[i].StartBaseLine.X, 2);
            Assert.Equal(842 - (100.5 + ys[i]), letters[i].StartBaseLine.Y, 2);
            Assert.Equal(20, letters[i].PointSize, 2);
        }
    }

    [Fact]
    public void Chinese_letters_sit_on_their_advances()
    {
        using var face = SansSC();
        var item = Run(face, "衡南县第十三次党代会", 10.5f, 40, 60.25f);
        var run = (GlyphRunVisual)item.Visual;
        using var doc = Open(Write(item));
        var letters = doc.GetPage(1).Letters;
        Assert.Equal(run.Glyphs.Length, letters.Count);
        for (int i = 0; i < letters.Count; i++)
        {
            Assert.Equal(40 + run.X[i], letters[i].StartBaseLine.X, 2);
            Assert.Equal(842 - 60.25, letters[i].StartBaseLine.Y, 2);
        }
    }

    [Fact]
    public void Glyph_runs_map_clusters_to_text()
    {
        Assert.Equal(new string?[] { "a", "b", "c" }, Texts("abc", [0, 1, 2]));
        // Two glyphs for one cluster: the text extracts once.
        Assert.Equal(new string?[] { "é", null, "x" }, Texts("éx", [0, 0, 1]));
        // One glyph for two characters (a ligature or a surrogate pair).
        Assert.Equal(new string?[] { "fi", "x" }, Texts("fix", [0, 2]));
        Assert.Equal(new string?[] { "𠀀", "a" }, Texts("𠀀a", [0, 2]));
        // Clusters running backwards.
        Assert.Equal(new string?[] { "c", "b", "a" }, Texts("abc", [2, 1, 0]));

        static string?[] Texts(string text, int[] clusters) =>
            Enumerable.Range(0, clusters.Length).Select(i => ToUnicodeCMap.GlyphText(text, clusters, i, clusters.Length,
                clusters.Zip(clusters.Skip(1)).All(p => p.First <= p.Second))).ToArray();
    }

    [Fact]
    public void ToUnicode_cmap_lists_codes_in_blocks_of_at_most_100()
    {
        var map = Enumerable.Range(1, 150).ToDictionary(i => (ushort)i, i => ((char)('一' + i)).ToString());
        var cmap = System.Text.Encoding.ASCII.GetString(ToUnicodeCMap.Build(map));
        Assert.Contains("100 beginbfchar", cmap);
        Assert.Contains("50 beginbfchar", cmap);
        Assert.Contains("<0001> <4E01>", cmap);
        Assert.Contains("1 begincodespacerange\n<0000> <FFFF>", cmap);
    }

    [Fact]
    public void A_glyph_not_shaped_with_the_face_is_refused()
    {
        using var face = Sans();
        var item = Run(face, "A", 12, 0, 0, null, "en");
        var run = (GlyphRunVisual)item.Visual;
        var bad = item with { Visual = run with { Glyphs = [(ushort)(run.Glyphs[0] + 7)] } };
        Assert.Throws<InvalidOperationException>(() => Write(bad));
    }
}
