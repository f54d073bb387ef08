using Store.Core.Security;

namespace Store.Taxes;

public static class TaxesPermissions
{
    public const string ManageTaxesName = "Taxes.ManageTaxes";

    /// <summary>No API scope: the tax table is changed by staff signed in as themselves, never by an API client.</summary>
    public static readonly Permission ManageTaxes = new(ManageTaxesName, "Edit tax categories, the rate table and the tax settings")
    {
        DefaultRoles = [StoreRoles.Administrator],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageTaxes];
}
