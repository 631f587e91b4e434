namespace Hengnan.Report.Tests.Properties;

internal static class TextExtensions
{
    /// <summary>Characters of a line as a user counts them: Unicode scalar values, a lone surrogate counting as one.</summary>
    public static int EnumerateRunesLenient(this string line)
    {
        int n = 0;
        for (int i = 0; i < line.Length; i++, n++)
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) i++;
        return n;
    }
}
