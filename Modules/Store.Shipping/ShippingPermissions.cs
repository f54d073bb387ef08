using Store.Core.Security;

namespace Store.Shipping;

public static class ShippingPermissions
{
    public const string ManageShippingName = "Shipping.ManageShipping";

    /// <summary>No API scope: zones and methods are changed by staff signed in as themselves, never by an API client.</summary>
    public static readonly Permission ManageShipping = new(ManageShippingName, "Edit shipping zones and their methods")
    {
        DefaultRoles = [StoreRoles.Administrator],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageShipping];
}
