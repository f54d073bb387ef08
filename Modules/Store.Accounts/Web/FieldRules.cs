using System.Net.Mail;

namespace Store.Accounts.Web;

/// <summary>Field checks shared by the storefront forms and the JSON API, so both say the same thing.</summary>
public static class FieldRules
{
    public const int EmailMax = 256;
    public const int NameMax = 100;
    public const int PasswordMax = 128;

    public static void Email(Dictionary<string, string> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = "Enter your email address.";
        }
        else if (value.Trim().Length > EmailMax)
        {
            errors[field] = $"The email address must be at most {EmailMax} characters.";
        }
        else if (!IsEmail(value.Trim()))
        {
            errors[field] = "Enter an email address like name@example.com.";
        }
    }

    public static void Required(Dictionary<string, string> errors, string field, string? value, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = $"Enter {label}.";
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = $"{char.ToUpperInvariant(label[0])}{label[1..]} must be at most {max} characters.";
        }
    }

    public static void Password(Dictionary<string, string> errors, string field, string? value, string label = "a password")
    {
        if (string.IsNullOrEmpty(value))
        {
            errors[field] = $"Enter {label}.";
        }
        else if (value.Length > PasswordMax)
        {
            errors[field] = $"The password must be at most {PasswordMax} characters.";
        }
    }

    // MailAddress accepts "Name <a@b>" and addresses without a dot in the domain; a shop wants a plain, routable address.
    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
}
