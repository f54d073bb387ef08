namespace Store.Promotions.Sales;

/// <summary>An automatic promotion on the API.</summary>
public sealed record PromotionResponse(int Id, string Name, decimal Percent, DateTime StartsUtc, DateTime EndsUtc, bool Active, IReadOnlyList<string> Categories, IReadOnlyList<string> Products);
