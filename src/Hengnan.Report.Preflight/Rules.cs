using static Hengnan.Report.Preflight.PreflightSeverity;
using static Hengnan.Report.Preflight.PreflightStandard;
using C = Hengnan.Report.Preflight.PreflightCodes;

namespace Hengnan.Report.Preflight;

/// <summary>Every message the preflighter can give, in English and Simplified Chinese.</summary>
internal static class Rules
{
    public static readonly Rule UnreadableX = new(C.Unreadable, Error, PdfX4,
        "the file cannot be read: {0}", "无法读取该文件：{0}");
    public static readonly Rule UnreadableUA = UnreadableX with { Standard = PdfUA1 };
    public static readonly Rule PageUnreadableX = new(C.Unreadable, Error, PdfX4,
        "the page cannot be read ({0}): {1}", "无法读取该页（{0}）：{1}");
    public static readonly Rule PageUnreadableUA = PageUnreadableX with { Standard = PdfUA1 };

    public static readonly Rule FontNotEmbedded = new(C.FontNotEmbedded, Error, PdfX4,
        "font {0} ({1}) is not embedded", "字体 {0}（{1}）未嵌入");
    public static readonly Rule Type3Font = new(C.Type3Font, Warning, PdfX4,
        "font {0} is a Type 3 font (glyphs drawn by PDF procedures; printers may reject or mis-render it)",
        "字体 {0} 为 Type 3 字体（字形由 PDF 过程绘制，印厂可能拒收或输出异常）");
    public static readonly Rule DeviceRgbColour = new(C.DeviceRgbColour, Error, PdfX4,
        "{0} colour setting(s) in DeviceRGB without an ICC profile (e.g. {1})",
        "{0} 处颜色使用 DeviceRGB 且无 ICC 特性文件（例如 {1}）");
    public static readonly Rule DeviceRgbImage = new(C.DeviceRgbImage, Error, PdfX4,
        "image {0}×{1} px is in {2} without an ICC profile",
        "图像 {0}×{1} 像素使用 {2} 且无 ICC 特性文件");
    public static readonly Rule NoOutputIntent = new(C.NoOutputIntent, Error, PdfX4,
        "no output intent with /S /GTS_PDFX (the printing condition is not declared)",
        "缺少 /S 为 /GTS_PDFX 的输出意图（未声明印刷条件）");
    public static readonly Rule OutputIntentNoProfile = new(C.OutputIntentNoProfile, Error, PdfX4,
        "the PDF/X output intent has no destination ICC profile (/DestOutputProfile)",
        "PDF/X 输出意图缺少目标 ICC 特性文件（/DestOutputProfile）");
    public static readonly Rule NoPdfxVersion = new(C.NoPdfxVersion, Error, PdfX4,
        "no GTS_PDFXVersion in the XMP metadata or the document information (the file does not identify itself as PDF/X-4)",
        "XMP 元数据和文档信息中均无 GTS_PDFXVersion（文件未声明为 PDF/X-4）");
    public static readonly Rule WrongPdfxVersion = new(C.NoPdfxVersion, Error, PdfX4,
        "GTS_PDFXVersion is \"{0}\", not PDF/X-4",
        "GTS_PDFXVersion 为“{0}”，不是 PDF/X-4");
    public static readonly Rule NoTrimBox = new(C.NoTrimBox, Error, PdfX4,
        "the page has neither a TrimBox nor an ArtBox (the finished size is not declared)",
        "该页既无 TrimBox 也无 ArtBox（未声明成品尺寸）");
    public static readonly Rule NoBleedBox = new(C.NoBleedBox, Warning, PdfX4,
        "the page has no BleedBox (the bleed is not declared)",
        "该页缺少 BleedBox（未声明出血范围）");
    public static readonly Rule BoxNotNested = new(C.BoxNotNested, Error, PdfX4,
        "the {0} {1} is not inside the {2} {3}",
        "{0} {1} 未完全位于 {2} {3} 之内");
    public static readonly Rule NoMediaBox = new(C.BoxNotNested, Error, PdfX4,
        "the page has no valid MediaBox",
        "该页缺少有效的 MediaBox");
    public static readonly Rule LowResolutionImage = new(C.LowResolutionImage, Warning, PdfX4,
        "image {0}×{1} px placed at {2}×{3} mm prints at {4} ppi (300 ppi needed)",
        "图像 {0}×{1} 像素，置入尺寸 {2}×{3} 毫米，有效分辨率 {4} ppi（应不低于 300 ppi）");
    public static readonly Rule VeryLowResolutionImage = new(C.VeryLowResolutionImage, Error, PdfX4,
        "image {0}×{1} px placed at {2}×{3} mm prints at {4} ppi (under 150 ppi: visibly pixelated)",
        "图像 {0}×{1} 像素，置入尺寸 {2}×{3} 毫米，有效分辨率 {4} ppi（低于 150 ppi，印刷会明显模糊）");
    public static readonly Rule Hairline = new(C.Hairline, Error, PdfX4,
        "{0} stroke(s) thinner than 0.25 pt (thinnest {1} pt; 0 means the thinnest line the device can draw)",
        "{0} 处描边细于 0.25 pt（最细 {1} pt；0 表示设备可绘制的最细线）");
    public static readonly Rule RichBlackText = new(C.RichBlackText, Error, PdfX4,
        "{0} text run(s) in black or grey built from several inks (e.g. {1}); black and grey text must be K only (0/0/0/k)",
        "{0} 处黑色或灰色文字由多种油墨叠印而成（例如 {1}）；黑色和灰色文字应只用 K 色（0/0/0/k）");
    public static readonly Rule Encrypted = new(C.Encrypted, Error, PdfX4,
        "the file is encrypted", "文件已加密");
    public static readonly Rule TrimAndArtBox = new(C.TrimAndArtBox, Error, PdfX4,
        "the page has both a TrimBox and an ArtBox", "该页同时有 TrimBox 和 ArtBox");

    public static readonly Rule NotMarked = new(C.NotMarked, Error, PdfUA1,
        "the document is not marked as tagged (/MarkInfo /Marked true is missing)",
        "文档未标记为带标签（缺少 /MarkInfo /Marked true）");
    public static readonly Rule NoStructureTree = new(C.NoStructureTree, Error, PdfUA1,
        "the document has no structure tree (/StructTreeRoot): it is not tagged",
        "文档没有结构树（/StructTreeRoot），即未加标签");
    public static readonly Rule FigureWithoutAlt = new(C.FigureWithoutAlt, Error, PdfUA1,
        "a {0} structure element has no alternative text (/Alt or /ActualText)",
        "{0} 结构元素缺少替代文字（/Alt 或 /ActualText）");
    public static readonly Rule NoLanguage = new(C.NoLanguage, Error, PdfUA1,
        "the document language (/Lang in the catalog) is not set",
        "未设置文档语言（目录中的 /Lang）");
    public static readonly Rule UntaggedText = new(C.UntaggedText, Error, PdfUA1,
        "{0} text run(s) are neither tagged content nor marked as artifacts",
        "{0} 处文字既不在带标签的内容中，也未标记为工件（Artifact）");
    public static readonly Rule NoDisplayDocTitle = new(C.NoDisplayDocTitle, Error, PdfUA1,
        "the viewer preferences do not set /DisplayDocTitle true (the window shows the file name, not the title)",
        "查看器首选项未设置 /DisplayDocTitle true（窗口显示文件名而非文档标题）");
    public static readonly Rule NoXmp = new(C.NoXmpTitle, Error, PdfUA1,
        "the document has no XMP metadata (so no dc:title)",
        "文档没有 XMP 元数据（因而没有 dc:title）");
    public static readonly Rule NoXmpTitle = new(C.NoXmpTitle, Error, PdfUA1,
        "the XMP metadata has no dc:title",
        "XMP 元数据中没有 dc:title");
    public static readonly Rule NoPdfUaId = new(C.NoPdfUaId, Error, PdfUA1,
        "the XMP metadata has no pdfuaid:part (the file does not identify itself as PDF/UA)",
        "XMP 元数据中没有 pdfuaid:part（文件未声明为 PDF/UA）");

    /// <summary>Every rule, for tests and documentation.</summary>
    public static IReadOnlyList<Rule> All { get; } = typeof(Rules)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule)).Select(f => (Rule)f.GetValue(null)!).ToArray();
}
