namespace Store.Catalog.Media;

public sealed class FileSystemMediaStore(string root) : IMediaStore
{
    public string Root => root;

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(name)));

    public async Task SaveAsync(string name, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var path = PathOf(name);
        // Write aside, then move: a reader never sees half a file, and two writers of the same bytes are harmless.
        var temporary = path + "." + Guid.NewGuid().ToString("n") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true) : null);
    }

    private string PathOf(string name)
    {
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException("A media name is a plain file name.", nameof(name));
        }

        return Path.Combine(root, name);
    }
}
