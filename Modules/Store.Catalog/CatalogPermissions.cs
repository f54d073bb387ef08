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

    /// <summary>
    /// The Translations module's permission (a Translator's), by name: Catalog comes before that module and cannot
    /// reference it. With any catalog permission it opens the content translation pages (<see cref="TranslateContentPolicy"/>).
    /// </summary>
    public const string ManageTranslationsName = "Translations.ManageTranslations";

    /// <summary>The policy of the content translation pages: a Translator, a merchandiser or an Administrator.</summary>
    public const string TranslateContentPolicy = "Catalog.TranslateContent";

    public static IReadOnlyList<Permission> All { get; } = [ManageProducts, ManageCategories, ManageAttributes];
}
