namespace Store.Catalog.Search;

/// <summary>What <c>GET /api/v1/search/suggestions?q=</c> answers: product and category names holding the typed words.</summary>
public sealed record SearchSuggestions(string Query, IReadOnlyList<Suggestion> Products, IReadOnlyList<Suggestion> Categories);
