namespace Hengnan.Report.Tests;

/// <summary>Finds the repository (the folder with Hengnan.Report.sln) from the test output folder.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hengnan.Report.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static string SampleEdition => Path.Combine(Root, "input");

    /// <summary>A copy of the sample edition in a new temporary folder, for tests that change it.</summary>
    public static string CopySampleEdition()
    {
        var folder = NewTempFolder();
        foreach (var file in Directory.GetFiles(SampleEdition))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "hengnan-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
