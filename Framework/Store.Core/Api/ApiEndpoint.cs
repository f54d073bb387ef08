namespace Store.Core.Api;

/// <summary>Endpoint metadata marking a route mapped through <see cref="ApiGroups.MapApiGroup"/>.</summary>
public sealed class ApiEndpoint
{
    public static readonly ApiEndpoint Marker = new();

    private ApiEndpoint()
    {
    }
}
