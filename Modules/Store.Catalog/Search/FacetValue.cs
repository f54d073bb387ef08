namespace Store.Catalog.Search;

/// <summary>A filter value: <see cref="Value"/> goes in the address (the default culture's), <see cref="Label"/> is what the shopper reads.</summary>
public sealed record FacetValue(string Value, int Count, bool Selected)
{
    public string Label { get; init; } = Value;
}
