using System.Globalization;

namespace Hengnan.Report.Vector;

/// <summary>
/// A small tokenizer over SVG attribute text (path data, point and length lists, transforms): numbers in the SVG
/// grammar ("-1.5e-3", ".5.5" is two numbers, "1-2" too), single-digit arc flags, names, separators.
/// </summary>
internal ref struct SvgNumberReader
{
    private readonly ReadOnlySpan<char> _s;
    private int _i;

    public SvgNumberReader(ReadOnlySpan<char> text)
    {
        _s = text;
        _i = 0;
    }

    public bool AtEnd => _i >= _s.Length;
    public char Peek => _i < _s.Length ? _s[_i] : '\0';
    public int Position => _i;

    public void Advance() => _i++;

    public void SkipWhitespace()
    {
        while (_i < _s.Length && IsWhitespace(_s[_i])) _i++;
    }

    /// <summary>Skips whitespace and commas.</summary>
    public void SkipSeparators()
    {
        while (_i < _s.Length && (IsWhitespace(_s[_i]) || _s[_i] == ',')) _i++;
    }

    public bool TryConsume(char c)
    {
        if (_i < _s.Length && _s[_i] == c) { _i++; return true; }
        return false;
    }

    public ReadOnlySpan<char> ReadName()
    {
        int start = _i;
        while (_i < _s.Length && (char.IsAsciiLetter(_s[_i]) || _s[_i] == '-')) _i++;
        return _s[start.._i];
    }

    /// <summary>Whether a number starts here (after separators were skipped).</summary>
    public bool AtNumber => _i < _s.Length && (char.IsAsciiDigit(_s[_i]) || _s[_i] is '-' or '+' or '.');

    /// <summary>Reads a number after optional separators; false (position unchanged) when there is none.</summary>
    public bool TryReadNumber(out double value)
    {
        value = 0;
        int save = _i;
        SkipSeparators();
        int start = _i;
        if (_i < _s.Length && _s[_i] is '+' or '-') _i++;
        int digits = 0;
        while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) { _i++; digits++; }
        if (_i < _s.Length && _s[_i] == '.')
        {
            _i++;
            while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) { _i++; digits++; }
        }
        if (digits == 0) { _i = save; return false; }
        if (_i < _s.Length && _s[_i] is 'e' or 'E')
        {
            int e = _i + 1;
            if (e < _s.Length && _s[e] is '+' or '-') e++;
            if (e < _s.Length && char.IsAsciiDigit(_s[e]))
            {
                _i = e;
                while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) _i++;
            }
        }
        if (!double.TryParse(_s[start.._i], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            _i = save;
            value = 0;
            return false;
        }
        return true;
    }

    /// <summary>An arc flag: a single '0' or '1' (it may run into the next number: "a1 1 0 01 5 5").</summary>
    public bool TryReadFlag(out bool flag)
    {
        SkipSeparators();
        flag = false;
        if (_i < _s.Length && _s[_i] is '0' or '1')
        {
            flag = _s[_i] == '1';
            _i++;
            return true;
        }
        return false;
    }

    /// <summary>Skips a unit after a number (px, pt, %, em …); returns it.</summary>
    public ReadOnlySpan<char> ReadUnit()
    {
        int start = _i;
        while (_i < _s.Length && (char.IsAsciiLetter(_s[_i]) || _s[_i] == '%')) _i++;
        return _s[start.._i];
    }

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>A list of numbers separated by whitespace and/or commas (a trailing comma is fine); stops at anything else.</summary>
    public static List<double> ReadList(string? text)
    {
        var list = new List<double>();
        if (string.IsNullOrEmpty(text)) return list;
        var reader = new SvgNumberReader(text);
        while (reader.TryReadNumber(out var v))
        {
            reader.ReadUnit();
            list.Add(v);
        }
        return list;
    }
}
