namespace Store.Core.Security;

public static class CorePermissions
{
    public static readonly Permission AccessAdmin = new("Admin.Access", "Open the admin dashboard")
    {
        DefaultRoles = [StoreRoles.Merchandiser, StoreRoles.OrderManager, StoreRoles.Translator],
    };

    public static IReadOnlyList<Permission> All { get; } = [AccessAdmin];
}
