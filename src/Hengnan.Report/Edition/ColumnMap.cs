namespace Hengnan.Report.Edition;

/// <summary>
/// Turns a column in a prepared text (NFC, counted in UTF-16 units, as the readers count) back into the
/// column the user sees in the file as written: its characters (Unicode scalar values) before
/// normalisation. Lines that need no translation are not stored.
/// </summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<int, int[]> _lines = new();

    public bool IsEmpty => _lines.Count == 0;

    /// <param name="columns">For each UTF-16 index of the prepared line (and one past its end), the 1-based column in the file.</param>
    public void Add(int line, int[] columns) => _lines[line] = columns;

    public int Map(int line, int column)
    {
        if (column < 1 || !_lines.TryGetValue(line, out var columns)) return column;
        int index = column - 1;
        return index < columns.Length ? columns[index] : columns[^1] + (index - (columns.Length - 1));
    }
}
