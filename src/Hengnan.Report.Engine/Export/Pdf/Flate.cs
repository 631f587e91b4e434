using System.IO.Compression;

namespace Hengnan.Report.Export.Pdf;

/// <summary>FlateDecode (zlib) compression of stream data. zlib is deterministic: same bytes in, same bytes out.</summary>
internal static class Flate
{
    // Each thread compresses into one buffer and copies out the result: one array a stream, not two. A buffer grown
    // past a megabyte (an image) is not kept.
    [ThreadStatic] private static MemoryStream? t_output;

    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        var output = t_output ?? new MemoryStream(64 * 1024);
        t_output = null;
        output.SetLength(0);
        using (var z = new ZLibStream(output, level, leaveOpen: true))
            z.Write(data);
        var result = output.ToArray();
        if (output.Capacity <= 1 << 20) t_output = output;
        return result;
    }

    public static byte[] Decompress(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data.ToArray());
        using var z = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        z.CopyTo(output);
        return output.ToArray();
    }
}
