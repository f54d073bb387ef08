namespace Store.Catalog.Media;

/// <summary>The outcome of an upload: the stored key, or the message to show the merchandiser.</summary>
public sealed record ImageUpload(string? Key, string? Error)
{
    public static ImageUpload Refused(string message) => new(null, message);
}
