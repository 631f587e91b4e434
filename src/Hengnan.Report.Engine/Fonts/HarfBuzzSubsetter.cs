using System.Runtime.InteropServices;

namespace Hengnan.Report.Fonts;

/// <summary>
/// Subsets a glyf TrueType font to a set of code points with HarfBuzz's hb-subset, which ships
/// inside libHarfBuzzSharp but has no managed binding. Skia's PDF backend embeds a glyf font whole,
/// so the font must be cut down before Skia ever sees it (shared/design.md, "Fonts and Skia's PDF backend").
/// </summary>
internal static partial class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t: drop hinting instructions (print output is not hinted).
    private const uint NoHinting = 0x00000001u;

    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Library)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Library)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Library)] private static partial void hb_set_add(IntPtr set, uint codepoint);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);
    [LibraryImport(Library)] private static partial void hb_subset_plan_destroy(IntPtr plan);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);
    [LibraryImport(Library)] private static partial uint hb_map_get(IntPtr map, uint key);
    [LibraryImport(Library)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Library)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Library)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Library)] private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    /// <summary>
    /// Returns the bytes of a new font holding only the glyphs needed for <paramref name="codePoints"/>,
    /// and the new id of each glyph in <paramref name="oldGlyphs"/> (text is shaped with the full font;
    /// the renderer draws with the subset, so glyph ids are carried over through HarfBuzz's own plan map).
    /// </summary>
    public static (byte[] Font, Dictionary<ushort, ushort> GlyphMap) Subset(
        HarfBuzzSharp.Face source, IEnumerable<int> codePoints, IEnumerable<ushort> oldGlyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not create a subset input.");
        try
        {
            hb_subset_input_set_flags(input, NoHinting);
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) hb_set_add(unicodes, (uint)cp);
            var plan = hb_subset_plan_create_or_fail(source.Handle, input);
            if (plan == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz failed to plan the font subset.");
            try
            {
            var map = hb_subset_plan_old_to_new_glyph_mapping(plan);
            var glyphMap = new Dictionary<ushort, ushort>();
            foreach (var old in oldGlyphs)
            {
                var mapped = hb_map_get(map, old);
                if (mapped == uint.MaxValue)
                    throw new InvalidOperationException($"Glyph {old} is not in the font subset.");
                glyphMap[old] = (ushort)mapped;
            }
            var subset = hb_subset_plan_execute_or_fail(plan);
            if (subset == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz failed to subset the font.");
            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return (bytes, glyphMap);
                }
                finally { hb_blob_destroy(blob); }
            }
            finally { hb_face_destroy(subset); }
            }
            finally { hb_subset_plan_destroy(plan); }
        }
        finally { hb_subset_input_destroy(input); }
    }
}
