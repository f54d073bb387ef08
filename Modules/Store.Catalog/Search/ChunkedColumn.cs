namespace Store.Catalog.Search;

/// <summary>
/// An immutable column of values in chunks small enough to stay off the large-object heap. Changing a
/// few values copies only their chunks: every order changes stock, and copying a whole 100,000-entry
/// array each time would feed the large-object heap and bring on full garbage collections.
/// </summary>
internal sealed class ChunkedColumn<T>
{
    private const int Shift = 12;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private readonly T[][] _chunks;

    private ChunkedColumn(T[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    public int Length { get; }

    public T this[int index] => _chunks[index >> Shift][index & Mask];

    public static ChunkedColumn<T> From(IReadOnlyList<T> values)
    {
        var chunks = new T[(values.Count + Mask) >> Shift][];
        for (var c = 0; c < chunks.Length; c++)
        {
            chunks[c] = new T[ChunkSize];
            for (var i = 0; i < ChunkSize && (c << Shift) + i < values.Count; i++)
            {
                chunks[c][i] = values[(c << Shift) + i];
            }
        }

        return new ChunkedColumn<T>(chunks, values.Count);
    }

    /// <summary>A column of <paramref name="length"/> values (at least this one's) with the given values set.</summary>
    public ChunkedColumn<T> With(IEnumerable<(int Index, T Value)> changes, int length)
    {
        length = Math.Max(length, Length);
        var chunks = new T[(length + Mask) >> Shift][];
        Array.Copy(_chunks, chunks, _chunks.Length);
        var copied = new bool[chunks.Length];
        foreach (var (index, value) in changes)
        {
            var c = index >> Shift;
            if (!copied[c])
            {
                chunks[c] = chunks[c] is { } shared ? (T[])shared.Clone() : new T[ChunkSize];
                copied[c] = true;
            }

            chunks[c][index & Mask] = value;
        }

        for (var c = 0; c < chunks.Length; c++)
        {
            chunks[c] ??= new T[ChunkSize];
        }

        return new ChunkedColumn<T>(chunks, length);
    }
}
