using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Store.Catalog.Attributes;

/// <summary>Checks a typed value against its attribute and gives its one stored spelling ("Yes", "12.5", a listed choice).</summary>
public static class AttributeValues
{
    /// <summary>Null when the value is acceptable; otherwise the message to show.</summary>
    public static string? Normalize(AttributeDefinition definition, string raw, IStringLocalizer localizer, out string value)
    {
        var text = raw.Trim();
        value = text;
        switch (definition.Type)
        {
            case AttributeType.Number:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return localizer["{0} must be a number, such as 12 or 12.5.", definition.Name];
                }

                value = number.ToString("0.#####", CultureInfo.InvariantCulture);
                return null;
            case AttributeType.YesNo:
                switch (text.ToLowerInvariant())
                {
                    case "yes" or "true" or "1" or "on":
                        value = "Yes";
                        return null;
                    case "no" or "false" or "0" or "off":
                        value = "No";
                        return null;
                    default:
                        return localizer["{0} must be yes or no.", definition.Name];
                }

            case AttributeType.Choice:
                var choice = definition.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                if (choice is null)
                {
                    return localizer["{0} must be one of: {1}.", definition.Name, string.Join(", ", definition.Choices)];
                }

                value = choice;
                return null;
            default:
                return text.Length > ProductAttributeValue.ValueMaxLength ? localizer["{0} must be at most {1} characters.", definition.Name, ProductAttributeValue.ValueMaxLength].Value : null;
        }
    }
}
