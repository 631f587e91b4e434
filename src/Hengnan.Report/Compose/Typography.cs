using Hengnan.Report.Content;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout.Text;

namespace Hengnan.Report.Compose;

/// <summary>
/// The brochure's type system. Chinese body: serif, 10.5 pt (五号), justified, two-character indent,
/// leading 1.8. English body: serif, 9.5 pt, justified with hyphenation, set apart in a softer colour.
/// Headings in sans. Sizes are on the body em so columns hold a whole number of characters.
/// </summary>
public sealed class Typography
{
    /// <param name="keepWhole">Words never hyphenated (the edition's hyphenate.never: names and pinyin).</param>
    public Typography(FontLibrary fonts, Palette palette, IReadOnlyCollection<string>? keepWhole = null)
    {
        var whole = new HashSet<string>(keepWhole ?? [], StringComparer.OrdinalIgnoreCase);
        Fonts = fonts;
        Palette = palette;
        var serifEn = fonts["serif-en"];
        var serifZh = fonts["serif-zh"];
        var sansEn = fonts["sans-en"];
        var sansZh = fonts["sans-zh"];
        var sansEnBold = fonts["sans-en-bold"];
        var sansZhBold = fonts["sans-zh-bold"];
        var italicEn = fonts["serif-en-italic"];
        BodyZh = new TextStyle(serifEn, serifZh, BodySize, palette.Text);
        BodyEn = new TextStyle(serifEn, serifZh, 9.5f, palette.Text.Mix(palette.Muted, 1f / 3));
        CaptionZh = new TextStyle(sansEn, sansZh, 8.5f, palette.Text);
        CaptionEn = new TextStyle(italicEn, sansZh, 8.5f, palette.Muted);
        Sans = new TextStyle(sansEn, sansZh, 9, palette.Text);
        SansBold = new TextStyle(sansEnBold, sansZhBold, 9, palette.Text);
        BodyZhPara = new ParagraphStyle(Language.Zh, TextAlign.Justify, 2, BodySize * 1.8f) { KeepWhole = whole };
        BodyEnPara = new ParagraphStyle(Language.En, TextAlign.Justify, 0, 9.5f * 1.5f) { KeepWhole = whole };
        // An English edition reads English as its main text: the Chinese body's size and full colour.
        BodyEnAlone = new TextStyle(serifEn, serifZh, BodySize, palette.Text);
        BodyEnAlonePara = new ParagraphStyle(Language.En, TextAlign.Justify, 0, BodySize * 1.5f) { KeepWhole = whole };
    }

    /// <summary>Characters an English line should hold: readable text runs 45–75; the brochure aims near the top.</summary>
    public const int EnglishLineCharacters = 66;

    /// <summary>The average advance of English text in the serif, in em (measured on the sample's English: 0.47).</summary>
    private const float EnglishAverageAdvance = 0.47f;

    /// <summary>
    /// How far in from the left English body text is set so a line holds about <see cref="EnglishLineCharacters"/>
    /// characters: the full measure suits 45 Chinese characters but would run English lines of about 100.
    /// </summary>
    public static float EnglishIndent(float measure, float size) =>
        Math.Max(0, measure - EnglishLineCharacters * EnglishAverageAdvance * size);

    public const float BodySize = 10.5f;

    // Charts, a step down from the captions: the title heads the chart; the figures, in bold, are the next
    // level; category and axis labels and legends are smaller; the second language (the English of a
    // bilingual chart), the unit line and notes the smallest. Digits are set in the Latin face.
    public const float ChartTitleSize = 9.5f;
    public const float ChartValueSize = 8f;
    public const float ChartLabelSize = 7.5f;
    public const float ChartUnitSize = 7f;
    public const float ChartSecondSize = 6.5f;

    public FontLibrary Fonts { get; }
    public Palette Palette { get; }
    public TextStyle BodyZh { get; }
    public TextStyle BodyEn { get; }
    public TextStyle CaptionZh { get; }
    public TextStyle CaptionEn { get; }
    public TextStyle Sans { get; }
    public TextStyle SansBold { get; }
    public ParagraphStyle BodyZhPara { get; }
    public ParagraphStyle BodyEnPara { get; }
    public TextStyle BodyEnAlone { get; }
    public ParagraphStyle BodyEnAlonePara { get; }

    public TextStyle For(Language language) => language == Language.Zh ? BodyZh : BodyEn;
    public ParagraphStyle ParaFor(Language language) => language == Language.Zh ? BodyZhPara : BodyEnPara;

    public static ParagraphStyle Line(Language language, float size, TextAlign align = TextAlign.Left, float leading = 1.35f) =>
        new(language, align, 0, size * leading) { Hyphenate = false, MinLinesAtEdge = 1 };
}
