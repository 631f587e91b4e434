using System.Diagnostics;
using Hengnan.Report.Edition;
using Hengnan.Report.Fonts;
using Hengnan.Report.Tests.Editions;

namespace Hengnan.Report.Tests.Integrity;

/// <summary>
/// Every file an edition names resolves, links followed, inside the edition folder (or the tool's fonts folder for
/// fonts); what lies outside is never looked at or described; only regular files are opened, and nothing blocks.
/// </summary>
public sealed class ConfinementTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static IReadOnlyList<Diagnostic> Load(string folder)
    {
        // A pipe opened for reading waits for a writer forever: the load must finish on its own.
        var bag = new DiagnosticBag();
        var task = Task.Run(() => EditionLoader.Load(folder, bag));
        Assert.True(task.Wait(Patience), "loading the edition blocked");
        return bag.Items;
    }

    private static SmallEdition WithPhoto(string name) =>
        new(outline: $"[section economy]\ntitle: 甲 | A\n[photo {name}]\nzh: 说明。\nen: Caption.\n");

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static string OutsideFolder()
    {
        var outside = RepositoryPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(outside, "secret.png"), Png(10, 10));
        return outside;
    }

    [Theory]
    [InlineData("/etc/hostname")]
    [InlineData("/no/such/file.jpg")]
    [InlineData("../secret.png")]
    [InlineData("../no-such.png")]
    [InlineData("photos/../../secret.png")]
    [InlineData("C:\\Windows\\win.ini")]
    public void ANameOutsideTheEditionIsAnErrorThatSaysNothingAboutWhatIsThere(string name)
    {
        using var edition = WithPhoto(name);
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(edition.Folder)!, "secret.png"), Png(10, 10));
        var error = Assert.Single(Load(edition.Folder));
        Assert.Equal(("IMG004", 3, 1), (error.Code, error.Line, error.Column));
        Assert.Equal($"photo '{name}' is not inside the edition folder", error.Message);
    }

    [Fact]
    public void ALinkOutOfTheEditionIsRefusedTheSameWhetherItsTargetExistsOrNot()
    {
        var outside = OutsideFolder();
        var messages = new List<string>();
        foreach (var target in new[] { Path.Combine(outside, "secret.png"), Path.Combine(outside, "nothing.png"), "../../" + Path.GetFileName(outside) + "/secret.png" })
        {
            using var edition = WithPhoto("photos/p.png");
            Directory.CreateDirectory(Path.Combine(edition.Folder, "photos"));
            File.CreateSymbolicLink(Path.Combine(edition.Folder, "photos", "p.png"), target);
            var error = Assert.Single(Load(edition.Folder));
            Assert.Equal(("IMG004", 3, 1), (error.Code, error.Line, error.Column));
            messages.Add(error.ToString()[error.ToString().IndexOf(": error", StringComparison.Ordinal)..]);
        }
        // A linked folder on the way out is followed too.
        using (var edition = WithPhoto("photos/secret.png"))
        {
            Directory.CreateSymbolicLink(Path.Combine(edition.Folder, "photos"), outside);
            var error = Assert.Single(Load(edition.Folder));
            Assert.Equal("IMG004", error.Code);
        }
        Assert.Single(messages.Distinct());
        Directory.Delete(outside, true);
    }

    [Fact]
    public void LinksInsideTheEditionAreFollowed()
    {
        using var edition = WithPhoto("photos/link.png");
        Directory.CreateDirectory(Path.Combine(edition.Folder, "images"));
        File.WriteAllBytes(Path.Combine(edition.Folder, "images", "real.png"), Png(40, 30));
        Directory.CreateSymbolicLink(Path.Combine(edition.Folder, "photos"), "images");
        File.CreateSymbolicLink(Path.Combine(edition.Folder, "images", "link.png"), "../images/./real.png");
        var bag = new DiagnosticBag();
        var content = EditionLoader.Load(edition.Folder, bag);
        Assert.NotNull(content);
        Assert.Equal(40, content.Photos["photos/link.png"].PixelWidth);
    }

    [Fact]
    public void AFolderOrAPipeNamedAsAPhotoIsAnErrorAndNeverBlocks()
    {
        using var edition = new SmallEdition(outline: "[section economy]\ntitle: 甲 | A\n[photo photos]\nzh: 说明。\nen: Caption.\n[photo pipe.jpg]\nzh: 说明。\nen: Caption.\n");
        Directory.CreateDirectory(Path.Combine(edition.Folder, "photos"));
        MakeFifo(Path.Combine(edition.Folder, "pipe.jpg"));
        var found = Load(edition.Folder);
        Assert.Contains(found, d => d.Code == "IMG005" && d.Line == 3 && d.Message.Contains("a folder"));
        Assert.Contains(found, d => d.Code == "IMG005" && d.Line == 6 && d.Message.Contains("not an ordinary file"));
    }

    [Fact]
    public void APipeInPlaceOfAnEditionFileIsAnErrorAndNeverBlocks()
    {
        using var edition = new SmallEdition();
        File.Delete(Path.Combine(edition.Folder, "outline.txt"));
        MakeFifo(Path.Combine(edition.Folder, "outline.txt"));
        var error = Assert.Single(Load(edition.Folder));
        Assert.Equal("EDN016", error.Code);
    }

    [Fact]
    public void AHugePhotoIsRefusedFromItsHeaderBeforeItIsDecoded()
    {
        using var edition = WithPhoto("photos/huge.png");
        Directory.CreateDirectory(Path.Combine(edition.Folder, "photos"));
        // Synthetic: only the header of a 20000 × 20000 PNG (decoding it would take 1.6 GB).
        File.WriteAllBytes(Path.Combine(edition.Folder, "photos", "huge.png"), Png(20000, 20000));
        var clock = Stopwatch.StartNew();
        var error = Assert.Single(Load(edition.Folder));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(("IMG006", 3, 1), (error.Code, error.Line, error.Column));
        Assert.Contains("20000 × 20000 pixels (400 megapixels); the limit is 100 megapixels", error.Message);
    }

    [Fact]
    public void FontsResolveInsideTheEditionOrTheToolsFontsFolderOnly()
    {
        var outside = OutsideFolder();
        File.Copy(Path.Combine(FontLibrary.DefaultFolder, "NotoSans_400Regular.ttf"), Path.Combine(outside, "font.ttf"));
        using var edition = new SmallEdition(settings: SmallEdition.Settings +
            "\nfont.serif-zh: ../../etc/passwd\nfont.sans-zh: /etc/passwd\nfont.sans-en: escape.ttf\nfont.serif-en: pipe.ttf\nfont.serif-en-bold: fonts\n");
        File.CreateSymbolicLink(Path.Combine(edition.Folder, "escape.ttf"), Path.Combine(outside, "font.ttf"));
        MakeFifo(Path.Combine(edition.Folder, "pipe.ttf"));
        Directory.CreateDirectory(Path.Combine(edition.Folder, "fonts"));
        var found = Load(edition.Folder);
        Assert.Contains(found, d => d.Code == "EDN013" && d.Line == 11 && d.Column == 16 && !d.Message.Contains("root"));
        Assert.Contains(found, d => d.Code == "EDN013" && d.Line == 12);
        Assert.Contains(found, d => d.Code == "EDN013" && d.Line == 13);
        Assert.Contains(found, d => d.Code == "EDN014" && d.Line == 14);
        Assert.Contains(found, d => d.Code == "EDN014" && d.Line == 15);
        Directory.Delete(outside, true);
    }

    [Fact]
    public void AFontInTheEditionFolderIsUsed()
    {
        using var edition = new SmallEdition(settings: SmallEdition.Settings + "\nfont.sans-en: fonts/Mine.ttf\n");
        Directory.CreateDirectory(Path.Combine(edition.Folder, "fonts"));
        File.Copy(Path.Combine(FontLibrary.DefaultFolder, "NotoSerif_700Bold.ttf"), Path.Combine(edition.Folder, "fonts", "Mine.ttf"));
        var result = BrochureBuilder.Build(new BuildRequest(edition.Folder, RepositoryPaths.NewTempFolder()) { WriteFiles = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    /// <summary>A PNG signature, an IHDR chunk of the given size (8-bit RGB) and an empty IEND: enough for a header reader.</summary>
    internal static byte[] Png(int width, int height)
    {
        var bytes = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        void Chunk(string type, byte[] data)
        {
            bytes.AddRange(BigEndian(data.Length));
            var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            bytes.AddRange(body);
            bytes.AddRange(BigEndian((int)Crc32(body)));
        }
        Chunk("IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        {
            // A real image when small: rows of filter byte 0 and black pixels, deflated; the first rows only when large.
            var raw = new byte[(int)Math.Min(height, 10_000L / width + 1) * (1 + 3 * width)];
            using var packed = new MemoryStream();
            using (var z = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);
            Chunk("IDAT", packed.ToArray());
        }
        Chunk("IEND", []);
        return bytes.ToArray();
    }

    private static byte[] BigEndian(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
