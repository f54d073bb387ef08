using Store.Core.Api;
using Store.Core.Security;

namespace Store.Catalog;

public static class CatalogPermissions
{
    public static readonly Permission ManageProducts = new("Catalog.ManageProducts", "Create, edit, publish and delete products")
    {
        DefaultRoles = [StoreRoles.Merchandiser],
        Scope = ApiScopes.CatalogWrite,
    };

    public static readonly Permission ManageCategories = new("Catalog.ManageCategories", "Edit the category tree")
    {
        DefaultRoles = [StoreRoles.Merchandiser],
        Scope = ApiScopes.CatalogWrite,
    };

    public static readonly Permission ManageAttributes = new("Catalog.ManageAttributes", "Define product attributes")
    {
        DefaultRoles = [StoreRoles.Merchandiser],
        Scope = ApiScopes.CatalogWrite,
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageProducts, ManageCategories, ManageAttributes];
}
