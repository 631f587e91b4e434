namespace Hengnan.Report.Fonts;

/// <summary>
/// The faces of one build, by role (serif-zh, sans-en-bold, ...), loaded from the fonts folder that
/// ships with the tool. Each face records what is set in it and is subset when the build seals it.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly Dictionary<string, FontFace> _faces = new();

    public FontLibrary(string folder, IReadOnlyDictionary<string, string> files)
    {
        Folder = folder;
        foreach (var (role, file) in files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path)) throw new FileNotFoundException($"font '{file}' for {role} is not in {folder}", path);
            _faces[role] = new FontFace(role, path);
        }
    }

    /// <summary>The fonts folder next to the tool's assembly (assets/fonts in the repository).</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "fonts");

    public string Folder { get; }

    public FontFace this[string role] => _faces.TryGetValue(role, out var f) ? f : throw new KeyNotFoundException($"no font for role '{role}'");

    public IEnumerable<FontFace> Faces => _faces.Values;

    /// <summary>Subsets every face that was used to what was set in it.</summary>
    public void Seal()
    {
        foreach (var face in _faces.Values.Where(f => f.CodePoints.Count > 0)) face.Seal();
    }

    public void Dispose()
    {
        foreach (var f in _faces.Values) f.Dispose();
    }
}
