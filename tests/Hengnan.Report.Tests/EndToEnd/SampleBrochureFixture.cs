namespace Hengnan.Report.Tests.EndToEnd;

/// <summary>Builds the sample edition once (bilingual) into a temporary folder for the end-to-end tests.</summary>
public sealed class SampleBrochureFixture : IDisposable
{
    public SampleBrochureFixture()
    {
        Output = RepositoryPaths.NewTempFolder();
        Result = BrochureBuilder.Build(new BuildRequest(RepositoryPaths.SampleEdition, Output));
        if (!Result.Succeeded)
            throw new InvalidOperationException("sample build failed:\n" + string.Join("\n", Result.Diagnostics));
        Pdf = new PdfInspection(Result.PdfPath!);
    }

    public string Output { get; }
    public BuildResult Result { get; }
    public PdfInspection Pdf { get; }

    public void Dispose()
    {
        try { Directory.Delete(Output, true); } catch (IOException) { }
    }
}
