using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hengnan.Report.Edition;

namespace Hengnan.Report.Tests.Properties;

/// <summary>Whatever units.csv holds, the reader gives units or diagnostics located within its text, and never throws.</summary>
public sealed class UnitsFileProperties
{
    private const int Cases = 500;
    private static readonly string Sample = File.ReadAllText(Path.Combine(RepositoryPaths.SampleEdition, UnitsCsvReader.File)) +
        "株,plant,plants,,\n万株,,,10000,株\n千元,,,\"1,000\",元\n";

    private static bool Units(string text)
    {
        var bag = new DiagnosticBag();
        UnitsCsvReader.Parse(text, "input/units.csv", bag);
        return ReaderProperties.Located(bag, text);
    }

    [Property(MaxTest = Cases)] public Property UnitsFromRandomText() => Prop.ForAll(InputGen.AnyText.ToArbitrary(), Units);
    [Property(MaxTest = Cases)] public Property UnitsFromMutatedSample() => Prop.ForAll(InputGen.Mutated(Sample).ToArbitrary(), Units);
}
