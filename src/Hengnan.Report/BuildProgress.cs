namespace Hengnan.Report;

/// <summary>The stages of a build, in order, as progress reports them.</summary>
public enum BuildStage { Load, Layout, Fonts, Pdf, Preflight, Spreads, Previews, Write }

/// <summary>
/// Told what a build is doing, for a progress display. Called from the building thread, except
/// <see cref="Advance"/>, which pages rendered in parallel call from several threads.
/// </summary>
public interface IBuildProgress
{
    /// <summary>A stage begins; <paramref name="steps"/> is how many <see cref="Advance"/> calls it will make (0: not counted).</summary>
    void Begin(BuildStage stage, int steps = 0);

    /// <summary>One step of the current stage is done.</summary>
    void Advance();

    /// <summary>The build is over (finished or failed).</summary>
    void End();
}
