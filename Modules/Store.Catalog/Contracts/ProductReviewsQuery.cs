namespace Store.Catalog.Contracts;

/// <summary>Which approved reviews the product page shows: newest first, or most helpful first; pages from 1.</summary>
public sealed record ProductReviewsQuery(bool MostHelpful, int Page, int PageSize = 10);
