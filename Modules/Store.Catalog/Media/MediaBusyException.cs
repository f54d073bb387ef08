namespace Store.Catalog.Media;

/// <summary>The decode budget stayed spent for the whole wait: the request is answered 503 with <c>Retry-After</c>.</summary>
public sealed class MediaBusyException(TimeSpan retryAfter)
    : Exception("Too many images are being processed; try again shortly.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
