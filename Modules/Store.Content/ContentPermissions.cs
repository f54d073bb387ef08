using Store.Core.Security;

namespace Store.Content;

public static class ContentPermissions
{
    public const string ManageContentName = "Content.ManageContent";

    /// <summary>Pages, menus, the home page's sections and the shop's texts: the merchandiser's work.</summary>
    public static readonly Permission ManageContent = new(ManageContentName, "Edit content pages, menus, the home page and the shop's texts")
    {
        DefaultRoles = [StoreRoles.Administrator, StoreRoles.Merchandiser],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageContent];
}
