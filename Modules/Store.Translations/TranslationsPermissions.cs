using Store.Core.Security;

namespace Store.Translations;

public static class TranslationsPermissions
{
    public const string ManageTranslationsName = "Translations.ManageTranslations";

    /// <summary>The Translator's one right besides opening the admin: prices, orders and users stay out of reach.</summary>
    public static readonly Permission ManageTranslations = new(ManageTranslationsName, "See translation coverage, translate strings, import and export PO files")
    {
        DefaultRoles = [StoreRoles.Translator],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageTranslations];
}
