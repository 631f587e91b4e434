using System.Security.Cryptography;

namespace Hengnan.Report.Export.Pdf;

/// <summary>
/// Writes a PDF file body: numbered objects in the order they are given, then a classic cross
/// reference table and the trailer. Object numbers are handed out by <see cref="Allocate"/> in call
/// order, so numbering is as deterministic as the caller. Nothing is patched after it is written.
/// </summary>
internal sealed class PdfObjectWriter
{
    private readonly PdfBuffer _out;
    private readonly List<long> _offsets = [0];
    private int _open;

    /// <param name="capacity">Initial buffer size.</param>
    /// <param name="minorVersion">The header's PDF 1.x version (7; 6 for PDF/X-4).</param>
    public PdfObjectWriter(int capacity = 1 << 20, int minorVersion = 7)
    {
        if (minorVersion is < 0 or > 7) throw new ArgumentOutOfRangeException(nameof(minorVersion));
        _out = new PdfBuffer(capacity);
        // Header, and a comment of high bytes so transfer tools treat the file as binary.
        _out.Raw("%PDF-1."u8).Int(minorVersion).Byte((byte)'\n').Raw([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    public int Count => _offsets.Count - 1;

    /// <summary>Reserves the next object number.</summary>
    public int Allocate()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Reserves <paramref name="count"/> consecutive object numbers and returns the first.</summary>
    public int Allocate(int count)
    {
        int first = Allocate();
        for (int i = 1; i < count; i++) Allocate();
        return first;
    }

    /// <summary>Starts object <paramref name="number"/> and returns the buffer to write its body into; finish with <see cref="End"/>.</summary>
    public PdfBuffer Begin(int number)
    {
        if (_open != 0) throw new InvalidOperationException($"object {_open} is still open");
        if (number <= 0 || number >= _offsets.Count) throw new ArgumentOutOfRangeException(nameof(number), "not an allocated object number");
        if (_offsets[number] >= 0) throw new InvalidOperationException($"object {number} was already written");
        _offsets[number] = _out.Length;
        _open = number;
        return _out.Int(number).Raw(" 0 obj\n"u8);
    }

    public void End()
    {
        if (_open == 0) throw new InvalidOperationException("no object is open");
        _out.Raw("\nendobj\n"u8);
        _open = 0;
    }

    /// <summary>Writes a stream object: <paramref name="dictionary"/> holds its entries except /Length, which is added.</summary>
    public void Stream(int number, ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> data)
    {
        var b = Begin(number);
        b.Raw("<<"u8).Raw(dictionary).Raw(" /Length "u8).Int(data.Length).Raw(">>\nstream\n"u8);
        b.Raw(data).Raw("\nendstream"u8);
        End();
    }

    /// <summary>SHA-256 of everything written so far (plus <paramref name="extra"/>): the document's content hash.</summary>
    public byte[] ContentHash(ReadOnlySpan<byte> extra)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_out.Span);
        hash.AppendData(extra);
        return hash.GetHashAndReset();
    }

    /// <summary>Writes the cross reference table and trailer and returns the file.</summary>
    public byte[] Finish(int root, int info, ReadOnlySpan<byte> id)
    {
        if (_open != 0) throw new InvalidOperationException($"object {_open} is still open");
        for (int i = 1; i < _offsets.Count; i++)
            if (_offsets[i] < 0) throw new InvalidOperationException($"object {i} was allocated but never written");
        long xref = _out.Length;
        _out.Raw("xref\n0 "u8).Int(_offsets.Count).Raw("\n0000000000 65535 f\r\n"u8);
        Span<byte> entry = stackalloc byte[20];
        for (int i = 1; i < _offsets.Count; i++)
        {
            long offset = _offsets[i];
            for (int d = 9; d >= 0; d--) { entry[d] = (byte)('0' + offset % 10); offset /= 10; }
            " 00000 n\r\n"u8.CopyTo(entry[10..]);
            _out.Raw(entry);
        }
        _out.Raw("trailer\n<< /Size "u8).Int(_offsets.Count).Raw(" /Root "u8).Ref(root).Raw(" /Info "u8).Ref(info)
            .Raw(" /ID ["u8).HexString(id).Space().HexString(id).Raw("] >>\nstartxref\n"u8).Int(xref).Raw("\n%%EOF\n"u8);
        return _out.ToArray();
    }
}
