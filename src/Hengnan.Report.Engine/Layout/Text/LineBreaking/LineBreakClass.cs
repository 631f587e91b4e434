namespace Hengnan.Report.Layout.Text.LineBreaking;

/// <summary>
/// The Unicode Line_Break property values (UAX #14, Unicode 15.0). Member names are the short
/// property value aliases from PropertyValueAliases.txt so that the rules read exactly as in the
/// standard (for example "LB13: × CL").
/// </summary>
public enum LineBreakClass : byte
{
    /// <summary>Unknown (unassigned or otherwise unclassified); resolved to AL by LB1.</summary>
    XX = 0,

    /// <summary>Mandatory_Break.</summary>
    BK,

    /// <summary>Carriage_Return.</summary>
    CR,

    /// <summary>Line_Feed.</summary>
    LF,

    /// <summary>Combining_Mark.</summary>
    CM,

    /// <summary>Next_Line.</summary>
    NL,

    /// <summary>Surrogate (a lone surrogate code unit); resolved to AL by LB1.</summary>
    SG,

    /// <summary>Word_Joiner.</summary>
    WJ,

    /// <summary>ZWSpace (zero width space).</summary>
    ZW,

    /// <summary>Glue (non-breaking characters).</summary>
    GL,

    /// <summary>Space.</summary>
    SP,

    /// <summary>ZWJ (zero width joiner).</summary>
    ZWJ,

    /// <summary>Break_Both (em dash, two-em dash).</summary>
    B2,

    /// <summary>Break_After.</summary>
    BA,

    /// <summary>Break_Before.</summary>
    BB,

    /// <summary>Hyphen (U+002D HYPHEN-MINUS).</summary>
    HY,

    /// <summary>Contingent_Break.</summary>
    CB,

    /// <summary>Close_Punctuation.</summary>
    CL,

    /// <summary>Close_Parenthesis.</summary>
    CP,

    /// <summary>Exclamation (and interrogation).</summary>
    EX,

    /// <summary>Inseparable (leaders, ellipsis).</summary>
    IN,

    /// <summary>Nonstarter.</summary>
    NS,

    /// <summary>Open_Punctuation.</summary>
    OP,

    /// <summary>Quotation.</summary>
    QU,

    /// <summary>Infix_Numeric separator.</summary>
    IS,

    /// <summary>Numeric.</summary>
    NU,

    /// <summary>Postfix_Numeric.</summary>
    PO,

    /// <summary>Prefix_Numeric.</summary>
    PR,

    /// <summary>Break_Symbols (solidus).</summary>
    SY,

    /// <summary>Ambiguous (alphabetic or ideographic); resolved to AL by LB1.</summary>
    AI,

    /// <summary>Alphabetic.</summary>
    AL,

    /// <summary>Conditional_Japanese_Starter; resolved to NS by LB1.</summary>
    CJ,

    /// <summary>E_Base (emoji base).</summary>
    EB,

    /// <summary>E_Modifier (emoji modifier).</summary>
    EM,

    /// <summary>Hangul LV syllable.</summary>
    H2,

    /// <summary>Hangul LVT syllable.</summary>
    H3,

    /// <summary>Hebrew_Letter.</summary>
    HL,

    /// <summary>Ideographic.</summary>
    ID,

    /// <summary>Hangul L jamo.</summary>
    JL,

    /// <summary>Hangul V jamo.</summary>
    JV,

    /// <summary>Hangul T jamo.</summary>
    JT,

    /// <summary>Regional_Indicator.</summary>
    RI,

    /// <summary>Complex_Context (South East Asian); resolved to CM or AL by LB1.</summary>
    SA,
}
