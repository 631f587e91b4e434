using System.Text.RegularExpressions;
using Hengnan.Report.Drawing;
using Hengnan.Report.Export.Pdf;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout;
using Hengnan.Report.Paging;
using SkiaSharp;

namespace Hengnan.Report.Engine.Tests.Export.Pdf;

/// <summary>
/// An 18-page brochure-like document made from the repository's own narrative (input/outline.txt):
/// running heads and folios (artifacts), headings, Chinese and English paragraphs broken greedily into
/// lines, KPI cards in a spot colour, a photo (JPEG) on every section, a logo with transparency, a
/// contents page with links, bookmarks and page labels. For determinism, size and speed checks.
/// </summary>
internal sealed class SampleBrochure : IDisposable
{
    private const float Width = 595, Height = 808, Margin = 50;
    private readonly FontFace _sansZh = PdfTestKit.SansSC();
    private readonly FontFace _serifZh = new("serif-zh", PdfTestKit.FontPath("NotoSerifSC_400Regular.ttf"));
    private readonly FontFace _boldZh = new("sans-zh-bold", PdfTestKit.FontPath("NotoSansSC_700Bold.ttf"));
    private readonly FontFace _serif = PdfTestKit.Serif();
    private readonly FontFace _sans = PdfTestKit.Sans();

    public PdfDocumentRequest Request { get; }

    public SampleBrochure(int pageCount = 18)
    {
        var sections = ReadOutline();
        var photo = ImageAsset.Decode(Photo(1200, 800), "photo.jpg");
        var logo = PdfTestKit.Png(120, 120, new SKColor(200, 16, 46, 255));
        var red = Color.Spot("PANTONE 186 C", Color.Cmyk(0, 0.91f, 0.76f, 0.06f));

        var pages = new List<List<DisplayItem>>();
        var bookmarks = new List<PdfBookmark>();
        List<DisplayItem> page = null!;
        float y = 0;
        void NewPage()
        {
            page = new List<DisplayItem>();
            pages.Add(page);
            int number = pages.Count;
            page.Add(Line(_sansZh, "奋进新征程 建功新时代", 8, Margin, 30, StructureNode.Artifact, "zh-CN", Color.Cmyk(0, 0, 0, 0.6f)));
            page.Add(Line(_sans, "Forging Ahead on the New Journey", 8, Width - Margin - 140, 30, StructureNode.Artifact, "en", Color.Cmyk(0, 0, 0, 0.6f)));
            page.Add(new DisplayItem(Margin, 36, PathVisual.Line(Width - 2 * Margin, 0, red, 0.5f), StructureNode.Artifact));
            page.Add(Line(_sans, number.ToString(System.Globalization.CultureInfo.InvariantCulture), 9, Width / 2, Height - 30, StructureNode.Artifact, "en", Color.Black));
            y = 70;
        }

        // Cover and contents.
        NewPage();
        page.Add(new DisplayItem(0, 0, PathVisual.Rect(Width, Height * 0.55f, red), StructureNode.Artifact));
        page.Add(new DisplayItem(0, Height * 0.55f - 40, PathVisual.Rect(Width, 40, Color.Rgb(255, 255, 255, 90)), StructureNode.Artifact));
        page.Add(new DisplayItem(Width - 170, 40, new ImageVisual(120, 120, logo), new StructureNode(StructureRole.Figure, "衡南县徽标")));
        var title = new StructureNode(StructureRole.H1);
        page.Add(Line(_boldZh, "奋进新征程 建功新时代", 30, Margin, 300, title, "zh-CN", Color.White));
        page.Add(Line(_serif, "Forging Ahead on the New Journey", 18, Margin, 340, title, "en", Color.White));
        NewPage();
        page.Add(Line(_boldZh, "目录 Contents", 20, Margin, y += 20, new StructureNode(StructureRole.H1), "zh-CN", Color.Black));
        y += 20;
        for (int s = 0; s < sections.Count; s++)
        {
            var entry = new StructureNode(StructureRole.Link);
            page.Add(Line(_sansZh, sections[s].Title, 12, Margin, y += 22, entry, "zh-CN", Color.Black));
            page.Add(new DisplayItem(Margin, y - 12, new LinkVisual(Width - 2 * Margin, 16, "s" + s, sections[s].Title), entry));
        }

        for (int s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            NewPage();
            bookmarks.Add(new PdfBookmark(section.Title, pages.Count - 1, []));
            page.Add(new DisplayItem(Margin, y - 20, new AnchorVisual("s" + s), null));
            var h1 = new StructureNode(StructureRole.H1);
            var parts = section.Title.Split(" | ");
            page.Add(Line(_boldZh, parts[0], 22, Margin, y += 10, h1, "zh-CN", Color.Black));
            if (parts.Length > 1) page.Add(Line(_serif, parts[1], 16, Margin, y += 24, h1, "en", Color.Black));
            y += 16;
            // KPI cards.
            for (int k = 0; k < 3; k++)
            {
                var card = new StructureNode(StructureRole.P);
                float x = Margin + k * 168;
                page.Add(new DisplayItem(x, y, PathVisual.Rect(160, 60, red.Tinted(0.15f), red, 0.75f, 6), StructureNode.Artifact));
                page.Add(Line(_boldZh, (123.4 + k * 11).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "亿元", 18, x + 10, y + 30, card, "zh-CN", Color.Black));
                page.Add(Line(_sans, "GDP, 2020", 9, x + 10, y + 48, card, "en", Color.Cmyk(0, 0, 0, 0.7f)));
            }
            y += 76;
            var figure = new StructureNode(StructureRole.Figure, "衡南县风光 Hengnan scenery");
            page.Add(new DisplayItem(Margin, y, new ImageVisual(Width - 2 * Margin, 150, photo), figure));
            y += 166;
            foreach (var (zh, en) in section.Paragraphs)
            {
                Paragraph(zh, _serifZh, 10.5f, "zh-CN");
                Paragraph(en, _serif, 9.5f, "en");
            }
        }
        while (pages.Count < pageCount) NewPage();
        if (pages.Count > pageCount) pages.RemoveRange(pageCount, pages.Count - pageCount);

        foreach (var f in new[] { _sansZh, _serifZh, _boldZh, _serif, _sans }) f.Seal();
        var back = new PdfPanel(Margin, 500, new Rect(0, 0, Width - 2 * Margin, 120), [
            new DisplayItem(-30, -30, new ImageVisual(Width, 200, photo), StructureNode.Artifact),
            new DisplayItem(0, 0, new PathVisual(PathData.Circle(60, 60, 40), null, new Stroke(Color.Rgb(255, 255, 255, 160), 3, [6, 3], LineCap.Round)), StructureNode.Artifact),
        ]);
        Request = new PdfDocumentRequest(
            pages.Select((items, i) => new PdfPage(Width, Height, i == pages.Count - 1 ? [new PdfPanel(0, 0, null, items), back] : [new PdfPanel(0, 0, null, items)])
            {
                TrimBox = new Rect(0, 0, Width, Height), BleedBox = new Rect(0, 0, Width, Height),
            }).ToList(),
            new PdfMetadata("奋进新征程 建功新时代", "衡南县", "中国共产党衡南县第十三次代表大会", "衡南县, Hengnan County", "zh-CN",
                new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc)))
        {
            Bookmarks = bookmarks,
            PageLabels = [new PageLabelRange(0, "r", null, 1), new PageLabelRange(2, "D", null, 1)],
        };

        void Paragraph(string text, FontFace face, float size, string language)
        {
            var node = new StructureNode(StructureRole.P, language: language == "en" ? "en" : null);
            float measure = Width - 2 * Margin, lineHeight = size * 1.6f;
            var shaped = face.Shape(text);
            int start = 0;
            while (start < text.Length)
            {
                // Greedy: as many characters as fit (English breaks at a space).
                float w = 0;
                int end = start, lastSpace = -1;
                for (int i = 0; i < shaped.Glyphs.Length; i++)
                {
                    if (shaped.Clusters[i] < start) continue;
                    if (w + shaped.Advances[i] * size > measure) break;
                    w += shaped.Advances[i] * size;
                    end = i + 1 < shaped.Glyphs.Length ? shaped.Clusters[i + 1] : text.Length;
                    if (text[shaped.Clusters[i]] == ' ') lastSpace = shaped.Clusters[i];
                }
                if (end < text.Length && language == "en" && lastSpace > start) end = lastSpace + 1;
                if (end <= start) end = start + 1;
                if (y + lineHeight > Height - 60) NewPage();
                page.Add(Line(face, text[start..end].TrimEnd(), size, Margin, y += lineHeight, node, language, Color.Black));
                start = end;
            }
            y += size * 0.8f;
        }
    }

    private static DisplayItem Line(FontFace face, string text, float size, float x, float y, StructureNode? node, string language, Color color) =>
        PdfTestKit.Run(face, text, size, x, y, node, language, color);

    private sealed record Section(string Title, List<(string Zh, string En)> Paragraphs);

    private static List<Section> ReadOutline()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "input", "outline.txt"))) dir = dir.Parent;
        var lines = File.ReadAllLines(Path.Combine(dir!.FullName, "input", "outline.txt"));
        var sections = new List<Section>();
        string? zh = null;
        foreach (var raw in lines)
        {
            var line = Regex.Replace(raw, @"\{[^}]*\}", "123.4");
            if (line.StartsWith("title:", StringComparison.Ordinal)) sections.Add(new Section(line[6..].Trim(), new()));
            else if (line.StartsWith("zh:", StringComparison.Ordinal)) zh = line[3..].Trim();
            else if (line.StartsWith("en:", StringComparison.Ordinal) && zh is not null && sections.Count > 0)
            {
                sections[^1].Paragraphs.Add((zh, line[3..].Trim()));
                zh = null;
            }
        }
        return sections;
    }

    private static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(40, 110, 60), new SKColor(180, 210, 240)], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, paint);
            var random = new Random(1);
            using var dot = new SKPaint { IsAntialias = true };
            for (int i = 0; i < 400; i++)
            {
                dot.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 120);
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(5, 40), dot);
            }
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    public void Dispose()
    {
        foreach (var f in new[] { _sansZh, _serifZh, _boldZh, _serif, _sans }) f.Dispose();
    }
}
