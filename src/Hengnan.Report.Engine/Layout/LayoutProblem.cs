
namespace Hengnan.Report.Layout;

/// <summary>Something the layout could not do right (a character in no font, an overfull box), and where its text came from.</summary>
/// <remarks>
/// <see cref="Message"/> is English, for the engine's own users; the brochure says the problem in its users'
/// language from <see cref="Key"/> and <see cref="Args"/>, so every problem names one (the numbers and names in
/// <see cref="Args"/> are the same in every language; words are in the key's message).
/// </remarks>
public sealed record LayoutProblem(string Message, SourceLocation? At = null, string Code = "LAY001")
{
    /// <summary>Worth saying but not stopping the build for (a photo of low resolution).</summary>
    public bool IsWarning { get; init; }

    /// <summary>The key of the message in the brochure's message catalogue (so it can be said in Chinese too).</summary>
    public required string Key { get; init; }

    /// <summary>The arguments of <see cref="Key"/>'s message, as text.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>
    /// Where in the text being set the problem is (a UTF-16 offset into the paragraph's text: a character in no font),
    /// so that the paragraph can say where that character was written (<see cref="Text.Paragraph.Origins"/>); null when
    /// the problem is the whole text's. Not part of equality: <see cref="At"/> says where.
    /// </summary>
    public int? Offset { get; init; }

    public bool Equals(LayoutProblem? other) =>
        other is not null && Message == other.Message && At == other.At && Code == other.Code && IsWarning == other.IsWarning
        && Key == other.Key && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Message, At, Code, IsWarning, Key);
}
