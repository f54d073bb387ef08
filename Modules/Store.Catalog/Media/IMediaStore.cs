namespace Store.Catalog.Media;

/// <summary>Where image files live. Names are flat (<c>{hash}.jpg</c>, <c>{hash}-card.jpg</c>) and written once.</summary>
public interface IMediaStore
{
    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

    Task SaveAsync(string name, byte[] content, CancellationToken cancellationToken);

    /// <summary>Null when there is no such file.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken);
}
