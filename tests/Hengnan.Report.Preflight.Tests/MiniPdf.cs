using System.IO.Compression;
using System.Text;

namespace Hengnan.Report.Preflight.Tests;

/// <summary>
/// A minimal hand-written PDF writer for tests: numbered objects (dictionaries as PDF source text, streams with
/// optional Flate), a classic xref table and a trailer. Nothing is checked: the tests decide what is right or wrong.
/// </summary>
internal sealed class MiniPdf
{
    private readonly List<byte[]?> _objects = [];

    /// <summary>Reserves an object number to fill later with <see cref="Set"/> (for forward references).</summary>
    public int Reserve()
    {
        _objects.Add(null);
        return _objects.Count;
    }

    /// <summary>Adds an object written as PDF source, e.g. "&lt;&lt; /Type /Page … &gt;&gt;"; returns its number.</summary>
    public int Add(string body)
    {
        int n = Reserve();
        Set(n, body);
        return n;
    }

    public void Set(int number, string body) => _objects[number - 1] = Latin1(body);

    /// <summary>Adds a stream; <paramref name="dictionary"/> is the inside of its dictionary, without /Length.</summary>
    public int AddStream(string dictionary, byte[] data, bool flate = false)
    {
        int n = Reserve();
        SetStream(n, dictionary, data, flate);
        return n;
    }

    public int AddStream(string dictionary, string content, bool flate = false) => AddStream(dictionary, Latin1(content), flate);

    public void SetStream(int number, string dictionary, byte[] data, bool flate = false)
    {
        if (flate)
        {
            using var packed = new MemoryStream();
            using (var z = new ZLibStream(packed, CompressionLevel.Optimal)) z.Write(data);
            data = packed.ToArray();
            dictionary += " /Filter /FlateDecode";
        }
        using var ms = new MemoryStream();
        ms.Write(Latin1($"<< {dictionary} /Length {data.Length} >>\nstream\n"));
        ms.Write(data);
        ms.Write(Latin1("\nendstream"));
        _objects[number - 1] = ms.ToArray();
    }

    /// <summary>The file: header, objects, xref, trailer with /Root <paramref name="root"/> and any extra trailer entries.</summary>
    public byte[] Build(int root, string trailerExtra = "")
    {
        using var ms = new MemoryStream();
        ms.Write(Latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new long[_objects.Count];
        for (int i = 0; i < _objects.Count; i++)
        {
            offsets[i] = ms.Position;
            ms.Write(Latin1($"{i + 1} 0 obj\n"));
            ms.Write(_objects[i] ?? throw new InvalidOperationException($"object {i + 1} reserved but never set"));
            ms.Write(Latin1("\nendobj\n"));
        }
        long xref = ms.Position;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(_objects.Count + 1).Append('\n').Append("0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(o.ToString("D10")).Append(" 00000 n \n");
        sb.Append("trailer\n<< /Size ").Append(_objects.Count + 1).Append(" /Root ").Append(root).Append(" 0 R ")
          .Append(trailerExtra).Append(" >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        ms.Write(Latin1(sb.ToString()));
        return ms.ToArray();
    }

    public static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);
}
