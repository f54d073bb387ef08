namespace Store.Catalog.Search;

/// <summary>An attribute filter: each value with how many products of the current result would have it.</summary>
public sealed record AttributeFacet(string Slug, string Name, IReadOnlyList<FacetValue> Values)
{
    public string Key => ProductQueryParser.AttributePrefix + Slug;
}
