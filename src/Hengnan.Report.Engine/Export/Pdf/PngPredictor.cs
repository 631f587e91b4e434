namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// PNG row filters (ISO 32000 §7.4.4.4, /Predictor 15): each row is prefixed with the filter that
/// gives the smallest sum of absolute differences (the usual PNG heuristic), which lets Flate
/// compress photographs and flat artwork alike much better than raw samples.
/// </summary>
internal static class PngPredictor
{
    public static byte[] Encode(ReadOnlySpan<byte> samples, int width, int height, int bytesPerPixel)
    {
        int stride = width * bytesPerPixel;
        if (samples.Length < stride * height) throw new ArgumentException("fewer samples than width × height", nameof(samples));
        var output = new byte[(stride + 1) * height];
        var candidate = new byte[4][];
        for (int f = 0; f < 4; f++) candidate[f] = new byte[stride];
        var zero = new byte[stride];
        for (int y = 0; y < height; y++)
        {
            var row = samples.Slice(y * stride, stride);
            var up = y == 0 ? zero : samples.Slice((y - 1) * stride, stride);
            long best = long.MaxValue;
            int bestFilter = 0;
            for (int f = 0; f < 4; f++)
            {
                var c = candidate[f];
                long sum = 0;
                for (int i = 0; i < stride; i++)
                {
                    int a = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                    int b = up[i];
                    int d = f switch
                    {
                        0 => row[i],
                        1 => row[i] - a,
                        2 => row[i] - b,
                        _ => row[i] - Paeth(a, b, i >= bytesPerPixel ? up[i - bytesPerPixel] : 0),
                    };
                    byte v = (byte)d;
                    c[i] = v;
                    sum += v < 128 ? v : 256 - v;
                }
                if (sum < best) { best = sum; bestFilter = f; }
            }
            // Filter types: 0 None, 1 Sub, 2 Up, 4 Paeth.
            int at = y * (stride + 1);
            output[at] = (byte)(bestFilter == 3 ? 4 : bestFilter);
            candidate[bestFilter].CopyTo(output, at + 1);
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
