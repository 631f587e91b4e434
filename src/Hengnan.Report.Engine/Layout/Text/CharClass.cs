namespace Hengnan.Report.Layout.Text;

/// <summary>What a character is for setting Chinese text (clreq §3.1, §3.2).</summary>
public enum CharClass
{
    /// <summary>Han ideographs and other full-width characters set on the em grid.</summary>
    Ideographic,
    /// <summary>Closing and pause/stop marks, their ink on the left half of the em: ，。、；：！？）》」』” (clreq GB style).</summary>
    Closing,
    /// <summary>Opening brackets and quotes, their ink on the right half: （《「『“.</summary>
    Opening,
    /// <summary>Marks centred in their em (interpuncts, dashes, ellipses), never compressed.</summary>
    Middle,
    /// <summary>Latin letters, digits and Western punctuation, set in the proportional Latin face.</summary>
    Latin,
    Space,
}
