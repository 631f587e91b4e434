namespace Hengnan.Report.Vector;

/// <summary>Reads SVG path data (the "d" attribute): every command, absolute and relative, into a <see cref="SvgPathSink"/>.</summary>
internal static class SvgPathData
{
    /// <summary>
    /// Appends the path; returns false when the data has an error. As SVG renderers do, what came before the
    /// error is kept and the rest ignored.
    /// </summary>
    public static bool Read(string d, SvgPathSink sink)
    {
        var r = new SvgNumberReader(d);
        char command = '\0';
        // the previous segment's second control point (for S and T reflections) and its kind
        double lastCx = 0, lastCy = 0;
        char lastKind = '\0';
        Span<double> a = stackalloc double[7];
        while (true)
        {
            r.SkipSeparators();
            if (r.AtEnd) return true;
            char c = r.Peek;
            if (char.IsAsciiLetter(c))
            {
                r.Advance();
                command = c;
                if (command is 'z' or 'Z')
                {
                    sink.Close();
                    lastKind = 'Z';
                    continue;
                }
            }
            else if (command == '\0' || command is 'z' or 'Z' || !r.AtNumber)
            {
                return false;   // numbers with no command, or garbage
            }

            bool rel = char.IsAsciiLetterLower(command);
            double ox = rel ? sink.X : 0, oy = rel ? sink.Y : 0;
            switch (char.ToUpperInvariant(command))
            {
                case 'M':
                    if (!Numbers(ref r, a[..2])) return false;
                    sink.MoveTo(ox + a[0], oy + a[1]);
                    command = rel ? 'l' : 'L';  // further pairs are lines
                    lastKind = 'M';
                    break;
                case 'L':
                    if (!Numbers(ref r, a[..2])) return false;
                    sink.LineTo(ox + a[0], oy + a[1]);
                    lastKind = 'L';
                    break;
                case 'H':
                    if (!Numbers(ref r, a[..1])) return false;
                    sink.LineTo(ox + a[0], sink.Y);
                    lastKind = 'L';
                    break;
                case 'V':
                    if (!Numbers(ref r, a[..1])) return false;
                    sink.LineTo(sink.X, oy + a[0]);
                    lastKind = 'L';
                    break;
                case 'C':
                    if (!Numbers(ref r, a[..6])) return false;
                    lastCx = ox + a[2]; lastCy = oy + a[3];
                    sink.CubicTo(ox + a[0], oy + a[1], lastCx, lastCy, ox + a[4], oy + a[5]);
                    lastKind = 'C';
                    break;
                case 'S':
                {
                    if (!Numbers(ref r, a[..4])) return false;
                    double x1 = lastKind == 'C' ? 2 * sink.X - lastCx : sink.X;
                    double y1 = lastKind == 'C' ? 2 * sink.Y - lastCy : sink.Y;
                    lastCx = ox + a[0]; lastCy = oy + a[1];
                    sink.CubicTo(x1, y1, lastCx, lastCy, ox + a[2], oy + a[3]);
                    lastKind = 'C';
                    break;
                }
                case 'Q':
                    if (!Numbers(ref r, a[..4])) return false;
                    lastCx = ox + a[0]; lastCy = oy + a[1];
                    sink.QuadTo(lastCx, lastCy, ox + a[2], oy + a[3]);
                    lastKind = 'Q';
                    break;
                case 'T':
                {
                    if (!Numbers(ref r, a[..2])) return false;
                    double cx = lastKind == 'Q' ? 2 * sink.X - lastCx : sink.X;
                    double cy = lastKind == 'Q' ? 2 * sink.Y - lastCy : sink.Y;
                    lastCx = cx; lastCy = cy;
                    sink.QuadTo(cx, cy, ox + a[0], oy + a[1]);
                    lastKind = 'Q';
                    break;
                }
                case 'A':
                {
                    if (!r.TryReadNumber(out a[0]) || !r.TryReadNumber(out a[1]) || !r.TryReadNumber(out a[2])
                        || !r.TryReadFlag(out bool large) || !r.TryReadFlag(out bool sweep)
                        || !r.TryReadNumber(out a[3]) || !r.TryReadNumber(out a[4]))
                        return false;
                    sink.ArcTo(a[0], a[1], a[2], large, sweep, ox + a[3], oy + a[4]);
                    lastKind = 'A';
                    break;
                }
                default:
                    return false;
            }
        }
    }

    private static bool Numbers(ref SvgNumberReader r, scoped Span<double> into)
    {
        for (int i = 0; i < into.Length; i++)
            if (!r.TryReadNumber(out into[i])) return false;
        return true;
    }
}
