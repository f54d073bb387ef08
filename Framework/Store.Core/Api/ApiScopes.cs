namespace Store.Core.Api;

/// <summary>
/// What an API client may be granted. A permission names the scope that carries it (<see cref="Security.Permission.Scope"/>),
/// so a client token holds exactly the permissions of its scopes; a module adding write endpoints gives its
/// permissions a scope here.
/// </summary>
public static class ApiScopes
{
    public const string CatalogRead = "catalog:read";
    public const string CatalogWrite = "catalog:write";
    public const string OrdersRead = "orders:read";
    public const string OrdersWrite = "orders:write";

    public static IReadOnlyList<string> All { get; } = [CatalogRead, CatalogWrite, OrdersRead, OrdersWrite];
}
