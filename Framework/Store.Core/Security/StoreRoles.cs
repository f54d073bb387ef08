namespace Store.Core.Security;

/// <summary>Role names every module can rely on. The Administrator holds every permission.</summary>
public static class StoreRoles
{
    public const string Administrator = "Administrator";
    public const string Merchandiser = "Merchandiser";
    public const string OrderManager = "Order manager";
    public const string Translator = "Translator";
    public const string Customer = "Customer";

    public static IReadOnlyList<string> All { get; } = [Administrator, Merchandiser, OrderManager, Translator, Customer];
}
