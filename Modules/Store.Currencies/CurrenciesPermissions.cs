using Store.Core.Security;

namespace Store.Currencies;

public static class CurrenciesPermissions
{
    public const string ManageCurrenciesName = "Currencies.ManageCurrencies";

    /// <summary>No API scope: currencies and rates are changed by staff signed in as themselves, never by an API client.</summary>
    public static readonly Permission ManageCurrencies = new(ManageCurrenciesName, "Add selling currencies, set their rounding and exchange rates, import the ECB's rates")
    {
        DefaultRoles = [StoreRoles.Administrator],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageCurrencies];
}
