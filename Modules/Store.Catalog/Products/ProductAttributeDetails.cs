using Store.Catalog.Attributes;

namespace Store.Catalog.Products;

public sealed record ProductAttributeDetails(string Slug, string Name, AttributeType Type, string Value, int AttributeId = 0);
