using System.Text;
using Hengnan.Report.Fonts;
using Hengnan.Report.Layout.Text.Breaking;
using Hengnan.Report.Layout.Text.Hyphenation;
using Hengnan.Report.Layout.Text.LineBreaking;

namespace Hengnan.Report.Layout.Text;

/// <summary>
/// Sets a paragraph into lines: segments the text into atoms (Han characters, punctuation, Latin
/// words), shapes them with HarfBuzz, turns them into Knuth–Plass boxes, glue and penalties that
/// encode the clreq rules, breaks optimally and positions the glyphs.
/// </summary>
public static class ParagraphLayouter
{
    // Stretch of the gap between two Han characters, in em: justification spreads inter-character
    // space (clreq §3.8 "adjustment of inter-character spacing") when nothing else can absorb it.
    private const float HanStretch = 0.08f;
    // clreq §3.2.2 / Typst add_cjk_latin_spacing: a quarter em between Han and Latin, shrinkable to an eighth.
    private const float HanLatinSpace = 0.25f, HanLatinShrink = 0.125f, HanLatinStretch = 0.08f;
    private const double HyphenPenalty = 50;
    // A last line of a single short word (a runt) looks like a mistake: breaking before the last word costs
    // extra (Typst's "runt" cost), so Knuth–Plass carries a second word down when it can.
    private const double RuntPenalty = 200;

    private enum AtomKind { Text, Space }

    private sealed class Atom
    {
        public required int Start;
        public required int End;
        public required CharClass Class;
        public required TextStyle Style;
        public char First, Last;
        public readonly List<GlyphSlice> Slices = new();
        public List<int>? HyphenPoints; // glyph indexes into Slices[0] where a hyphen may go
        public float Width => Slices.Sum(s => s.Width);
        public bool IsPunctuation => Class is CharClass.Closing or CharClass.Opening;
    }

    public static IReadOnlyList<TextLine> Lay(IReadOnlyList<TextSpan> spans, ParagraphStyle style, float width, ICollection<LayoutProblem> problems)
    {
        var sb = new StringBuilder();
        var styleAt = new List<TextStyle>();
        foreach (var span in spans)
        {
            sb.Append(span.Text);
            // Every character knows its language: the span's where it says, else the paragraph's; Han characters
            // and CJK punctuation quoted in English text (a Chinese book title) are Chinese, so a screen reader
            // switches voice for them (PDF/UA: a language on every span).
            var spanStyle = span.Style.Language is null ? span.Style with { Language = style.Language.Tag() } : span.Style;
            var quoted = span.Style.Language is null && style.Language == Language.En ? span.Style with { Language = Language.Zh.Tag() } : spanStyle;
            for (int i = 0; i < span.Text.Length; i++) styleAt.Add(span.Text[i] >= '\u2E80' && !char.IsLowSurrogate(span.Text[i]) ? quoted : spanStyle);
        }
        var text = sb.ToString();
        if (text.Length == 0) return [];
        bool zh = style.Language == Language.Zh;
        var breaks = zh ? ChineseLineBreaker.Analyze(text) : UnicodeLineBreaker.Analyze(text);
        var atoms = Segment(text, styleAt, breaks, zh);
        foreach (var atom in atoms) Shape(atom, text, problems);
        if (!zh && style.Hyphenate)
        {
            // The last word is never broken: half a word alone on the last line is the worst runt.
            int last = atoms.FindLastIndex(a => a.Class == CharClass.Latin);
            for (int i = 0; i < last; i++) FindHyphenPoints(atoms[i], text, style.KeepWhole);
        }

        var (items, payloads) = BuildItems(atoms, breaks, style, zh);
        // Justified text must stay within the stretch tolerance; ragged text may leave lines short, so any
        // looseness is acceptable and Knuth–Plass only evens the rag.
        var options = new BreakOptions
        {
            Tolerance = style.Align == TextAlign.Justify ? (zh ? 4 : 3) : 1000,
            EmergencyStretch = width * 0.1,
        };
        var result = KnuthPlassBreaker.Break(items, _ => width, options);
        // Nothing overflows silently: a line wider than the column (an unbreakable run) is an error.
        if (result.Lines.Any(l => l.Ratio < -1.0001))
            problems.Add(new LayoutProblem($"a line of \"{Excerpt(text)}\" is wider than its column ({width:0.#} pt)")
                { Key = "LAY001.line", Args = [Excerpt(text), $"{width:0.#}"] });
        return BuildLines(result, items, payloads, atoms, style, width, text);
    }

    private static string Excerpt(string text) => text.Length <= 24 ? text : text[..24] + "…";

    private static List<Atom> Segment(string text, List<TextStyle> styleAt, BreakOpportunity[] breaks, bool zh)
    {
        var atoms = new List<Atom>();
        int i = 0;
        while (i < text.Length)
        {
            int cp = char.ConvertToUtf32OrFallback(text, i, out int len);
            var cls = CharClassifier.Classify(cp, zh);
            int end = i + len;
            if (cls == CharClass.Space)
            {
                while (end < text.Length && CharClassifier.Classify(text[end], zh) == CharClass.Space) end++;
            }
            else if (cls == CharClass.Latin)
            {
                // A Latin word runs until a space, a non-Latin character, a style change or a break opportunity (after a hyphen).
                while (end < text.Length)
                {
                    int c2 = char.ConvertToUtf32OrFallback(text, end, out int l2);
                    if (CharClassifier.Classify(c2, zh) != CharClass.Latin || styleAt[end] != styleAt[i] || breaks[end] != BreakOpportunity.None) break;
                    end += l2;
                }
            }
            else if (cls == CharClass.Middle && (cp is 0x2014 or 0x2026 or 0x22EF))
            {
                // clreq §3.1.8: —— and …… are one unit, never split.
                while (end < text.Length && text[end] == text[i]) end++;
            }
            atoms.Add(new Atom { Start = i, End = end, Class = cls, Style = styleAt[i], First = text[i], Last = text[end - 1] });
            i = end;
        }
        return atoms;
    }

    private static void Shape(Atom atom, string text, ICollection<LayoutProblem> problems)
    {
        if (atom.Class == CharClass.Space) return;
        var style = atom.Style;
        var primary = atom.Class == CharClass.Latin ? style.Latin : style.Cjk;
        var secondary = primary == style.Latin ? style.Cjk : style.Latin;
        // The fallback chain: the face for the character's script, the other face, then any extra faces.
        var chain = new List<FontFace> { primary, secondary };
        chain.AddRange(style.Fallbacks);
        // Split into runs by face: a character the primary face lacks comes from the next face in the chain.
        int runStart = atom.Start;
        FontFace? runFace = null;
        for (int i = atom.Start; i < atom.End;)
        {
            int cp = char.ConvertToUtf32OrFallback(text, i, out int len);
            FontFace face = chain.FirstOrDefault(f => f.Covers(cp)) ?? primary;
            if (!face.Covers(cp))
                problems.Add(new LayoutProblem($"U+{cp:X4} '{char.ConvertFromUtf32(cp)}' is in no font ({string.Join(", ", chain.Select(f => f.Name))}); it would print as an empty box, in \"{Excerpt(text)}\"", null, "FNT001")
                    { Key = "FNT001.fonts", Args = [$"{cp:X4}", char.ConvertFromUtf32(cp), string.Join(", ", chain.Select(f => f.Name)), Excerpt(text)], Offset = i });
            if (runFace is not null && face != runFace)
            {
                AddRun(atom, runFace, text[runStart..i]);
                runStart = i;
            }
            runFace = face;
            i += len;
        }
        AddRun(atom, runFace!, text[runStart..atom.End]);
    }

    private static void AddRun(Atom atom, FontFace face, string s)
    {
        var shaped = face.Shape(s);
        atom.Slices.Add(new GlyphSlice(shaped, 0, shaped.Glyphs.Length, atom.Style.Size, atom.Style.Color, 0, atom.Style.Language!));
    }

    private static void FindHyphenPoints(Atom atom, string text, IReadOnlySet<string>? keepWhole)
    {
        if (atom.Class != CharClass.Latin || atom.Slices.Count != 1) return;
        var word = text[atom.Start..atom.End];
        // The letters of the word, without leading or trailing punctuation ("growth," → growth).
        int a = 0, b = word.Length;
        while (a < b && !char.IsLetter(word[a])) a++;
        while (b > a && !char.IsLetter(word[b - 1])) b--;
        if (b - a < 5) return;
        var core = word[a..b];
        if (!core.All(char.IsLetter)) return;
        // Proper names and pinyin (Hengnan, Hunan, Xi Jinping) are not divided: a capitalised word is a name
        // more often than not in this text, and a divided name reads badly and searches worse.
        if (char.IsUpper(core[0]) || keepWhole?.Contains(core) == true) return;
        var points = Hyphenation.Hyphenator.EnglishUS.Points(core);
        if (points.Count == 0) return;
        var shaped = atom.Slices[0].Shaped;
        var glyphPoints = new List<int>();
        foreach (var p in points)
        {
            int cluster = a + p;
            // A hyphen may go only between glyph clusters (never inside a ligature).
            int g = Array.IndexOf(shaped.Clusters, cluster);
            if (g > 0) glyphPoints.Add(g);
        }
        atom.HyphenPoints = glyphPoints.Count > 0 ? glyphPoints : null;
    }

    /// <summary>What a box draws, or what a flagged break adds at the line end (a hyphen).</summary>
    private sealed record Payload(IReadOnlyList<GlyphSlice> Slices, int AtomIndex, int TextStart = -1, int TextEnd = -1);

    private static (List<BreakItem>, List<Payload?>) BuildItems(List<Atom> atoms, BreakOpportunity[] breaks, ParagraphStyle style, bool zh)
    {
        var items = new List<BreakItem>();
        var payloads = new List<Payload?>();
        void Add(BreakItem item, Payload? payload = null)
        {
            items.Add(item);
            payloads.Add(payload);
        }

        var first = atoms.FirstOrDefault(a => a.Class != CharClass.Space);
        float firstSize = first?.Style.Size ?? 10;
        if (style.FirstLineIndentEm > 0) Add(BreakItem.Box(style.FirstLineIndentEm * firstSize));

        // clreq §3.1.5 / §3.1.4: no paragraph ends with a line of a single character; breaks that would
        // leave fewer than two characters (punctuation not counted) after them are not allowed.
        int contentAtoms = atoms.Count(a => a.Class is CharClass.Ideographic or CharClass.Latin or CharClass.Middle);
        int seenContent = 0;

        Atom? prev = null;
        bool spaceBefore = false;
        int lastWord = atoms.FindLastIndex(a => a.Class == CharClass.Latin);
        for (int k = 0; k < atoms.Count; k++)
        {
            var atom = atoms[k];
            if (atom.Class == CharClass.Space)
            {
                spaceBefore = prev is not null;
                continue;
            }
            bool allowed = prev is not null && breaks[atom.Start] == BreakOpportunity.Allowed
                           && !(zh && contentAtoms - seenContent < 2);
            if (prev is null)
            {
                // An opening mark at the very start of a paragraph keeps its full width (Typst #2348).
                if (atom.Class == CharClass.Opening) Add(BreakItem.Box(atom.Style.Size * 0.5f));
            }
            else
            {
                if (!zh && k == lastWord && spaceBefore && allowed) Add(BreakItem.Penalty(0, RuntPenalty, false), null);
                EmitGap(prev, atom, spaceBefore, allowed, Add);
            }
            EmitAtom(atom, k, Add);
            if (atom.Class is CharClass.Ideographic or CharClass.Latin or CharClass.Middle) seenContent++;
            prev = atom;
            spaceBefore = false;
        }
        // Finishing sequence (Knuth–Plass): forbid a break, fill the last line, force the final break.
        Add(BreakItem.Penalty(0, BreakItem.Infinity, false));
        Add(BreakItem.Glue(0, 100000, 0));
        Add(BreakItem.Penalty(0, -BreakItem.Infinity, false));
        return (items, payloads);
    }

    private static void EmitGap(Atom p, Atom n, bool space, bool allowed, Action<BreakItem, Payload?> add)
    {
        bool pLatin = p.Class == CharClass.Latin, nLatin = n.Class == CharClass.Latin;
        float emP = p.Style.Size, emN = n.Style.Size;
        BreakItem? glue = null;
        Payload? spaceGlyph = null;
        double breakPenalty = 0;
        bool flagged = false;

        if (pLatin && nLatin)
        {
            if (space)
            {
                // A word space; it also carries a space glyph so that copied and extracted text keeps its words apart.
                var shapedSpace = n.Style.Latin.Shape(" ");
                float sw = shapedSpace.Width * n.Style.Size;
                glue = BreakItem.Glue(sw, sw * 0.5, sw * 0.33);
                spaceGlyph = new Payload([new GlyphSlice(shapedSpace, 0, shapedSpace.Glyphs.Length, n.Style.Size, n.Style.Color, 0, n.Style.Language!)], -1);
            }
            else if (allowed)
            {
                // A break inside a word after its own hyphen or dash (UAX #14 BA/HY): counts as a hyphenated line.
                breakPenalty = HyphenPenalty;
                flagged = true;
            }
        }
        else if (space && !pLatin && !nLatin && p.Class is CharClass.Ideographic or CharClass.Middle && n.Class is CharClass.Ideographic or CharClass.Middle)
        {
            // A space the author typed between Han characters (titles: 奋进新征程 建功新时代) is kept as a full em.
            float em = Math.Max(emP, emN);
            glue = BreakItem.Glue(em, em * HanStretch, em * 0.5);
        }
        else if (p.Class == CharClass.Closing && n.Class == CharClass.Closing)
        {
            // clreq §3.1.6: two adjacent marks (。」) together take 1.5 em, not 2: no gap.
        }
        else if (p.Class == CharClass.Opening && (n.Class == CharClass.Opening || n.Class == CharClass.Closing))
        {
        }
        else if (p.Class == CharClass.Closing || n.Class == CharClass.Opening)
        {
            // The half em a closing mark leaves after it, or an opening mark before it: absorbable
            // (clreq §3.1.6 reduction order) and dropped at a line end (GB/T 15834 §5.1.10).
            float em = p.Class == CharClass.Closing ? emP : emN;
            glue = BreakItem.Glue(em * 0.5, 0, em * 0.5);
        }
        else if (n.Class == CharClass.Closing || p.Class == CharClass.Opening)
        {
            // No space before ，。 or inside brackets (clreq §3.2.2).
        }
        else if (pLatin != nLatin && (!SpacedFromHan(pLatin ? p.Last : n.First) || (pLatin ? n.Class : p.Class) != CharClass.Ideographic))
        {
            // Western punctuation next to Han (斤/亩), or Latin next to a CJK mark (2019—2020): no extra space
            // (clreq §3.2.2 spaces only letters and digits, and only from Han characters).
            if (space) glue = BreakItem.Glue(Math.Max(emP, emN) * HanLatinSpace, Math.Max(emP, emN) * HanLatinStretch, Math.Max(emP, emN) * HanLatinShrink);
        }
        else if (pLatin != nLatin)
        {
            // Han next to Latin or digits: a quarter em whether or not the author typed a space (clreq §3.2.2).
            float em = pLatin ? emN : emP;
            glue = BreakItem.Glue(em * HanLatinSpace, em * HanLatinStretch, em * HanLatinShrink);
        }
        else
        {
            // Between Han characters: no natural space, a little stretch for justification.
            float em = Math.Max(emP, emN);
            glue = BreakItem.Glue(0, em * HanStretch, 0);
        }

        if (!allowed && glue is not null) add(BreakItem.Penalty(0, BreakItem.Infinity, false), null);
        else if (allowed && glue is null) add(BreakItem.Penalty(0, breakPenalty, flagged), null);
        if (glue is { } g) add(g, spaceGlyph);
    }

    /// <summary>Letters, digits and # $ % &amp; get the quarter em from Han characters (Typst's add_cjk_latin_spacing set).</summary>
    private static bool SpacedFromHan(char c) => char.IsLetterOrDigit(c) || c is '#' or '$' or '%' or '&';

    private static void EmitAtom(Atom atom, int index, Action<BreakItem, Payload?> add)
    {
        float em = atom.Style.Size;
        switch (atom.Class)
        {
            case CharClass.Closing:
                // Ink on the left half: the box is half an em; the other half is the gap glue.
                add(BreakItem.Box(em * 0.5), new Payload(atom.Slices, index));
                return;
            case CharClass.Opening:
                add(BreakItem.Box(em * 0.5), new Payload(atom.Slices.Select(s => s with { Shift = -em * 0.5f }).ToList(), index));
                return;
        }
        if (atom.HyphenPoints is { } points)
        {
            var s = atom.Slices[0];
            var hyphen = atom.Style.Latin.Shape("-");
            var hyphenSlice = new GlyphSlice(hyphen, 0, hyphen.Glyphs.Length, s.Size, s.Color, 0, s.Language);
            int from = 0;
            foreach (var g in points.Append(s.Shaped.Glyphs.Length))
            {
                var piece = s with { Start = from, End = g };
                int textStart = atom.Start + s.Shaped.Clusters[from];
                int textEnd = g < s.Shaped.Glyphs.Length ? atom.Start + s.Shaped.Clusters[g] : atom.End;
                add(BreakItem.Box(piece.Width), new Payload([piece], index, textStart, textEnd));
                if (g < s.Shaped.Glyphs.Length)
                    add(BreakItem.Penalty(hyphenSlice.Width, HyphenPenalty, true), new Payload([hyphenSlice], index));
                from = g;
            }
            return;
        }
        add(BreakItem.Box(atom.Width), new Payload(atom.Slices, index));
    }

    private static List<TextLine> BuildLines(LineBreakResult result, List<BreakItem> items, List<Payload?> payloads,
        List<Atom> atoms, ParagraphStyle style, float width, string text)
    {
        var lines = new List<TextLine>();
        var addedHyphen = new List<bool>();
        for (int li = 0; li < result.Lines.Count; li++)
        {
            var line = result.Lines[li];
            bool last = li == result.Lines.Count - 1;
            double r = line.Ratio;
            if (style.Align != TextAlign.Justify || last) r = Math.Min(r, 0);
            if (double.IsNaN(r) || double.IsInfinity(r)) r = 0;
            var placedSlices = new List<(float X, GlyphSlice Slice)>();
            double x = 0;
            int firstChar = -1, lastChar = -1;
            for (int i = line.Start; i < line.End && i < items.Count; i++)
            {
                var item = items[i];
                switch (item.Kind)
                {
                    case BreakItemKind.Box:
                        if (payloads[i] is { } p)
                        {
                            double px = x;
                            foreach (var slice in p.Slices)
                            {
                                placedSlices.Add(((float)px, slice));
                                px += slice.Width;
                            }
                            int from = p.TextStart >= 0 ? p.TextStart : atoms[p.AtomIndex].Start;
                            int to = p.TextEnd >= 0 ? p.TextEnd : atoms[p.AtomIndex].End;
                            if (firstChar < 0) firstChar = from;
                            lastChar = to;
                        }
                        x += item.Width;
                        break;
                    case BreakItemKind.Glue:
                        if (payloads[i] is { } space)
                            foreach (var slice in space.Slices) placedSlices.Add(((float)x, slice));
                        x += item.Width + (r >= 0 ? r * item.Stretch : r * item.Shrink);
                        break;
                }
            }
            bool hyphenated = false;
            if (line.End < items.Count && items[line.End] is { Kind: BreakItemKind.Penalty, Flagged: true } brk && brk.Width > 0 && payloads[line.End] is { } hp)
            {
                foreach (var slice in hp.Slices) placedSlices.Add(((float)x, slice));
                x += brk.Width;
                hyphenated = true;
            }
            else if (line.End < items.Count && items[line.End].Flagged) hyphenated = true;

            float natural = (float)x;
            float offset = style.Align switch
            {
                TextAlign.Center => (width - natural) / 2,
                TextAlign.Right => width - natural,
                _ => 0,
            };
            float maxSize = placedSlices.Count > 0 ? placedSlices.Max(s => s.Slice.Size) : 10;
            // Baseline: the em box (-0.12 em … 0.88 em for the CJK faces) centred in the line's leading.
            float baseline = style.Leading / 2 + maxSize * 0.38f;
            var visuals = ToRuns(placedSlices, offset, baseline);
            var lineText = firstChar < 0 ? "" : text[firstChar..lastChar] + (hyphenated && items[line.End].Width > 0 ? "-" : "");
            lines.Add(new TextLine(visuals, natural, style.Leading, lineText, hyphenated));
            addedHyphen.Add(hyphenated && items[line.End].Width > 0);
        }
        return SplitWords.Mark(lines, addedHyphen);
    }

    private static List<Placed> ToRuns(List<(float X, GlyphSlice Slice)> slices, float offset, float baseline)
    {
        var runs = new List<Placed>();
        int i = 0;
        while (i < slices.Count)
        {
            var s0 = slices[i].Slice;
            var glyphs = new List<ushort>();
            var xs = new List<float>();
            var ys = new List<float>();
            var clusters = new List<int>();
            var sb = new StringBuilder();
            int j = i;
            while (j < slices.Count && slices[j].Slice.Shaped.Face == s0.Shaped.Face && slices[j].Slice.Size == s0.Size
                   && slices[j].Slice.Color == s0.Color && slices[j].Slice.Language == s0.Language)
            {
                var (x, s) = slices[j];
                float pen = x + s.Shift;
                // The characters this slice stands for: from its first glyph's cluster to the next slice's.
                var shaped = s.Shaped;
                int textStart = s.Start < shaped.Glyphs.Length ? shaped.Clusters[s.Start] : shaped.Text.Length;
                int textEnd = s.End < shaped.Glyphs.Length ? shaped.Clusters[s.End] : shaped.Text.Length;
                for (int g = s.Start; g < s.End; g++)
                {
                    glyphs.Add(shaped.Glyphs[g]);
                    xs.Add(offset + pen + shaped.OffsetsX[g] * s.Size);
                    ys.Add(shaped.OffsetsY[g] * s.Size);
                    clusters.Add(sb.Length + shaped.Clusters[g] - textStart);
                    pen += shaped.Advances[g] * s.Size;
                }
                sb.Append(shaped.Text, textStart, Math.Max(0, textEnd - textStart));
                j++;
            }
            runs.Add(new Placed(0, baseline, new GlyphRunVisual(s0.Shaped.Face, s0.Size, s0.Color, glyphs.ToArray(), xs.ToArray(), ys.ToArray(),
                clusters.ToArray(), sb.ToString(), s0.Language)));
            i = j;
        }
        return runs;
    }
}
