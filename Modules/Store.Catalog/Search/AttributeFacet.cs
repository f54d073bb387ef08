namespace Store.Catalog.Search;

/// <summary>An attribute (or product option) filter: each value with how many products of the current result would have it.</summary>
public sealed record AttributeFacet(string Slug, string Name, IReadOnlyList<FacetValue> Values, string Prefix = ProductQueryParser.AttributePrefix)
{
    /// <summary>The query-string key: <c>attr.{slug}</c>, or <c>option.{slug}</c> for an option.</summary>
    public string Key => Prefix + Slug;
}
