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

    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "hengnan-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
