namespace Store.Promotions.Sales;

/// <summary>An automatic promotion as the admin, the API and the recipe give it: categories and products by slug, dates UTC.</summary>
public sealed record PromotionInput(
    string? Name,
    decimal? Percent,
    DateTime? StartsUtc,
    DateTime? EndsUtc,
    bool Active = true,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Products = null);
