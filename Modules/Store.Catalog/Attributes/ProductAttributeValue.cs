namespace Store.Catalog.Attributes;

/// <summary>
/// An attribute's value on one product, kept as display text ("Red", "Yes", "42") so one grouped
/// query counts the values of every attribute for the filters.
/// </summary>
public sealed class ProductAttributeValue
{
    public const int ValueMaxLength = 200;

    public int ProductId { get; set; }

    public int AttributeId { get; set; }

    public string Value { get; set; } = string.Empty;

    public AttributeDefinition? Attribute { get; set; }
}
