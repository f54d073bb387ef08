namespace Store.Catalog.Search;

public sealed record FacetValue(string Value, int Count, bool Selected);
