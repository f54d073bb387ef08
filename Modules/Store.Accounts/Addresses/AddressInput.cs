using System.Text.RegularExpressions;
using Store.Accounts.Web;
using Store.Core.Sites;

namespace Store.Accounts.Addresses;

/// <summary>An address as the form or the API sends it, with the rules each field must meet.</summary>
public sealed partial class AddressInput
{
    public const int NameMax = 100;
    public const int LineMax = 200;
    public const int CityMax = 100;
    public const int PostalCodeMax = 20;
    public const int PhoneMax = 30;

    public string? FullName { get; set; }

    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Phone { get; set; }

    public bool IsDefault { get; set; }

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        FieldRules.Required(errors, nameof(FullName), FullName, NameMax, "the recipient's name");
        FieldRules.Required(errors, nameof(Line1), Line1, LineMax, "the street address");
        Optional(errors, nameof(Line2), Line2, LineMax, "The second address line");
        FieldRules.Required(errors, nameof(City), City, CityMax, "the city");
        Optional(errors, nameof(Region), Region, CityMax, "The region");
        FieldRules.Required(errors, nameof(PostalCode), PostalCode, PostalCodeMax, "the postal code");
        if (!errors.ContainsKey(nameof(PostalCode)) && !PostalCodePattern().IsMatch(PostalCode!.Trim()))
        {
            errors[nameof(PostalCode)] = "A postal code has letters, digits, spaces and dashes only.";
        }

        if (string.IsNullOrWhiteSpace(Country))
        {
            errors[nameof(Country)] = "Choose the country.";
        }
        else if (CountryCodes.Normalize(Country) is null)
        {
            errors[nameof(Country)] = "Enter a two-letter country code, such as FR or US.";
        }

        Optional(errors, nameof(Phone), Phone, PhoneMax, "The phone number");
        if (!errors.ContainsKey(nameof(Phone)) && !string.IsNullOrWhiteSpace(Phone) && !PhonePattern().IsMatch(Phone.Trim()))
        {
            errors[nameof(Phone)] = "A phone number has digits, spaces, +, -, ( and ) only, at least 6 digits.";
        }

        return errors;
    }

    public void CopyTo(Address address)
    {
        address.FullName = FullName!.Trim();
        address.Line1 = Line1!.Trim();
        address.Line2 = Blank(Line2);
        address.City = City!.Trim();
        address.Region = Blank(Region);
        address.PostalCode = PostalCode!.Trim().ToUpperInvariant();
        address.Country = Country!.Trim().ToUpperInvariant();
        address.Phone = Blank(Phone);
    }

    public static AddressInput From(Address address) => new()
    {
        FullName = address.FullName,
        Line1 = address.Line1,
        Line2 = address.Line2,
        City = address.City,
        Region = address.Region,
        PostalCode = address.PostalCode,
        Country = address.Country,
        Phone = address.Phone,
        IsDefault = address.IsDefault,
    };

    private static void Optional(Dictionary<string, string> errors, string field, string? value, int max, string label)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors[field] = $"{label} must be at most {max} characters.";
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 -]{1,19}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex("^\\+?[0-9 ()-]{6,30}$")]
    private static partial Regex PhonePattern();
}
