namespace Hengnan.Report.Layout.Text;

internal static class CharExtensions
{
    extension(char)
    {
        /// <summary>The code point at <paramref name="index"/> (a lone surrogate is returned as itself) and its UTF-16 length.</summary>
        public static int ConvertToUtf32OrFallback(string s, int index, out int length)
        {
            if (char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
            {
                length = 2;
                return char.ConvertToUtf32(s[index], s[index + 1]);
            }
            length = 1;
            return s[index];
        }
    }
}
