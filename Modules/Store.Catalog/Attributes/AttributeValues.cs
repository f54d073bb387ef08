using System.Globalization;

namespace Store.Catalog.Attributes;

/// <summary>Checks a typed value against its attribute and gives its one stored spelling ("Yes", "12.5", a listed choice).</summary>
public static class AttributeValues
{
    /// <summary>Null when the value is acceptable; otherwise the message to show.</summary>
    public static string? Normalize(AttributeDefinition definition, string raw, out string value)
    {
        var text = raw.Trim();
        value = text;
        switch (definition.Type)
        {
            case AttributeType.Number:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return $"{definition.Name} must be a number, such as 12 or 12.5.";
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
                        return $"{definition.Name} must be yes or no.";
                }

            case AttributeType.Choice:
                var choice = definition.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                if (choice is null)
                {
                    return $"{definition.Name} must be one of: {string.Join(", ", definition.Choices)}.";
                }

                value = choice;
                return null;
            default:
                return text.Length > ProductAttributeValue.ValueMaxLength ? $"{definition.Name} must be at most {ProductAttributeValue.ValueMaxLength} characters." : null;
        }
    }
}
