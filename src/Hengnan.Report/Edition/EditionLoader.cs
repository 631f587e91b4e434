using System.Text;
using Hengnan.Report.Content;

namespace Hengnan.Report.Edition;

/// <summary>Reads an edition folder (edition.txt, indicators.csv, outline.txt, photos/) and checks that everything fits together.</summary>
public static class EditionLoader
{
    public const string EditionFile = "edition.txt";
    public const string IndicatorsFile = "indicators.csv";
    /// <summary>The indicators table as an Excel workbook: the same columns as <see cref="IndicatorsFile"/>; an edition has one or the other.</summary>
    public const string IndicatorsWorkbook = "indicators.xlsx";
    /// <summary>The edition's own units (optional): see <see cref="UnitsCsvReader"/>.</summary>
    public const string UnitsFile = UnitsCsvReader.File;
    public const string OutlineFile = "outline.txt";

    /// <summary>Loads and validates; returns null content when there are errors (all of them are in <paramref name="diagnostics"/>).</summary>
    /// <param name="final">For print (build --final): every placeholder (<see cref="Placeholders"/>, a missing photo) is an error, not a warning.</param>
    public static EditionContent? Load(string folder, DiagnosticBag diagnostics, Encoding? encoding = null, bool final = false)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Error("EDN000", folder, 0, 0, Msg.Of("EDN000"));
            return null;
        }
        var editionText = ReadText(folder, EditionFile, diagnostics, encoding);
        var outlineText = ReadText(folder, OutlineFile, diagnostics, encoding);
        var indicators = ReadIndicators(folder, diagnostics, encoding);
        // A file that is not text in its encoding is not read further: its errors would only echo the bad bytes.
        if (editionText is null || indicators is null || outlineText is null) return null;
        var settings = EditionFileReader.Parse(editionText, Display(folder, EditionFile), diagnostics, folder);
        // Words tied to an earlier edition, and what is still to be written (every time, not only after init): checks of
        // the texts as written that need nothing but the settings, so they run on the other core while the outline is
        // read and checked; what they find is reported where they stood before (after the glossary), in their order.
        var outlineFile = (Display(folder, OutlineFile), outlineText);
        var editionFile = (Display(folder, EditionFile), editionText);
        // Forked here, before the outline's reader starts changing the bag's column maps on this thread.
        var checkedTexts = diagnostics.Fork();
        var textChecks = settings is null ? null : Task.Run(() =>
        {
            var written = WrittenFiles.Of(outlineFile, editionFile, checkedTexts);
            StaleWords.Check(settings, written, checkedTexts);
            return Placeholders.Check(settings, written, final, checkedTexts);
        });
        var outline = OutlineReader.Parse(outlineText, Display(folder, OutlineFile), diagnostics);
        var photos = new Dictionary<string, ImageAsset>();
        int missingPhotos = diagnostics.Items.Count(d => d.Code is "IMG001" or "DRF001");
        Check(outline, indicators, folder, diagnostics, photos, final);
        missingPhotos = diagnostics.Items.Count(d => d.Code is "IMG001" or "DRF001") - missingPhotos;
        int placeholders = missingPhotos;
        // The glossary (optional) holds the English to the terms the edition has chosen.
        if (ConfinedPath.Resolve(folder, GlossaryReader.File).Kind != EntryKind.Missing && ReadText(folder, GlossaryReader.File, diagnostics, encoding) is { } glossary)
            GlossaryCheck.Check(GlossaryReader.Parse(glossary, Display(folder, GlossaryReader.File), diagnostics), outline, diagnostics);
        if (settings is not null)
        {
            int toWrite = textChecks!.GetAwaiter().GetResult();
            diagnostics.Join(checkedTexts);
            placeholders += toWrite;
            // A figure dated after the edition's year is almost always a typo (2102 for 2021), or data from the future.
            foreach (var row in indicators.Rows.Where(r => r.Year > settings.Year))
            {
                var at = row.YearLocation ?? row.Location;
                diagnostics.Warning("CSV011", at.File, at.Line, at.Column, Msg.Of("CSV011", row.Id, row.Year, settings.Year));
            }
        }
        if (diagnostics.HasErrors || settings is null) return null;
        return new EditionContent(folder, settings, indicators, outline) { Photos = photos, Placeholders = placeholders };
    }

    internal static string Display(string folder, string name) => Path.Combine(folder, name);

    /// <summary>
    /// The indicators table, from indicators.csv or indicators.xlsx (both is an error: which one holds the current
    /// figures is not guessed), in the units of the edition's units.csv when it has one; null when a file cannot be read
    /// at all, or there are both (reported). A missing table is reported and read as empty, so the outline's references are checked too.
    /// </summary>
    public static IndicatorTable? ReadIndicators(string folder, DiagnosticBag diagnostics, Encoding? encoding = null)
    {
        var units = Units.UnitCatalog.Builtin;
        if (ConfinedPath.Resolve(folder, UnitsFile).Kind != EntryKind.Missing)
        {
            if (ReadText(folder, UnitsFile, diagnostics, encoding) is not { } unitsText) return null;
            units = UnitsCsvReader.Parse(unitsText, Display(folder, UnitsFile), diagnostics);
        }
        bool csv = ConfinedPath.Resolve(folder, IndicatorsFile).Kind != EntryKind.Missing;
        bool workbook = ConfinedPath.Resolve(folder, IndicatorsWorkbook).Kind != EntryKind.Missing;
        if (csv && workbook)
        {
            diagnostics.Error("EDN021", Display(folder, IndicatorsWorkbook), 0, 0, Msg.Of("EDN021", IndicatorsFile, IndicatorsWorkbook));
            return null;
        }
        int before = diagnostics.Items.Count;
        if (workbook)
        {
            var bytes = ReadBytes(folder, IndicatorsWorkbook, diagnostics);
            return bytes is null ? null : HeaderChecked(IndicatorsXlsxReader.Read(bytes, Display(folder, IndicatorsWorkbook), diagnostics, units), diagnostics, before);
        }
        if (!csv)
        {
            diagnostics.Error("EDN010", Display(folder, IndicatorsFile), 0, 0, Msg.Of("EDN010.indicators", IndicatorsFile, IndicatorsWorkbook));
            return new IndicatorTable([]) { Units = units };
        }
        var text = ReadText(folder, IndicatorsFile, diagnostics, encoding);
        return text is null ? null : HeaderChecked(IndicatorsCsvReader.Parse(text, Display(folder, IndicatorsFile), diagnostics, units), diagnostics, before);
    }

    /// <summary>
    /// The table, marked <see cref="IndicatorTable.HeaderUnread"/> when reading it reported its header unreadable (CSV001 no
    /// header, CSV002 a column missing, CSV012 a column named twice): then no row was read as the edition's figures.
    /// </summary>
    private static IndicatorTable? HeaderChecked(IndicatorTable? table, DiagnosticBag diagnostics, int before) =>
        table is not null && diagnostics.Items.Skip(before).Any(d => d.Code is "CSV001" or "CSV002" or "CSV012")
            ? new IndicatorTable(table.Rows) { Name = table.Name, Units = table.Units, HeaderUnread = true }
            : table;

    /// <summary>
    /// One of the edition's text files, decoded strictly: "" when it is missing (reported), null when it
    /// cannot be read as text (reported). Only a regular file inside the edition folder is opened.
    /// </summary>
    internal static string? ReadText(string folder, string name, DiagnosticBag diagnostics, Encoding? encoding = null) =>
        ReadBytes(folder, name, diagnostics) is { } bytes ? TextFile.Decode(bytes, Display(folder, name), diagnostics, encoding) : null;

    /// <summary>
    /// One of the edition's files as bytes: empty when it is missing (reported), null when it cannot be read (reported).
    /// Only a regular file inside the edition folder is opened.
    /// </summary>
    internal static byte[]? ReadBytes(string folder, string name, DiagnosticBag diagnostics)
    {
        var display = Display(folder, name);
        var (kind, path) = ConfinedPath.Resolve(folder, name);
        switch (kind)
        {
            case EntryKind.File:
                byte[]? bytes;
                try { bytes = ConfinedPath.ReadBounded(path!, EditionLimits.LargestTextFile); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Error("EDN017", display, 0, 0, Msg.Of("EDN017", name));
                    return null;
                }
                if (bytes is null)
                {
                    diagnostics.Error("EDN017", display, 0, 0, Msg.Of("EDN017.large", name, EditionLimits.LargestTextFile / (1024 * 1024)));
                    return null;
                }
                return bytes;
            case EntryKind.Missing:
                diagnostics.Error("EDN010", display, 0, 0, Msg.Of("EDN010", name));
                return [];
            case EntryKind.Directory:
            case EntryKind.Special:
                diagnostics.Error("EDN016", display, 0, 0, Msg.Of(kind == EntryKind.Directory ? "EDN016.folder" : "EDN016", name));
                return null;
            default:
                diagnostics.Error("EDN015", display, 0, 0, Msg.Of("EDN015", name));
                return null;
        }
    }

    /// <summary>Every figure the outline refers to exists; every photo is there (a missing photo is drawn as a placeholder and warned about).</summary>
    /// <param name="photos">Receives every photo decoded, by its file name in the outline: composition never reads a file.</param>
    /// <param name="final">A missing photo is an error (DRF001) for a final build, else a warning (IMG001).</param>
    public static void Check(Outline outline, IndicatorTable indicators, string folder, DiagnosticBag diagnostics, IDictionary<string, ImageAsset>? photos = null, bool final = false)
    {
        // A table whose header could not be read has no figures to check against: every reference would be a follow-on
        // error (REF001 by the dozen) hiding the one that matters. One warning says they were not checked.
        bool figures = !indicators.HeaderUnread;
        if (!figures) diagnostics.Warning("REF008", Display(folder, indicators.Name), 0, 0, Msg.Of("REF008", indicators.Name));
        void Need(string id, int year, SourceLocation at)
        {
            if (!indicators.Contains(id))
                diagnostics.Error("REF001", at.File, at.Line, at.Column, Msg.Of("REF001", id, indicators.Name), Suggest(id, indicators));
            else if (indicators.Find(id, year) is null)
                diagnostics.Error("REF002", at.File, at.Line, at.Column, Msg.Of("REF002", id, year, string.Join(", ", indicators.YearsOf(id))));
        }
        var blocks = outline.Sections.SelectMany(s => s.Numbers.Concat(s.Review))
            .Concat(outline.Intro?.Blocks ?? []).Concat(outline.Closing?.Blocks ?? [])
            .Concat(outline.Credits is null ? [] : [outline.Credits]);
        // Figures, typed figures and cross references in a text (paragraphs and captions alike).
        void CheckText(RichText text, Language language)
        {
            foreach (var b in figures ? text.Bindings : [])
            {
                int before = diagnostics.Items.Count;
                Need(b.IndicatorId, b.Year, b.Location);
                if (b.FromYear is { } fy) Need(b.IndicatorId, fy, b.Location);
                foreach (var id in b.ShareOf) Need(id, b.Year, b.Location);
                if (diagnostics.Items.Count != before) continue;
                if (b.Format == FigureFormat.Share)
                {
                    var unit = indicators.Get(b.IndicatorId, b.Year).Unit;
                    if (b.ShareOf.Select(id => indicators.Get(id, b.Year)).FirstOrDefault(p => p.Unit != unit) is { } other)
                    {
                        diagnostics.Error("REF007", b.Location.File, b.Location.Line, b.Location.Column,
                            Msg.Of("REF007", b.IndicatorId, unit, other.Id, other.Unit));
                        continue;
                    }
                }
                try
                {
                    Units.FigureFormatter.Compute(b, indicators, language);
                    CheckStated(b, indicators, language, diagnostics);
                }
                catch (Units.FigureException e)
                {
                    diagnostics.Error("REF005", b.Location.File, b.Location.Line, b.Location.Column, e.Text, Msg.Of("REF005.hint"));
                }
            }
            if (figures) FigureCheck.WarnTypedFigures(text, indicators, diagnostics);
            foreach (var r in text.Parts.OfType<PageReference>())
            {
                bool known = r.Target is "intro" or "closing" or "credits" || outline.Sections.Any(s => s.Id == r.Target);
                if (!known)
                    diagnostics.Error("REF004", r.Location.File, r.Location.Line, r.Location.Column, Msg.Of("REF004", r.Target, string.Join(", ", outline.Sections.Select(s => s.Id))));
            }
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case KpiCard k when figures:
                {
                    int before = diagnostics.Items.Count;
                    Need(k.IndicatorId, k.Year, k.Location);
                    if (k.FromYear is not { } f) break;
                    Need(k.IndicatorId, f, k.Location);
                    if (diagnostics.Items.Count != before) break;
                    // The card prints the change the way the narrative's {id@from..to:change%} does (points for a percentage).
                    var kind = indicators.Get(k.IndicatorId, k.Year).Unit == "%" ? FigureFormat.Change : FigureFormat.ChangePercent;
                    var change = new FigureBinding(k.IndicatorId, k.Year, f, kind, k.Location);
                    try
                    {
                        Units.FigureFormatter.Compute(change, indicators, Language.Zh);
                        Units.FigureFormatter.Compute(change, indicators, Language.En);
                    }
                    catch (Units.FigureException e)
                    {
                        diagnostics.Error("REF005", k.Location.File, k.Location.Line, k.Location.Column, Msg.Of("REF005.card", e.Text, k.IndicatorId, k.Year));
                    }
                    break;
                }
                case ChartBlock c when figures:
                {
                    int before = diagnostics.Items.Count;
                    if (c.Kind is ChartKind.Line or ChartKind.Grouped) CheckSeries(c, indicators, diagnostics);
                    else
                        foreach (var id in c.IndicatorIds)
                            foreach (var y in c.Years) Need(id, y, c.Location);
                    if (diagnostics.Items.Count == before) CheckChartValues(c, indicators, diagnostics);
                    var units = c.IndicatorIds.SelectMany(id => c.Years.Select(y => indicators.Find(id, y)?.Unit)).Where(u => u is not null).Distinct().ToList();
                    if (units.Count > 1)
                        diagnostics.Error("REF003", c.Location.File, c.Location.Line, c.Location.Column,
                            Msg.Of("REF003", c.Kind.ToString().ToLowerInvariant(), string.Join(", ", units)));
                    break;
                }
                case TableBlock t when figures:
                    // Each figure is reported at its indicator's id on the table line.
                    for (int i = 0; i < t.IndicatorIds.Count; i++)
                    {
                        var at = t.LocationOf(i);
                        if (!indicators.Contains(t.IndicatorIds[i])) Need(t.IndicatorIds[i], t.Years[0], at);
                        else foreach (var y in t.Years) Need(t.IndicatorIds[i], y, at);
                    }
                    break;
                case ParagraphPair p:
                    CheckText(p.Zh, Language.Zh);
                    CheckText(p.En, Language.En);
                    break;
                case PhotoBlock photo:
                    CheckText(photo.CaptionZh, Language.Zh);
                    CheckText(photo.CaptionEn, Language.En);
                    if (LoadPhoto(folder, photo, diagnostics, final) is { } asset) photos?.TryAdd(photo.File, asset);
                    break;
            }
        }
    }

    /// <summary>
    /// A photo the outline names: a regular file inside the edition folder (links followed; nothing outside is
    /// looked at), of at most <see cref="EditionLimits.MostPhotoPixels"/> pixels by its header, then decoded
    /// whole once: a truncated JPEG (an interrupted copy) fails here, not at the print shop.
    /// </summary>
    private static ImageAsset? LoadPhoto(string folder, PhotoBlock photo, DiagnosticBag diagnostics, bool final)
    {
        var at = photo.Location;
        var (kind, path) = ConfinedPath.Resolve(folder, photo.File);
        switch (kind)
        {
            case EntryKind.Missing:
                if (final) diagnostics.Error("DRF001", at.File, at.Line, at.Column, Msg.Of("DRF001", photo.File));
                else diagnostics.Warning("IMG001", at.File, at.Line, at.Column, Msg.Of("IMG001", photo.File));
                return null;
            case EntryKind.Outside:
            case EntryKind.Invalid:
                diagnostics.Error("IMG004", at.File, at.Line, at.Column, Msg.Of("IMG004", photo.File));
                return null;
            case EntryKind.Directory:
            case EntryKind.Special:
                diagnostics.Error("IMG005", at.File, at.Line, at.Column,
                    Msg.Of(kind == EntryKind.Directory ? "IMG005.folder" : "IMG005", photo.File));
                return null;
        }
        byte[]? bytes;
        try { bytes = ConfinedPath.ReadBounded(path!, EditionLimits.LargestPhotoFile); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { bytes = []; }
        if (bytes is { Length: 0 })
        {
            diagnostics.Error("IMG002", at.File, at.Line, at.Column, Msg.Of("IMG002.empty", photo.File));
            return null;
        }
        if (bytes is null)
        {
            diagnostics.Error("IMG006", at.File, at.Line, at.Column, Msg.Of("IMG006.bytes", photo.File, EditionLimits.LargestPhotoFile / (1024 * 1024)));
            return null;
        }
        if (PixelSize(bytes) is { } size && (long)size.Width * size.Height > EditionLimits.MostPhotoPixels)
        {
            diagnostics.Error("IMG006", at.File, at.Line, at.Column,
                Msg.Of("IMG006", photo.File, size.Width, size.Height, (long)size.Width * size.Height / 1_000_000, EditionLimits.MostPhotoPixels / 1_000_000));
            return null;
        }
        try
        {
            return ImageAsset.Decode(bytes, photo.File);
        }
        catch (InvalidDataException)
        {
            diagnostics.Error("IMG002", at.File, at.Line, at.Column, Msg.Of("IMG002", photo.File));
            return null;
        }
    }

    /// <summary>The pixel size an image's header declares, read without decoding the image (null when there is no header to read).</summary>
    internal static (int Width, int Height)? PixelSize(byte[] encoded)
    {
        using var data = SkiaSharp.SKData.CreateCopy(encoded);
        using var codec = SkiaSharp.SKCodec.Create(data);
        return codec is null ? null : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>
    /// A series (a line chart's, a grouped chart's) has a figure for every year the chart names: a missing year is
    /// one located error per indicator, naming every year it lacks and the years it has.
    /// </summary>
    private static void CheckSeries(ChartBlock chart, IndicatorTable indicators, DiagnosticBag diagnostics)
    {
        var at = chart.YearsLocation ?? chart.Location;
        foreach (var id in chart.IndicatorIds.Distinct())
        {
            if (!indicators.Contains(id))
            {
                diagnostics.Error("REF001", chart.Location.File, chart.Location.Line, chart.Location.Column, Msg.Of("REF001", id, IndicatorsFile), Suggest(id, indicators));
                continue;
            }
            var missing = chart.Years.Where(y => indicators.Find(id, y) is null).ToList();
            if (missing.Count == 0) continue;
            var has = indicators.YearsOf(id).ToList();
            var within = has.Where(y => y >= chart.Years[0] && y <= chart.Years[^1]).ToList();
            diagnostics.Error("CHT003", at.File, at.Line, at.Column, Msg.Of("CHT003", id, string.Join(", ", missing),
                chart.Kind.ToString().ToLowerInvariant(), string.Join(", ", has), string.Join(" ", within.Count >= 2 ? within : has)));
        }
    }

    /// <summary>
    /// A chart draws sizes: bars from zero, a donut's slices as parts of a whole. A negative figure would be
    /// cut off or turned inside out, and a chart of nothing but zeros has no scale; neither is drawn. A line
    /// may go below zero.
    /// </summary>
    private static void CheckChartValues(ChartBlock chart, IndicatorTable indicators, DiagnosticBag diagnostics)
    {
        var points = chart.IndicatorIds.SelectMany(id => chart.Years.Select(y => indicators.Get(id, y))).ToList();
        var at = chart.Location;
        var name = chart.Kind.ToString().ToLowerInvariant();
        if (points.FirstOrDefault(p => (p.Value < 0 && chart.Kind != ChartKind.Line) || (chart.Kind == ChartKind.Donut && p.Value == 0)) is { } bad)
            diagnostics.Error("REF006", at.File, at.Line, at.Column,
                Msg.Of(chart.Kind == ChartKind.Donut ? "REF006.slice" : "REF006.bar", name, bad.Value, bad.Id, bad.Year));
        else if (points.All(p => p.Value == 0))
            diagnostics.Error("REF006", at.File, at.Line, at.Column, Msg.Of("REF006.zero", name));
    }

    /// <summary>A figure typed in the text ({440%=…}) must be what the data gives.</summary>
    private static void CheckStated(FigureBinding binding, IndicatorTable indicators, Language language, DiagnosticBag diagnostics)
    {
        if (binding.Stated is not { } stated) return;
        var computed = Units.FigureFormatter.Compute(binding, indicators, language);
        static string Plain(string s) => Units.NumberText.Normalize(s).Replace(" ", "").Replace(",", "");
        if (Plain(stated) != Plain(computed))
            diagnostics.Error("VAL001", binding.Location.File, binding.Location.Line, binding.Location.Column, Msg.Of("VAL001", stated, computed));
    }

    private static Msg? Suggest(string id, IndicatorTable indicators)
    {
        var ids = indicators.Rows.Select(r => r.Id).Distinct().ToList();
        var close = ids.OrderBy(x => Distance(x, id)).FirstOrDefault();
        return close is not null && Distance(close, id) <= 3 ? Msg.Of("REF001.suggest", close) : null;
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
