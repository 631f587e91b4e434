namespace Hengnan.Report.Edition;

/// <summary>What a name in an edition leads to, once every link on the way is followed.</summary>
public enum EntryKind
{
    /// <summary>A regular file inside the allowed folder: the only kind ever opened.</summary>
    File,
    /// <summary>Nothing by that name (inside the allowed folder).</summary>
    Missing,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A named pipe, a device, a socket: never opened (reading one could block or never end).</summary>
    Special,
    /// <summary>The name, or a link on the way, leads outside the allowed folder; nothing is said about what is there.</summary>
    Outside,
    /// <summary>Not a usable relative name (empty, or with characters a path cannot hold), or a loop of links.</summary>
    Invalid,
}
