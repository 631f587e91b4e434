namespace Hengnan.Report.Preflight;

/// <summary>A PDF transformation [a b c d e f] (row vectors: p' = p × M).</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>This matrix, then <paramref name="n"/>: this × n. For cm, CTM' = M × CTM.</summary>
    public Matrix Then(Matrix n) => new(
        A * n.A + B * n.C, A * n.B + B * n.D,
        C * n.A + D * n.C, C * n.B + D * n.D,
        E * n.A + F * n.C + n.E, E * n.B + F * n.D + n.F);

    /// <summary>A matrix from six numbers, or null when there are not six finite ones.</summary>
    public static Matrix? From(IReadOnlyList<double>? v) =>
        v is { Count: 6 } && v.All(double.IsFinite) ? new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]) : null;

    /// <summary>The length of the image of the unit x vector: an image's placed width in points.</summary>
    public double XScale => Math.Sqrt(A * A + B * B);

    /// <summary>The length of the image of the unit y vector: an image's placed height in points.</summary>
    public double YScale => Math.Sqrt(C * C + D * D);

    /// <summary>The least a length can shrink under this matrix (the smaller singular value): the thinnest a stroke can get.</summary>
    public double MinScale
    {
        get
        {
            double s = A * A + B * B + C * C + D * D;
            double det = A * D - B * C;
            double disc = Math.Max(0, s * s - 4 * det * det);
            return Math.Sqrt(Math.Max(0, (s - Math.Sqrt(disc)) / 2));
        }
    }
}
