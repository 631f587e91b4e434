using System.Text;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>Reads an edition folder (edition.txt, indicators.csv, outline.txt, photos/) and checks that everything fits together.</summary>
public static class EditionLoader
{
    public const string EditionFile = "edition.txt";
    public const string IndicatorsFile = "indicators.csv";
    public const string OutlineFile = "outline.txt";

    /// <summary>Loads and validates; returns null content when there are errors (all of them are in <paramref name="diagnostics"/>).</summary>
    public static EditionContent? Load(string folder, DiagnosticBag diagnostics, Encoding? encoding = null)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Error("EDN000", folder, 0, 0, "the edition folder does not exist");
            return null;
        }
        string Read(string name)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path)) return TextFile.Read(path, encoding);
            diagnostics.Error("EDN010", Display(folder, name), 0, 0, $"the edition has no {name}");
            return "";
        }
        var settings = EditionFileReader.Parse(Read(EditionFile), Display(folder, EditionFile), diagnostics);
        var csvText = Read(IndicatorsFile);
        var indicators = IndicatorsCsvReader.Parse(csvText, Display(folder, IndicatorsFile), diagnostics);
        var outline = OutlineReader.Parse(Read(OutlineFile), Display(folder, OutlineFile), diagnostics);
        var photos = new Dictionary<string, ImageAsset>();
        Check(outline, indicators, folder, diagnostics, photos);
        if (settings is not null)
        {
            // A figure dated after the edition's year is almost always a typo (2102 for 2021), or data from the future.
            foreach (var row in indicators.Rows.Where(r => r.Year > settings.Year))
                diagnostics.Warning("CSV011", row.Location.File, row.Location.Line, IndicatorsCsvReader.ColumnOf(row.Id + "," + row.Section + ",", 2),
                    $"'{row.Id}' has a figure for {row.Year}, after the edition's year {settings.Year}", "check the year column");
        }
        if (diagnostics.HasErrors || settings is null) return null;
        return new EditionContent(folder, settings, indicators, outline) { Photos = photos };
    }

    internal static string Display(string folder, string name) => Path.Combine(folder, name);

    /// <summary>Every figure the outline refers to exists; every photo is there (a missing photo is drawn as a placeholder and warned about).</summary>
    /// <param name="photos">Receives every photo decoded, by its file name in the outline: composition never reads a file.</param>
    public static void Check(Outline outline, IndicatorTable indicators, string folder, DiagnosticBag diagnostics, IDictionary<string, ImageAsset>? photos = null)
    {
        void Need(string id, int year, SourceLocation at)
        {
            if (!indicators.Contains(id))
                diagnostics.Error("REF001", at.File, at.Line, at.Column, $"no indicator '{id}' in {IndicatorsFile}", Suggest(id, indicators));
            else if (indicators.Find(id, year) is null)
                diagnostics.Error("REF002", at.File, at.Line, at.Column, $"indicator '{id}' has no figure for {year}",
                    "years in the CSV: " + string.Join(", ", indicators.YearsOf(id)));
        }
        var blocks = outline.Sections.SelectMany(s => s.Numbers.Concat(s.Review))
            .Concat(outline.Intro?.Blocks ?? []).Concat(outline.Closing?.Blocks ?? [])
            .Concat(outline.Credits is null ? [] : [outline.Credits]);
        // Figures, typed figures and cross references in a text (paragraphs and captions alike).
        void CheckText(RichText text, Language language)
        {
            foreach (var b in text.Bindings)
            {
                int before = diagnostics.Items.Count;
                Need(b.IndicatorId, b.Year, b.Location);
                if (b.FromYear is { } fy) Need(b.IndicatorId, fy, b.Location);
                foreach (var id in b.ShareOf) Need(id, b.Year, b.Location);
                if (diagnostics.Items.Count != before) continue;
                try
                {
                    Units.FigureFormatter.Compute(b, indicators, language);
                    CheckStated(b, indicators, language, diagnostics);
                }
                catch (Units.FigureException e)
                {
                    diagnostics.Error("REF005", b.Location.File, b.Location.Line, b.Location.Column, e.Message, "check the figures in " + IndicatorsFile);
                }
            }
            FigureCheck.WarnTypedFigures(text, indicators, diagnostics);
            foreach (var r in text.Parts.OfType<PageReference>())
            {
                bool known = r.Target is "intro" or "closing" or "credits" || outline.Sections.Any(s => s.Id == r.Target);
                if (!known)
                    diagnostics.Error("REF004", r.Location.File, r.Location.Line, r.Location.Column, $"no part '{r.Target}' to refer to",
                        "targets: intro, closing, credits, " + string.Join(", ", outline.Sections.Select(s => s.Id)));
            }
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case KpiCard k:
                    Need(k.IndicatorId, k.Year, k.Location);
                    if (k.FromYear is { } f) Need(k.IndicatorId, f, k.Location);
                    break;
                case ChartBlock c:
                    foreach (var id in c.IndicatorIds)
                        foreach (var y in c.Years) Need(id, y, c.Location);
                    if (c.Kind != ChartKind.Compare)
                    {
                        var units = c.IndicatorIds.Select(id => indicators.Find(id, c.Years[0])?.Unit).Where(u => u is not null).Distinct().ToList();
                        if (units.Count > 1)
                            diagnostics.Error("REF003", c.Location.File, c.Location.Line, c.Location.Column,
                                $"a {c.Kind.ToString().ToLowerInvariant()} chart mixes units ({string.Join(", ", units)})", "chart figures of one unit together");
                    }
                    break;
                case ParagraphPair p:
                    CheckText(p.Zh, Language.Zh);
                    CheckText(p.En, Language.En);
                    break;
                case PhotoBlock photo:
                    CheckText(photo.CaptionZh, Language.Zh);
                    CheckText(photo.CaptionEn, Language.En);
                    var path = Path.Combine(folder, photo.File);
                    if (!File.Exists(path))
                        diagnostics.Warning("IMG001", photo.Location.File, photo.Location.Line, photo.Location.Column,
                            $"photo '{photo.File}' not found; a placeholder frame is printed in its place");
                    else if (Decode(path, photo.File) is { } asset) photos?.TryAdd(photo.File, asset);
                    else
                        diagnostics.Error("IMG002", photo.Location.File, photo.Location.Line, photo.Location.Column,
                            $"photo '{photo.File}' is not a readable image", "save it as JPEG or PNG");
                    break;
            }
        }
    }

    /// <summary>Decodes the whole image once: a truncated JPEG (an interrupted copy) fails here, not at the print shop.</summary>
    private static ImageAsset? Decode(string path, string name)
    {
        try
        {
            return ImageAsset.Decode(File.ReadAllBytes(path), name);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A figure typed in the text ({440%=…}) must be what the data gives.</summary>
    private static void CheckStated(FigureBinding binding, IndicatorTable indicators, Language language, DiagnosticBag diagnostics)
    {
        if (binding.Stated is not { } stated) return;
        var computed = Units.FigureFormatter.Compute(binding, indicators, language);
        static string Plain(string s) => Units.NumberText.Normalize(s).Replace(" ", "").Replace(",", "");
        if (Plain(stated) != Plain(computed))
            diagnostics.Error("VAL001", binding.Location.File, binding.Location.Line, binding.Location.Column,
                $"the text says {stated} but {IndicatorsFile} gives {computed}", "correct the figure, or drop the typed part and let the data print it");
    }

    private static string? Suggest(string id, IndicatorTable indicators)
    {
        var ids = indicators.Rows.Select(r => r.Id).Distinct().ToList();
        var close = ids.OrderBy(x => Distance(x, id)).FirstOrDefault();
        return close is not null && Distance(close, id) <= 3 ? $"did you mean '{close}'?" : null;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
