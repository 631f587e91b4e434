using System.IO.Compression;

namespace Hengnan.Report.Export.Pdf;

/// <summary>FlateDecode (zlib) compression of stream data. zlib is deterministic: same bytes in, same bytes out.</summary>
internal static class Flate
{
    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var z = new ZLibStream(output, level, leaveOpen: true))
            z.Write(data);
        return output.ToArray();
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
