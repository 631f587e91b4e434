using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hengnan.Report.Content;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Properties;

/// <summary>
/// Whatever an edition's files hold — random text, random bytes decoded through <see cref="TextFile"/>, the
/// sample files with random edits — each reader gives a model or located diagnostics (line ≥ 1 and column ≥ 1
/// wherever a line is named, within the text), and never throws.
/// </summary>
public sealed class ReaderProperties
{
    private const int Cases = 1000;
    private const string File = "input/file.txt";

    private static readonly string SampleCsv = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.SampleEdition, EditionLoader.IndicatorsFile));
    private static readonly string SampleOutline = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.SampleEdition, EditionLoader.OutlineFile));
    private static readonly string SampleEdition = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.SampleEdition, EditionLoader.EditionFile));
    private static readonly IndicatorTable SampleTable = IndicatorsCsvReader.Parse(SampleCsv, "indicators.csv", new DiagnosticBag());
    private static readonly string PhotoFolder = RepositoryPaths.NewTempFolder();

    /// <summary>Every diagnostic names the file, and a line within the text with a column on it.</summary>
    internal static bool Located(DiagnosticBag bag, string? text)
    {
        var lines = text is null ? null : KeyValueLine.SplitLines(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        foreach (var d in bag.Items)
        {
            bool ok = d.File.Length > 0 && d.Message.Length > 0 && d.Line >= 0 && d.Column >= 0 && (d.Line == 0 || d.Column >= 1);
            if (ok && lines is not null && d.Line > 0)
                ok = d.Line <= lines.Length && d.Column <= lines[d.Line - 1].EnumerateRunesLenient() + 1;
            if (!ok) throw new Xunit.Sdk.XunitException($"not located within the text: {d}");
        }
        return true;
    }

    private static bool Csv(string text)
    {
        var bag = new DiagnosticBag();
        IndicatorsCsvReader.Parse(text, File, bag);
        return Located(bag, text);
    }

    private static bool OutlineText(string text)
    {
        var bag = new DiagnosticBag();
        var outline = OutlineReader.Parse(text, File, bag);
        // The figures, cross references and photos the outline names are checked against the sample's CSV too.
        EditionLoader.Check(outline, SampleTable, PhotoFolder, bag, new Dictionary<string, ImageAsset>());
        return Located(bag, text);
    }

    private static bool Settings(string text)
    {
        var bag = new DiagnosticBag();
        EditionFileReader.Parse(text, File, bag);
        return Located(bag, text);
    }

    private static bool Decoded(byte[] bytes, Func<string, bool> read)
    {
        var bag = new DiagnosticBag();
        var text = TextFile.Decode(bytes, File, bag);
        if (text is null) return bag.HasErrors && Located(bag, null) && bag.Items.All(d => d.Line >= 1 && d.Column >= 1);
        // Strict decoding never invents a character: what it read is exactly the bytes (no U+FFFD, no '?' for a bad sequence).
        return Located(bag, null) && read(text);
    }

    [Property(MaxTest = Cases)] public Property CsvFromRandomText() => Prop.ForAll(InputGen.AnyText.ToArbitrary(), Csv);
    [Property(MaxTest = Cases)] public Property CsvFromRandomBytes() => Prop.ForAll(InputGen.Bytes.ToArbitrary(), b => Decoded(b, Csv));
    [Property(MaxTest = Cases)] public Property CsvFromMutatedSample() => Prop.ForAll(InputGen.Mutated(SampleCsv).ToArbitrary(), Csv);

    [Property(MaxTest = Cases)] public Property OutlineFromRandomText() => Prop.ForAll(InputGen.AnyText.ToArbitrary(), OutlineText);
    [Property(MaxTest = Cases)] public Property OutlineFromRandomBytes() => Prop.ForAll(InputGen.Bytes.ToArbitrary(), b => Decoded(b, OutlineText));
    [Property(MaxTest = Cases)] public Property OutlineFromMutatedSample() => Prop.ForAll(InputGen.Mutated(SampleOutline).ToArbitrary(), OutlineText);

    [Property(MaxTest = Cases)] public Property EditionFileFromRandomText() => Prop.ForAll(InputGen.AnyText.ToArbitrary(), Settings);
    [Property(MaxTest = Cases)] public Property EditionFileFromRandomBytes() => Prop.ForAll(InputGen.Bytes.ToArbitrary(), b => Decoded(b, Settings));
    [Property(MaxTest = Cases)] public Property EditionFileFromMutatedSample() => Prop.ForAll(InputGen.Mutated(SampleEdition).ToArbitrary(), Settings);
}
