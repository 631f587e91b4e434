using Hengnan.Report.Drawing;

namespace Hengnan.Report.Vector;

/// <summary>
/// Builds a <see cref="PathData"/> from commands in an element's local coordinates: every point goes through the
/// element's transform, arcs become cubics (at most a quarter turn each), quadratics are raised to cubics.
/// Tracks the local current point and subpath start for relative commands.
/// </summary>
internal sealed class SvgPathSink
{
    private readonly PathBuilder _builder = new();
    private readonly SvgMatrix _m;
    private bool _open;     // a subpath has been started (a MoveTo was emitted since the last Close)

    public SvgPathSink(SvgMatrix m) => _m = m;

    public double X { get; private set; }
    public double Y { get; private set; }
    public double StartX { get; private set; }
    public double StartY { get; private set; }
    public bool IsEmpty => _builder.IsEmpty;

    public PathData Build() => _builder.Build();

    public void MoveTo(double x, double y)
    {
        var (tx, ty) = _m.Apply(x, y);
        _builder.MoveTo((float)tx, (float)ty);
        X = StartX = x; Y = StartY = y;
        _open = true;
    }

    /// <summary>After a close, drawing goes on from the closed subpath's start: a new subpath begins there.</summary>
    private void EnsureOpen()
    {
        if (!_open) MoveTo(X, Y);
    }

    public void LineTo(double x, double y)
    {
        EnsureOpen();
        var (tx, ty) = _m.Apply(x, y);
        _builder.LineTo((float)tx, (float)ty);
        X = x; Y = y;
    }

    public void CubicTo(double x1, double y1, double x2, double y2, double x, double y)
    {
        EnsureOpen();
        var (ax, ay) = _m.Apply(x1, y1);
        var (bx, by) = _m.Apply(x2, y2);
        var (tx, ty) = _m.Apply(x, y);
        _builder.CubicTo((float)ax, (float)ay, (float)bx, (float)by, (float)tx, (float)ty);
        X = x; Y = y;
    }

    public void QuadTo(double cx, double cy, double x, double y) =>
        CubicTo(X + 2.0 / 3 * (cx - X), Y + 2.0 / 3 * (cy - Y), x + 2.0 / 3 * (cx - x), y + 2.0 / 3 * (cy - y), x, y);

    public void Close()
    {
        if (!_open) return;
        _builder.Close();
        X = StartX; Y = StartY;
        _open = false;
    }

    /// <summary>An SVG elliptical arc from the current point (SVG 1.1 appendix F.6: endpoint to centre parameterisation).</summary>
    public void ArcTo(double rx, double ry, double rotationDegrees, bool largeArc, bool sweep, double x, double y)
    {
        double x1 = X, y1 = Y;
        if (x1 == x && y1 == y) return;
        rx = Math.Abs(rx); ry = Math.Abs(ry);
        if (rx == 0 || ry == 0) { LineTo(x, y); return; }

        double phi = rotationDegrees * Math.PI / 180, cos = Math.Cos(phi), sin = Math.Sin(phi);
        double dx2 = (x1 - x) / 2, dy2 = (y1 - y) / 2;
        double x1p = cos * dx2 + sin * dy2, y1p = -sin * dx2 + cos * dy2;
        double lambda = x1p * x1p / (rx * rx) + y1p * y1p / (ry * ry);
        if (lambda > 1)
        {
            double s = Math.Sqrt(lambda);
            rx *= s; ry *= s;
        }
        double rx2 = rx * rx, ry2 = ry * ry;
        double num = rx2 * ry2 - rx2 * y1p * y1p - ry2 * x1p * x1p;
        double den = rx2 * y1p * y1p + ry2 * x1p * x1p;
        double coef = den == 0 ? 0 : Math.Sqrt(Math.Max(0, num / den));
        if (largeArc == sweep) coef = -coef;
        double cxp = coef * rx * y1p / ry, cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x) / 2, cy = sin * cxp + cos * cyp + (y1 + y) / 2;

        double theta1 = Math.Atan2((y1p - cyp) / ry, (x1p - cxp) / rx);
        double theta2 = Math.Atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx);
        double dtheta = theta2 - theta1;
        if (sweep && dtheta < 0) dtheta += 2 * Math.PI;
        else if (!sweep && dtheta > 0) dtheta -= 2 * Math.PI;

        int segments = Math.Max(1, (int)Math.Ceiling(Math.Abs(dtheta) / (Math.PI / 2) - 1e-9));
        double delta = dtheta / segments;
        double t = 4.0 / 3 * Math.Tan(delta / 4);
        double a = theta1;
        for (int i = 0; i < segments; i++)
        {
            double b = i == segments - 1 ? theta1 + dtheta : a + delta;
            double cosA = Math.Cos(a), sinA = Math.Sin(a), cosB = Math.Cos(b), sinB = Math.Sin(b);
            // point and derivative of the ellipse at an angle
            double pax = cx + rx * cosA * cos - ry * sinA * sin, pay = cy + rx * cosA * sin + ry * sinA * cos;
            double dax = -rx * sinA * cos - ry * cosA * sin, day = -rx * sinA * sin + ry * cosA * cos;
            double pbx = cx + rx * cosB * cos - ry * sinB * sin, pby = cy + rx * cosB * sin + ry * sinB * cos;
            double dbx = -rx * sinB * cos - ry * cosB * sin, dby = -rx * sinB * sin + ry * cosB * cos;
            if (i == segments - 1) { pbx = x; pby = y; }
            CubicTo(pax + t * dax, pay + t * day, pbx - t * dbx, pby - t * dby, pbx, pby);
            a = b;
        }
    }

    /// <summary>An ellipse as four cubics, clockwise from its rightmost point, closed.</summary>
    public void Ellipse(double cx, double cy, double rx, double ry)
    {
        const double k = 0.5522847498307936;
        double kx = rx * k, ky = ry * k;
        MoveTo(cx + rx, cy);
        CubicTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        CubicTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        CubicTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        CubicTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        Close();
    }

    /// <summary>A rectangle, with elliptical corners when rx and ry are positive (already clamped to half the sides).</summary>
    public void Rectangle(double x, double y, double w, double h, double rx, double ry)
    {
        if (rx <= 0 || ry <= 0)
        {
            MoveTo(x, y); LineTo(x + w, y); LineTo(x + w, y + h); LineTo(x, y + h); Close();
            return;
        }
        const double k = 0.5522847498307936;
        double kx = rx * k, ky = ry * k, r = x + w, b = y + h;
        MoveTo(x + rx, y);
        LineTo(r - rx, y);
        CubicTo(r - rx + kx, y, r, y + ry - ky, r, y + ry);
        LineTo(r, b - ry);
        CubicTo(r, b - ry + ky, r - rx + kx, b, r - rx, b);
        LineTo(x + rx, b);
        CubicTo(x + rx - kx, b, x, b - ry + ky, x, b - ry);
        LineTo(x, y + ry);
        CubicTo(x, y + ry - ky, x + rx - kx, y, x + rx, y);
        Close();
    }
}
