namespace Hengnan.Report.Vector;

/// <summary>An SVG affine transform [a c e; b d f]: (x, y) → (a·x + c·y + e, b·x + d·y + f).</summary>
internal readonly record struct SvgMatrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly SvgMatrix Identity = new(1, 0, 0, 1, 0, 0);

    public static SvgMatrix Translate(double x, double y) => new(1, 0, 0, 1, x, y);
    public static SvgMatrix Scale(double x, double y) => new(x, 0, 0, y, 0, 0);

    public static SvgMatrix Rotate(double degrees, double cx = 0, double cy = 0)
    {
        double r = degrees * Math.PI / 180, cos = Math.Cos(r), sin = Math.Sin(r);
        var rotation = new SvgMatrix(cos, sin, -sin, cos, 0, 0);
        return cx == 0 && cy == 0 ? rotation : Translate(cx, cy).Then(rotation).Then(Translate(-cx, -cy));
    }

    /// <summary>This transform applied after <paramref name="inner"/>: the CTM of a child whose own transform is <paramref name="inner"/>.</summary>
    public SvgMatrix Then(SvgMatrix inner) => new(
        A * inner.A + C * inner.B,
        B * inner.A + D * inner.B,
        A * inner.C + C * inner.D,
        B * inner.C + D * inner.D,
        A * inner.E + C * inner.F + E,
        B * inner.E + D * inner.F + F);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>A direction (no translation).</summary>
    public (double X, double Y) ApplyVector(double x, double y) => (A * x + C * y, B * x + D * y);

    /// <summary>The mean scale (√|det|): how a length such as a stroke width grows.</summary>
    public double MeanScale => Math.Sqrt(Math.Abs(A * D - B * C));

    /// <summary>Axis-aligned: no rotation or skew (a rectangle stays a rectangle).</summary>
    public bool IsAxisAligned => Math.Abs(B) < 1e-9 && Math.Abs(C) < 1e-9;

    /// <summary>Parses an SVG transform list (matrix, translate, scale, rotate, skewX, skewY); null when it is malformed.</summary>
    public static SvgMatrix? Parse(string text)
    {
        var result = Identity;
        var reader = new SvgNumberReader(text);
        Span<double> args = stackalloc double[6];
        while (true)
        {
            reader.SkipSeparators();
            if (reader.AtEnd) return result;
            var name = reader.ReadName();
            reader.SkipWhitespace();
            if (name.IsEmpty || !reader.TryConsume('(')) return null;
            int n = 0;
            while (true)
            {
                reader.SkipSeparators();
                if (reader.TryConsume(')')) break;
                if (n == args.Length || !reader.TryReadNumber(out args[n])) return null;
                n++;
            }
            SvgMatrix? m = name switch
            {
                "matrix" when n == 6 => new SvgMatrix(args[0], args[1], args[2], args[3], args[4], args[5]),
                "translate" when n is 1 or 2 => Translate(args[0], n == 2 ? args[1] : 0),
                "scale" when n is 1 or 2 => Scale(args[0], n == 2 ? args[1] : args[0]),
                "rotate" when n is 1 => Rotate(args[0]),
                "rotate" when n is 3 => Rotate(args[0], args[1], args[2]),
                "skewX" when n == 1 => new SvgMatrix(1, 0, Math.Tan(args[0] * Math.PI / 180), 1, 0, 0),
                "skewY" when n == 1 => new SvgMatrix(1, Math.Tan(args[0] * Math.PI / 180), 0, 1, 0, 0),
                _ => null,
            };
            if (m is null) return null;
            result = result.Then(m.Value);
        }
    }
}
