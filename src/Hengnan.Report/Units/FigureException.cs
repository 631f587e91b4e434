using Hengnan.Report.Edition;

namespace Hengnan.Report.Units;

/// <summary>A derived figure that the data cannot give (a change from zero, a growth rate across a change of sign).</summary>
/// <remarks><see cref="Text"/> says why in the message catalogue's words; the exception's message is its English.</remarks>
public sealed class FigureException(Msg text) : Exception(text.In(UiLanguage.En))
{
    public Msg Text { get; } = text;
}
