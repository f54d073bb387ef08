using System.Text.Json.Serialization;

namespace Store.Catalog.Variants;

/// <summary>
/// One option of a product with its values in the merchandiser's order. <see cref="ShownName"/> and
/// <see cref="ShownValues"/> are what the request's culture reads (<c>Translations/OptionTranslations</c>); the
/// values themselves stay the keys that variants, addresses and the option filters use.
/// </summary>
public sealed record ProductOptionDetails(string Name, IReadOnlyList<string> Values)
{
    /// <summary>The option's row, whose translations name it (0 when not read from the database).</summary>
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public string ShownName { get; init; } = Name;

    /// <summary>The values as shown, in the same order as <see cref="Values"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> ShownValues { get; init; } = Values;

    /// <summary>How <paramref name="value"/> reads: itself when it is not one of the values.</summary>
    public string Shown(string value)
    {
        for (var i = 0; i < Values.Count && i < ShownValues.Count; i++)
        {
            if (string.Equals(Values[i], value, StringComparison.Ordinal))
            {
                return ShownValues[i];
            }
        }

        return value;
    }
}
